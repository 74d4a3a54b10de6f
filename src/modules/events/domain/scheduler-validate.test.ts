import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import { scheduleMeetings, scheduleMeetingsFirstFit } from './scheduler';
import { SCHEDULE_ERRORS } from './scheduler-validate';
import { scheduleInstanceSchema } from './scheduler-schema';
import type { ScheduleInstance } from './scheduler-types';

const base = (): ScheduleInstance => ({
  slots: ['s1', 's2'],
  tables: 2,
  participants: [{ id: 'a' }, { id: 'b' }, { id: 'c', unavailable: ['s2'] }],
  meetings: [
    { id: 'm1', a: 'a', b: 'b', priority: 2 },
    { id: 'm2', a: 'b', b: 'c' },
  ],
});

function errorOf(instance: ScheduleInstance): AppError {
  try {
    scheduleMeetings(instance);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('scheduler — invalid input', () => {
  const cases: [string, (i: ScheduleInstance) => void, string, string[]][] = [
    ['tables 0', (i) => { i.tables = 0; }, SCHEDULE_ERRORS.invalidTables, ['0']],
    ['tables not an integer', (i) => { i.tables = 1.5; }, SCHEDULE_ERRORS.invalidTables, ['1.5']],
    ['duplicate slot', (i) => { i.slots.push('s1'); }, SCHEDULE_ERRORS.duplicateSlot, ['"s1"']],
    ['duplicate participant', (i) => { i.participants.push({ id: 'c' }); }, SCHEDULE_ERRORS.duplicateParticipant, ['"c"']],
    ['duplicate meeting', (i) => { i.meetings.push({ id: 'm2', a: 'a', b: 'c' }); }, SCHEDULE_ERRORS.duplicateMeeting, ['"m2"']],
    ['unknown slot in unavailable', (i) => { i.participants[0]!.unavailable = ['s9']; }, SCHEDULE_ERRORS.unknownSlot, ['"a"', '"s9"']],
    ['unknown participant', (i) => { i.meetings.push({ id: 'm3', a: 'a', b: 'zz' }); }, SCHEDULE_ERRORS.unknownParticipant, ['"m3"', '"zz"']],
    ['meeting with itself', (i) => { i.meetings.push({ id: 'm3', a: 'c', b: 'c' }); }, SCHEDULE_ERRORS.selfMeeting, ['"m3"', '"c"']],
    ['priority 0', (i) => { i.meetings[1]!.priority = 0; }, SCHEDULE_ERRORS.invalidPriority, ['"m2"']],
    ['priority too large', (i) => { i.meetings[1]!.priority = 2_000_000; }, SCHEDULE_ERRORS.invalidPriority, ['"m2"', '1000000']],
    ['priority not an integer', (i) => { i.meetings[1]!.priority = 1.5; }, SCHEDULE_ERRORS.invalidPriority, ['"m2"', '1.5']],
    ['fixed meeting unknown', (i) => { i.fixed = [{ meeting: 'm9', slot: 's1', table: 1 }]; }, SCHEDULE_ERRORS.unknownFixedMeeting, ['"m9"']],
    ['fixed slot unknown', (i) => { i.fixed = [{ meeting: 'm1', slot: 's9', table: 1 }]; }, SCHEDULE_ERRORS.unknownSlot, ['"m1"', '"s9"']],
    ['fixed twice', (i) => { i.fixed = [{ meeting: 'm1', slot: 's1', table: 1 }, { meeting: 'm1', slot: 's1', table: 2 }]; }, SCHEDULE_ERRORS.duplicateFixed, ['"m1"']],
    ['fixed table 0', (i) => { i.fixed = [{ meeting: 'm1', slot: 's1', table: 0 }]; }, SCHEDULE_ERRORS.fixedTableOutOfRange, ['"m1"', '1..2']],
    ['fixed table beyond tables', (i) => { i.fixed = [{ meeting: 'm1', slot: 's1', table: 3 }]; }, SCHEDULE_ERRORS.fixedTableOutOfRange, ['"m1"', 'table 3']],
    ['fixed where a participant is away', (i) => { i.fixed = [{ meeting: 'm2', slot: 's2', table: 1 }]; }, SCHEDULE_ERRORS.fixedUnavailable, ['"m2"', '"c"', '"s2"']],
    [
      'two fixed meetings on one table, different people',
      (i) => {
        i.participants.push({ id: 'd' });
        i.meetings.push({ id: 'm3', a: 'c', b: 'd' });
        i.fixed = [{ meeting: 'm1', slot: 's1', table: 1 }, { meeting: 'm3', slot: 's1', table: 1 }];
      },
      SCHEDULE_ERRORS.fixedTableConflict,
      ['"m1"', '"m3"', 'table 1', '"s1"'],
    ],
    [
      'a participant in two fixed meetings at once',
      (i) => { i.fixed = [{ meeting: 'm1', slot: 's1', table: 1 }, { meeting: 'm2', slot: 's1', table: 2 }]; },
      SCHEDULE_ERRORS.fixedParticipantConflict,
      ['"m1"', '"m2"', '"b"'],
    ],
  ];

  it.each(cases)('%s', (_, mutate, code, mentions) => {
    const instance = base();
    mutate(instance);
    const e = errorOf(instance);
    expect(e.status).toBe(400);
    expect(e.code).toBe(code);
    for (const m of mentions) expect(e.message).toContain(m);
    // the baseline validates the same way
    expect(() => scheduleMeetingsFirstFit(instance)).toThrow(expect.objectContaining({ code, status: 400 }));
  });

  it('codes are stable dotted strings of the events area', () => {
    for (const code of Object.values(SCHEDULE_ERRORS)) expect(code).toMatch(/^events\.schedule_[a-z_]+$/);
  });

  it('accepts a valid instance (and priority defaults to 1)', () => {
    const r = scheduleMeetings(base());
    expect(r.score).toBe(3);
  });
});

describe('scheduleInstanceSchema (JSON shape at the boundaries)', () => {
  it('accepts the documented shape', () => {
    expect(scheduleInstanceSchema.safeParse({ ...base(), fixed: [{ meeting: 'm1', slot: 's1', table: 1 }] }).success).toBe(true);
  });
  it.each([
    ['slots not an array', { ...base(), slots: 's1' }],
    ['tables as a string', { ...base(), tables: '2' }],
    ['meeting without b', { ...base(), meetings: [{ id: 'm1', a: 'a' }] }],
    ['empty participant id', { ...base(), participants: [{ id: '' }] }],
    ['fixed table missing', { ...base(), fixed: [{ meeting: 'm1', slot: 's1' }] }],
  ])('rejects %s', (_, value) => {
    expect(scheduleInstanceSchema.safeParse(value).success).toBe(false);
  });
});
