import { validateScheduleInstance } from './scheduler-validate';
import type { ScheduleInstance } from './scheduler-types';

/**
 * Exact optimum by exhaustive search (depth-first over meetings: left out, or in one of its
 * slots; pruned only by "even taking every remaining meeting cannot beat the best so far").
 * Exponential — for tests on tiny instances only (about a dozen meetings).
 */
export function bruteForceOptimum(instance: ScheduleInstance): { score: number; slots: (string | null)[] } {
  const pb = validateScheduleInstance(instance);
  const { S, T, P, M, ma, mb, weight, fixedSlot, mutualStart, mutual } = pb;
  if (M > 24) throw new Error('bruteForceOptimum: instance too large');
  const busy = new Uint8Array(P * S);
  const load = new Int32Array(S);
  const slotOf = new Int32Array(M).fill(-1);
  let base = 0;
  for (let m = 0; m < M; m++) {
    const s = fixedSlot[m]!;
    if (s < 0) continue;
    busy[ma[m]! * S + s] = 1;
    busy[mb[m]! * S + s] = 1;
    load[s]! += 1;
    slotOf[m] = s;
    base += weight[m]!;
  }
  const free = [...Array(M).keys()].filter((m) => fixedSlot[m]! < 0);
  const suffix = new Float64Array(free.length + 1);
  for (let i = free.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + weight[free[i]!]!;
  let best = -1;
  let bestSlots = slotOf.slice();
  const go = (i: number, score: number) => {
    if (score + suffix[i]! <= best) return;
    if (i === free.length) {
      best = score;
      bestSlots = slotOf.slice();
      return;
    }
    const m = free[i]!;
    const a = ma[m]! * S;
    const b = mb[m]! * S;
    for (let k = mutualStart[m]!; k < mutualStart[m + 1]!; k++) {
      const s = mutual[k]!;
      if (busy[a + s] || busy[b + s] || load[s]! >= T) continue;
      busy[a + s] = 1;
      busy[b + s] = 1;
      load[s]! += 1;
      slotOf[m] = s;
      go(i + 1, score + weight[m]!);
      slotOf[m] = -1;
      load[s]! -= 1;
      busy[a + s] = 0;
      busy[b + s] = 0;
    }
    go(i + 1, score);
  };
  go(0, base);
  return { score: best, slots: [...bestSlots].map((s) => (s < 0 ? null : pb.slotIds[s]!)) };
}
