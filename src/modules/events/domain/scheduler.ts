/**
 * B2B meeting scheduler of a Link & Match event (jadwal temu bisnis): puts requested meetings
 * between participants (IKM and buyers) into time slots and tables so that nobody is in two
 * meetings at once, no table holds two meetings at once, both sides are available, confirmed
 * meetings stay where they are, and the total priority of the scheduled meetings is as high as
 * possible.
 *
 * This is a maximum-weight edge colouring with slot capacities — NP-hard — so we run a strong
 * heuristic (priority-ordered DSatur-like greedy, then ejection-chain local search) and report
 * next to its score a proven upper bound (`upperBound`, see scheduler-bound.ts): the best
 * schedule possible scores at most that, so `score / upperBound` is a guaranteed quality.
 *
 * Pure: no I/O, no clock. The same instance and options always give the same schedule.
 *
 * Incremental re-runs: after a cancellation or a late acceptance the events service calls
 * `scheduleMeetings` again with every meeting already confirmed to the participants passed in
 * `fixed` (slot and table as confirmed). Those never move; the scheduler only fills the freed
 * and remaining tables around them, and the bound is computed for that constrained problem.
 */
import type { Problem, ScheduleInstance, ScheduleOptions, ScheduleResult, ScheduledMeeting } from './scheduler-types';
import { validateScheduleInstance } from './scheduler-validate';
import { ScheduleState, createRng } from './scheduler-state';
import { constructFirstFit, constructGreedy } from './scheduler-greedy';
import { improveSchedule } from './scheduler-search';
import { computeUpperBounds, tightenUpperBounds, type UpperBounds } from './scheduler-bound';

export type * from './scheduler-types';
export { SCHEDULE_ERRORS, validateScheduleInstance } from './scheduler-validate';
export { computeUpperBounds, tightenUpperBounds, type UpperBounds } from './scheduler-bound';

export const DEFAULT_SCHEDULE_OPTIONS: Required<ScheduleOptions> = {
  seed: 1,
  searchBudget: 8_000_000,
  boundIterations: 200,
};

function resolveOptions(options: ScheduleOptions): Required<ScheduleOptions> {
  const d = DEFAULT_SCHEDULE_OPTIONS;
  return {
    seed: options.seed ?? d.seed,
    searchBudget: Math.max(0, options.searchBudget ?? d.searchBudget),
    boundIterations: Math.max(0, Math.floor(options.boundIterations ?? d.boundIterations)),
  };
}

/** Instances with at most this many meeting × slot pairs get several restarts. */
const SMALL_INSTANCE = 2_000;
const SMALL_RESTARTS = 8;

/**
 * Schedules the meetings of an instance. Throws AppError 400 (`events.schedule_*`) on invalid
 * input. `instance.fixed` holds confirmed meetings that must not move.
 */
export function scheduleMeetings(instance: ScheduleInstance, options: ScheduleOptions = {}): ScheduleResult {
  const opts = resolveOptions(options);
  const pb = validateScheduleInstance(instance);
  const quick = computeUpperBounds(pb, { iterations: 0, target: 0 });
  // Small instances are cheap: a few independent restarts (derived seeds) make up for the odd
  // unlucky greedy order. Large ones get one run with the whole search budget.
  const restarts = pb.M * Math.max(1, pb.S) <= SMALL_INSTANCE ? SMALL_RESTARTS : 1;
  let best: ScheduleState | undefined;
  for (let r = 0; r < restarts && !(best && best.score >= quick.best); r++) {
    const st = new ScheduleState(pb);
    const rng = createRng(opts.seed + r * 7919);
    constructGreedy(st, rng);
    if (st.score < quick.best) improveSchedule(st, rng, opts.searchBudget / restarts, quick.best);
    if (!best || st.score > best.score) best = st;
  }
  const st = best ?? new ScheduleState(pb);
  const bounds = tightenUpperBounds(pb, quick, { iterations: opts.boundIterations, target: st.score });
  return buildResult(pb, st.slotOf, bounds);
}

/**
 * Baseline for comparison: meetings in input order, each in the first feasible slot and the
 * first free table. Same validation, same result shape and the same kind of upper bound.
 */
export function scheduleMeetingsFirstFit(instance: ScheduleInstance, options: ScheduleOptions = {}): ScheduleResult {
  const opts = resolveOptions(options);
  const pb = validateScheduleInstance(instance);
  const st = new ScheduleState(pb);
  constructFirstFit(st);
  const bounds = computeUpperBounds(pb, { iterations: opts.boundIterations, target: st.score });
  return buildResult(pb, st.slotOf, bounds);
}

/** Numbers the tables (fixed meetings keep theirs; the others take the lowest free numbers). */
function buildResult(pb: Problem, slotOf: Int32Array, bounds: UpperBounds): ScheduleResult {
  const { S, M, T, fixedSlot, fixedTable, weight } = pb;
  const fixedTables = Array.from({ length: S }, () => new Set<number>());
  for (let m = 0; m < M; m++) if (fixedSlot[m]! >= 0) fixedTables[fixedSlot[m]!]!.add(fixedTable[m]!);
  const nextTable = new Float64Array(S).fill(1);
  const table = new Float64Array(M);
  let score = 0;
  const unassigned: string[] = [];
  for (let m = 0; m < M; m++) {
    const s = slotOf[m]!;
    if (s < 0) {
      unassigned.push(pb.meetingIds[m]!);
      continue;
    }
    score += weight[m]!;
    if (fixedSlot[m]! >= 0) {
      table[m] = fixedTable[m]!;
      continue;
    }
    let t = nextTable[s]!;
    while (fixedTables[s]!.has(t)) t++;
    if (t > T) throw new Error(`scheduler invariant broken: slot ${pb.slotIds[s]} over capacity`);
    nextTable[s] = t + 1;
    table[m] = t;
  }
  const order = [...Array(M).keys()].filter((m) => slotOf[m]! >= 0);
  order.sort((x, y) => slotOf[x]! - slotOf[y]! || table[x]! - table[y]!);
  const assigned: ScheduledMeeting[] = order.map((m) => ({ meeting: pb.meetingIds[m]!, slot: pb.slotIds[slotOf[m]!]!, table: table[m]! }));
  return { assigned, unassigned, score, upperBound: bounds.best };
}
