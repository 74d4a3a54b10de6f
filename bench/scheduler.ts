/**
 * Benchmark of the B2B meeting scheduler (events area).
 *
 * Target instance: 2 000 participants, 20 000 requested meetings between random pairs,
 * priorities 80 % 1 / 15 % 2 / 5 % 3, 10 % of participant-slots unavailable, 12 slots × 300
 * tables (3 600 meetings fit: tables are the binding limit). Goal: ≤ 2 s and score ≥ 97 % of
 * the proven upper bound. A second instance with 1 000 tables (participants' time is the limit,
 * the harder case for both heuristic and bound) is reported for information.
 *
 *   node bin/run-ts.js bench/scheduler.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scheduleMeetings, scheduleMeetingsFirstFit } from '../src/modules/events/domain/scheduler';
import { checkSchedule } from '../src/modules/events/domain/scheduler-check';
import { generateScheduleInstance, type GenerateParams } from '../src/modules/events/domain/scheduler-generate';

const BASE: GenerateParams = {
  participants: 2_000,
  meetings: 20_000,
  slots: 12,
  tables: 300,
  unavailableShare: 0.1,
  priority3Share: 0.05,
  priority2Share: 0.15,
  seed: 20_260_101,
};

const CASES: { name: string; params: GenerateParams }[] = [
  { name: 'scheduler 2k×20k, 12 slots × 300 tables (target)', params: BASE },
  { name: 'scheduler 2k×20k, 12 slots × 1000 tables', params: { ...BASE, tables: 1_000 } },
];

export async function benchScheduler(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const { name, params } of CASES) {
    const instance = generateScheduleInstance(params);
    const t0 = performance.now();
    const ours = scheduleMeetings(instance);
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const greedy = scheduleMeetingsFirstFit(instance, { boundIterations: 0 });
    const greedyMs = performance.now() - t1;
    const problems = [...checkSchedule(instance, ours), ...checkSchedule(instance, greedy).map((e) => `first-fit: ${e}`)];
    if (problems.length) throw new Error(`${name}: invalid schedule: ${problems.slice(0, 5).join('; ')}`);
    rows.push({
      name,
      ms: Math.round(ms),
      score: ours.score,
      upperBound: ours.upperBound,
      ratio: Number((ours.score / ours.upperBound).toFixed(4)),
      assigned: ours.assigned.length,
      greedyScore: greedy.score,
      greedyRatio: Number((greedy.score / ours.upperBound).toFixed(4)),
      greedyMs: Math.round(greedyMs),
    });
  }
  return rows;
}

/** True when this file is the program being run (directly, or through bin/run-ts.js). */
function isMain(): boolean {
  const self = fileURLToPath(import.meta.url);
  const args = [process.argv[1]];
  try {
    // bin/run-ts.js removes the script from process.argv; the original command line has it
    args.push(...readFileSync('/proc/self/cmdline', 'utf8').split('\0'));
  } catch {
    // not Linux: only a direct run is recognised
  }
  return args.some((a) => a !== undefined && a !== '' && resolve(a) === self);
}

if (isMain()) {
  console.table(await benchScheduler());
}
