import { describe, it, expect } from 'vitest';
import { computeUpperBounds } from './scheduler-bound';
import { validateScheduleInstance } from './scheduler-validate';
import { bruteForceOptimum } from './scheduler-brute-force';
import { tinyInstance } from './scheduler-test-util';
import type { ScheduleInstance } from './scheduler-types';

describe('upper bounds — every one is at least the optimum (exhaustive search)', () => {
  it('holds for each bound on random tiny instances, with and without fixed meetings', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const instance = tinyInstance(seed, 10);
      const opt = bruteForceOptimum(instance).score;
      for (const iterations of [0, 5, 100]) {
        const b = computeUpperBounds(validateScheduleInstance(instance), { iterations, target: 0 });
        const all = { available: b.available, capacity: b.capacity, participants: b.participants, tables: b.tables, lagrangian: b.lagrangian, best: b.best };
        for (const [name, value] of Object.entries(all)) expect(value, `seed ${seed} ${name}`).toBeGreaterThanOrEqual(opt - 1e-9);
        expect(Number.isInteger(b.best)).toBe(true);
      }
    }
  });
});

describe('upper bounds — hand-made cases', () => {
  const bounds = (i: ScheduleInstance, iterations = 200) => computeUpperBounds(validateScheduleInstance(i), { iterations, target: 0 });

  it('capacity: the heaviest slots × tables meetings', () => {
    const b = bounds({
      slots: ['s1'],
      tables: 2,
      participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
      meetings: [{ id: 'm1', a: 'a', b: 'b', priority: 1 }, { id: 'm2', a: 'c', b: 'd', priority: 5 }, { id: 'm3', a: 'e', b: 'f', priority: 2 }],
    });
    expect(b.available).toBe(8);
    expect(b.capacity).toBe(7);
    expect(b.tables).toBe(7);
    expect(b.best).toBe(7);
  });

  it('tables: meetings limited to a full slot do not count twice', () => {
    // m1 and m2 can only use s1, which has one table; m3 could use either slot
    const b = bounds({
      slots: ['s1', 's2'],
      tables: 1,
      participants: [{ id: 'a', unavailable: ['s2'] }, { id: 'b' }, { id: 'c', unavailable: ['s2'] }, { id: 'd' }, { id: 'e' }, { id: 'f' }],
      meetings: [{ id: 'm1', a: 'a', b: 'b', priority: 3 }, { id: 'm2', a: 'c', b: 'd', priority: 2 }, { id: 'm3', a: 'e', b: 'f', priority: 1 }],
    });
    expect(b.capacity).toBe(5);
    expect(b.tables).toBe(4);
    expect(b.best).toBe(4);
  });

  it('a slot holds at most ⌊people who can come / 2⌋ meetings', () => {
    // three people: one pair per slot, however many tables
    const b = bounds({
      slots: ['s1', 's2'],
      tables: 3,
      participants: ['a', 'b', 'c'].map((id) => ({ id })),
      meetings: [{ id: 'ab', a: 'a', b: 'b' }, { id: 'bc', a: 'b', b: 'c' }, { id: 'ca', a: 'c', b: 'a' }],
    });
    expect(b.capacity).toBe(2);
    expect(b.best).toBe(2);
  });

  it('participants: a buyer with three slots attends at most three meetings', () => {
    const b = bounds({
      slots: ['s1', 's2', 's3'],
      tables: 10,
      participants: ['buyer', 'i1', 'i2', 'i3', 'i4'].map((id) => ({ id })),
      meetings: ['i1', 'i2', 'i3', 'i4'].map((i, k) => ({ id: `m${k}`, a: i, b: 'buyer', priority: k + 1 })),
    });
    // buyer: 4+3+2 = 9; the IKM sides: 1+2+3+4 = 10 → (9 + 10) / 2
    expect(b.participants).toBe(9.5);
    // the LP dual reaches the true optimum 9 here (a star is bipartite)
    expect(b.best).toBe(9);
  });

  it('fixed meetings count in full and take their tables and participants', () => {
    const b = bounds({
      slots: ['s1'],
      tables: 1,
      participants: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      meetings: [{ id: 'm1', a: 'a', b: 'b', priority: 1 }, { id: 'm2', a: 'c', b: 'd', priority: 9 }],
      fixed: [{ meeting: 'm1', slot: 's1', table: 1 }],
    });
    expect(b.fixed).toBe(1);
    expect(b.best).toBe(1);
  });

  it('odd cycles: the bound can stay above the optimum', () => {
    const b = bounds({
      slots: ['s1', 's2'],
      tables: 3,
      participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
      meetings: [
        { id: 'ab', a: 'a', b: 'b' }, { id: 'bc', a: 'b', b: 'c' }, { id: 'ca', a: 'c', b: 'a' },
        { id: 'de', a: 'd', b: 'e' }, { id: 'ef', a: 'e', b: 'f' }, { id: 'fd', a: 'f', b: 'd' },
      ],
    });
    expect(b.best).toBe(6); // optimum is 4: two meetings of each triangle
  });
});
