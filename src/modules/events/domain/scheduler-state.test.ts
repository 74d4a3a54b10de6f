import { describe, it, expect } from 'vitest';
import { ScheduleState, createRng } from './scheduler-state';
import { validateScheduleInstance } from './scheduler-validate';
import { generateScheduleInstance } from './scheduler-generate';

describe('ScheduleState journal', () => {
  it('rolls back any sequence of assignments exactly', () => {
    const pb = validateScheduleInstance(generateScheduleInstance({ participants: 30, meetings: 120, slots: 5, tables: 6, unavailableShare: 0.1, seed: 2 }));
    const st = new ScheduleState(pb);
    const rng = createRng(9);
    for (let round = 0; round < 20; round++) {
      const before = { slotOf: st.slotOf.slice(), busy: st.busy.slice(), load: st.load.slice(), rankCount: st.rankCount.slice(), score: st.score };
      const mark = st.mark();
      for (let k = 0; k < 40; k++) {
        const m = Math.floor(rng() * pb.M);
        if (st.slotOf[m]! >= 0) st.unassign(m);
        else {
          const n = pb.mutualStart[m + 1]! - pb.mutualStart[m]!;
          if (n === 0) continue;
          const s = pb.mutual[pb.mutualStart[m]! + Math.floor(rng() * n)]!;
          if (st.canPlace(m, s)) st.assign(m, s);
        }
      }
      if (round % 2) {
        st.rollback(mark);
        expect(st.slotOf).toEqual(before.slotOf);
        expect(st.busy).toEqual(before.busy);
        expect(st.load).toEqual(before.load);
        expect(st.rankCount).toEqual(before.rankCount);
        expect(st.score).toBe(before.score);
      } else st.commit();
      // members lists agree with slotOf
      for (let s = 0; s < pb.S; s++) {
        const members = [...st.members[s]!.subarray(0, st.load[s]!)].sort((x, y) => x - y);
        const expected = [...Array(pb.M).keys()].filter((m) => st.slotOf[m] === s);
        expect(members).toEqual(expected);
      }
    }
  });

  it('the PRNG is reproducible', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 10; i++) expect(a()).toBe(b());
  });
});
