import { createRng } from './scheduler-state';
import type { ScheduleInstance } from './scheduler-types';

export interface GenerateParams {
  participants: number;
  meetings: number;
  slots: number;
  tables: number;
  /** Share of participant-slots marked unavailable (0..1). */
  unavailableShare: number;
  /** Cumulative shares for priorities 3 and 2; the rest is priority 1. */
  priority3Share?: number;
  priority2Share?: number;
  seed: number;
}

/**
 * Seeded random instance (random distinct-participant pairs) for tests and benchmarks. The
 * same parameters always give the same instance.
 */
export function generateScheduleInstance(params: GenerateParams): ScheduleInstance {
  const rng = createRng(params.seed);
  const slots = Array.from({ length: params.slots }, (_, i) => `s${i + 1}`);
  const participants = Array.from({ length: params.participants }, (_, i) => ({
    id: `p${i + 1}`,
    unavailable: slots.filter(() => rng() < params.unavailableShare),
  }));
  const p3 = params.priority3Share ?? 0.05;
  const p2 = params.priority2Share ?? 0.15;
  const meetings = Array.from({ length: params.meetings }, (_, i) => {
    const a = Math.floor(rng() * params.participants);
    let b = Math.floor(rng() * (params.participants - 1));
    if (b >= a) b++;
    const r = rng();
    const priority = r < p3 ? 3 : r < p3 + p2 ? 2 : 1;
    return { id: `m${i + 1}`, a: `p${a + 1}`, b: `p${b + 1}`, priority };
  });
  return { slots, tables: params.tables, participants, meetings };
}
