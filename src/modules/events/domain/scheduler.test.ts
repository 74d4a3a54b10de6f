import { describe, it, expect } from 'vitest';
import { scheduleMeetings, scheduleMeetingsFirstFit } from './scheduler';
import { checkSchedule } from './scheduler-check';
import { bruteForceOptimum } from './scheduler-brute-force';
import { generateScheduleInstance } from './scheduler-generate';
import { tinyInstance } from './scheduler-test-util';
import type { ScheduleInstance } from './scheduler-types';
import golden from './golden/schedules.json';

const cases = golden.cases as unknown as { name: string; note: string; instance: ScheduleInstance; optimum: number; upperBound: number }[];

describe('scheduleMeetings — golden cases (optimum known)', () => {
  it.each(cases)('$name', ({ instance, optimum, upperBound }) => {
    expect(bruteForceOptimum(instance).score).toBe(optimum);
    const r = scheduleMeetings(instance);
    expect(checkSchedule(instance, r)).toEqual([]);
    expect(r.score).toBe(optimum);
    expect(r.upperBound).toBe(upperBound);
    expect(r.upperBound).toBeGreaterThanOrEqual(optimum);
    const ff = scheduleMeetingsFirstFit(instance);
    expect(checkSchedule(instance, ff)).toEqual([]);
    expect(ff.score).toBeLessThanOrEqual(optimum);
  });
});

describe('scheduleMeetings — against exhaustive search on random tiny instances', () => {
  it('is valid, never beats the optimum, and the bound is never below it', () => {
    let optimal = 0;
    const n = 150;
    for (let seed = 1; seed <= n; seed++) {
      const instance = tinyInstance(seed);
      const opt = bruteForceOptimum(instance).score;
      const r = scheduleMeetings(instance, { seed });
      expect(checkSchedule(instance, r), `seed ${seed}`).toEqual([]);
      expect(r.score, `seed ${seed}`).toBeLessThanOrEqual(opt);
      expect(r.upperBound, `seed ${seed}`).toBeGreaterThanOrEqual(opt);
      if (r.score === opt) optimal++;
    }
    // a heuristic, but on instances this small it should essentially always be optimal
    expect(optimal).toBeGreaterThanOrEqual(n - 2);
  });
});

describe('scheduleMeetings — behaviour', () => {
  const medium = generateScheduleInstance({ participants: 120, meetings: 900, slots: 8, tables: 25, unavailableShare: 0.15, seed: 7 });

  it('gives a valid schedule on a medium instance, well above first fit', () => {
    const r = scheduleMeetings(medium);
    expect(checkSchedule(medium, r)).toEqual([]);
    const ff = scheduleMeetingsFirstFit(medium);
    expect(checkSchedule(medium, ff)).toEqual([]);
    expect(r.score).toBeGreaterThan(ff.score);
    expect(r.score / r.upperBound).toBeGreaterThan(0.95);
  });

  it('is deterministic for a seed', () => {
    expect(scheduleMeetings(medium, { seed: 5 })).toEqual(scheduleMeetings(medium, { seed: 5 }));
  });

  it('lists assigned meetings by slot then table, unassigned in input order', () => {
    const r = scheduleMeetings(medium);
    const slotIndex = new Map(medium.slots.map((s, i) => [s, i]));
    for (let i = 1; i < r.assigned.length; i++) {
      const p = r.assigned[i - 1]!;
      const q = r.assigned[i]!;
      expect(slotIndex.get(p.slot)! < slotIndex.get(q.slot)! || (p.slot === q.slot && p.table < q.table)).toBe(true);
    }
    const order = new Map(medium.meetings.map((m, i) => [m.id, i]));
    const idx = r.unassigned.map((id) => order.get(id)!);
    expect(idx).toEqual([...idx].sort((x, y) => x - y));
  });

  it('fills every table with the heaviest meetings when tables are scarce (capacity bound is tight)', () => {
    const scarce = generateScheduleInstance({ participants: 200, meetings: 2000, slots: 6, tables: 20, unavailableShare: 0.1, seed: 11 });
    const r = scheduleMeetings(scarce);
    expect(checkSchedule(scarce, r)).toEqual([]);
    expect(r.assigned).toHaveLength(120);
    expect(r.score).toBe(r.upperBound);
  });

  it('handles empty inputs', () => {
    expect(scheduleMeetings({ slots: [], tables: 1, participants: [], meetings: [] })).toEqual({ assigned: [], unassigned: [], score: 0, upperBound: 0 });
    const noSlots = scheduleMeetings({ slots: [], tables: 3, participants: [{ id: 'a' }, { id: 'b' }], meetings: [{ id: 'm', a: 'a', b: 'b', priority: 4 }] });
    expect(noSlots).toEqual({ assigned: [], unassigned: ['m'], score: 0, upperBound: 0 });
  });

  it('allows two separate meetings between the same pair, never in the same slot', () => {
    const inst: ScheduleInstance = {
      slots: ['s1', 's2'],
      tables: 2,
      participants: [{ id: 'a' }, { id: 'b' }],
      meetings: [{ id: 'x', a: 'a', b: 'b' }, { id: 'y', a: 'b', b: 'a' }, { id: 'z', a: 'a', b: 'b' }],
    };
    const r = scheduleMeetings(inst);
    expect(checkSchedule(inst, r)).toEqual([]);
    expect(r.score).toBe(2);
    expect(r.upperBound).toBe(2);
  });
});

describe('scheduleMeetings — incremental re-run with confirmed (fixed) meetings', () => {
  const event = generateScheduleInstance({ participants: 60, meetings: 400, slots: 6, tables: 12, unavailableShare: 0.1, seed: 3 });

  it('keeps confirmed meetings exactly and schedules around them after a cancellation', () => {
    const first = scheduleMeetings(event);
    // participants confirm every other meeting; one confirmed meeting is then cancelled
    const confirmed = first.assigned.filter((_, i) => i % 2 === 0);
    const cancelled = confirmed.pop()!;
    const rerun: ScheduleInstance = {
      ...event,
      meetings: event.meetings.filter((m) => m.id !== cancelled.meeting),
      fixed: confirmed,
    };
    const r = scheduleMeetings(rerun);
    expect(checkSchedule(rerun, r)).toEqual([]);
    const placed = new Map(r.assigned.map((a) => [a.meeting, a]));
    for (const f of confirmed) expect(placed.get(f.meeting)).toEqual(f);
    expect(r.upperBound).toBeGreaterThanOrEqual(r.score);
  });

  it('fits a late-accepted meeting in without moving confirmed ones', () => {
    const inst: ScheduleInstance = {
      slots: ['s1', 's2'],
      tables: 1,
      participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      meetings: [{ id: 'm1', a: 'a', b: 'b' }, { id: 'late', a: 'c', b: 'd', priority: 3 }],
      fixed: [{ meeting: 'm1', slot: 's1', table: 1 }],
    };
    const r = scheduleMeetings(inst);
    expect(r.assigned).toEqual([
      { meeting: 'm1', slot: 's1', table: 1 },
      { meeting: 'late', slot: 's2', table: 1 },
    ]);
    expect(r.score).toBe(4);
    expect(r.upperBound).toBe(4);
  });

  it('numbers free tables around the fixed ones', () => {
    const inst: ScheduleInstance = {
      slots: ['s1'],
      tables: 3,
      participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
      meetings: [{ id: 'm1', a: 'a', b: 'b' }, { id: 'm2', a: 'c', b: 'd' }, { id: 'm3', a: 'e', b: 'f' }],
      fixed: [{ meeting: 'm3', slot: 's1', table: 2 }],
    };
    const r = scheduleMeetings(inst);
    expect(r.assigned.map((a) => `${a.meeting}@${a.table}`)).toEqual(['m1@1', 'm3@2', 'm2@3']);
  });
});
