import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { buildIcs, escapeIcsText, foldIcsLine } from './ics';
import { computeEventKpis, type KpiMeeting } from './kpis';
import { assertMeetingAction, buildScheduleInstance, placementChanges, type PlanMeeting } from './meetings';
import { scheduleMeetings } from './scheduler';
import { generateSlots, validateSlots, wibDate, wibTime } from './slots';

describe('slots', () => {
  it('generates 30-minute slots in WIB around a lunch break', () => {
    const slots = generateSlots({ dates: ['2022-11-01'], from: '09:00', to: '12:00', minutes: 30, gapMinutes: 0, breaks: [{ from: '10:00', to: '10:30' }] });
    expect(slots.map((s) => wibTime(s.startsAt))).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
    expect(slots[0]!.startsAt.toISOString()).toBe('2022-11-01T02:00:00.000Z');
    expect(wibDate(slots[0]!.startsAt)).toBe('2022-11-01');
  });

  it('rejects bad plans and overlapping slots with a field', () => {
    expect(() => generateSlots({ dates: ['2022-11-01'], from: '9:00', to: '12:00', minutes: 30 })).toThrow(AppError);
    expect(() => generateSlots({ dates: ['2022-11-01'], from: '12:00', to: '09:00', minutes: 30 })).toThrow(/setelah/);
    const a = new Date('2022-11-01T02:00:00Z');
    expect(() => validateSlots([{ startsAt: a, endsAt: new Date(a.getTime() + 3_600_000) }, { startsAt: new Date(a.getTime() + 1_800_000), endsAt: new Date(a.getTime() + 5_400_000) }])).toThrow(/tumpang/);
  });
});

describe('meeting requests', () => {
  const m = { status: 'requested' as const, requesterOrgId: 'ikm', aOrgId: 'ikm', bOrgId: 'buyer' };
  it('only the other side accepts or declines; either side cancels', () => {
    expect(assertMeetingAction(m, 'accept', 'buyer', false)).toBe('accepted');
    expect(assertMeetingAction(m, 'decline', 'buyer', false)).toBe('declined');
    expect(() => assertMeetingAction(m, 'accept', 'ikm', false)).toThrow(/pihak yang diminta/);
    expect(() => assertMeetingAction(m, 'accept', 'other', false)).toThrow(AppError);
    expect(assertMeetingAction(m, 'cancel', 'ikm', false)).toBe('cancelled');
    expect(() => assertMeetingAction({ ...m, status: 'declined' }, 'cancel', 'ikm', false)).toThrow(/sudah/);
    expect(() => assertMeetingAction({ ...m, status: 'accepted' }, 'accept', 'buyer', false)).toThrow(/sudah dijawab/);
  });

  it('keeps confirmed meetings fixed on a re-run, and moves them when re-planning all', () => {
    const meetings: PlanMeeting[] = [
      { id: 'm1', aParticipantId: 'a', bParticipantId: 'b', priority: 1, slotId: 's2', tableNo: 2, isConfirmed: true },
      { id: 'm2', aParticipantId: 'a', bParticipantId: 'c', priority: 3, slotId: null, tableNo: null, isConfirmed: false },
    ];
    const parts = [{ id: 'a', unavailableSlotIds: [] }, { id: 'b', unavailableSlotIds: [] }, { id: 'c', unavailableSlotIds: ['s1'] }, { id: 'idle', unavailableSlotIds: [] }];
    const inst = buildScheduleInstance(['s1', 's2'], 2, parts, meetings, false);
    expect(inst.fixed).toEqual([{ meeting: 'm1', slot: 's2', table: 2 }]);
    expect(inst.participants.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    const r = scheduleMeetings(inst);
    expect(r.assigned.find((x) => x.meeting === 'm1')).toEqual({ meeting: 'm1', slot: 's2', table: 2 });
    expect(r.unassigned).toEqual(['m2']);
    expect(placementChanges(meetings, r)).toEqual([]);
    const all = scheduleMeetings(buildScheduleInstance(['s1', 's2'], 2, parts, meetings, true));
    expect(all.score).toBe(4);
    expect(placementChanges(meetings, all).map((c) => c.meetingId).sort()).toEqual(['m1', 'm2']);
  });
});

describe('ics', () => {
  it('escapes text, folds long lines and uses UTC times', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = 'SUMMARY:' + 'é'.repeat(60);
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const ics = buildIcs('Agenda', [{ uid: 'm1@lingkar', startsAt: new Date('2022-11-01T02:00:00Z'), endsAt: new Date('2022-11-01T02:30:00Z'), summary: 'Temu bisnis, meja 3', location: 'Kemenperin' }], new Date('2022-10-31T00:00:00Z'));
    expect(ics).toContain('DTSTART:20221101T020000Z\r\n');
    expect(ics).toContain('SUMMARY:Temu bisnis\\, meja 3');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('kpis', () => {
  it('counts requests, scheduled and held meetings, and outcomes', () => {
    const base: KpiMeeting = { status: 'accepted', origin: 'request', isScheduled: true, isConfirmed: true, outcome: null, ikmOrgId: 'i1', buyerOrgId: 'b1' };
    const k = computeEventKpis(
      [
        { orgKind: 'ikm', role: 'exhibitor', isCheckedIn: true },
        { orgKind: 'buyer', role: 'visitor', isCheckedIn: false },
      ],
      [
        { ...base, outcome: 'interested' },
        { ...base, outcome: 'no_show', ikmOrgId: 'i2' },
        { ...base, outcome: 'mou_intended', origin: 'programme' },
        { ...base, isScheduled: false },
        { ...base, status: 'declined' },
        { ...base, status: 'requested' },
      ],
    );
    expect(k.participants).toEqual({ total: 2, byKind: { ikm: 1, buyer: 1 }, exhibitors: 1, checkedIn: 1 });
    expect(k.requests).toMatchObject({ total: 6, pending: 1, accepted: 4, declined: 1, programmeAdded: 1, acceptanceRate: 80 });
    expect(k.meetings).toMatchObject({ scheduled: 3, unscheduled: 1, recorded: 3, held: 2, noShow: 1, noShowRate: 33.3 });
    expect(k.ikmMet).toBe(1);
    expect(k.leads).toBe(1);
  });
});
