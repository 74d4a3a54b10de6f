import { createRng } from './scheduler-state';
import { generateScheduleInstance } from './scheduler-generate';
import { scheduleMeetingsFirstFit } from './scheduler';
import type { ScheduleInstance } from './scheduler-types';

/**
 * Tiny random instances for exhaustive-search comparisons in tests (a third of them with some
 * fixed meetings, taken from a valid first-fit schedule so that they never clash).
 */
export function tinyInstance(seed: number, maxMeetings = 9): ScheduleInstance {
  const rng = createRng(seed * 7 + 3);
  const instance = generateScheduleInstance({
    participants: 3 + Math.floor(rng() * 5),
    meetings: 3 + Math.floor(rng() * (maxMeetings - 2)),
    slots: 1 + Math.floor(rng() * 3),
    tables: 1 + Math.floor(rng() * 3),
    unavailableShare: rng() * 0.4,
    priority3Share: 0.2,
    priority2Share: 0.3,
    seed,
  });
  if (seed % 3 === 0) instance.fixed = scheduleMeetingsFirstFit(instance, { boundIterations: 0 }).assigned.filter(() => rng() < 0.35);
  return instance;
}
