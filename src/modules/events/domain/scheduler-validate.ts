import { AppError } from '../../../core/errors';
import type { Problem, ScheduleInstance } from './scheduler-types';

/** Error codes of invalid scheduler input (all status 400). */
export const SCHEDULE_ERRORS = {
  invalidTables: 'events.schedule_invalid_tables',
  duplicateSlot: 'events.schedule_duplicate_slot',
  duplicateParticipant: 'events.schedule_duplicate_participant',
  duplicateMeeting: 'events.schedule_duplicate_meeting',
  unknownSlot: 'events.schedule_unknown_slot',
  unknownParticipant: 'events.schedule_unknown_participant',
  selfMeeting: 'events.schedule_self_meeting',
  invalidPriority: 'events.schedule_invalid_priority',
  unknownFixedMeeting: 'events.schedule_unknown_fixed_meeting',
  duplicateFixed: 'events.schedule_duplicate_fixed',
  fixedTableOutOfRange: 'events.schedule_fixed_table_out_of_range',
  fixedUnavailable: 'events.schedule_fixed_unavailable',
  fixedTableConflict: 'events.schedule_fixed_table_conflict',
  fixedParticipantConflict: 'events.schedule_fixed_participant_conflict',
} as const;

/** Largest priority accepted (keeps every sum of priorities exact in floating point). */
export const MAX_PRIORITY = 1_000_000;

function fail(code: string, message: string, ids: string[]): never {
  throw new AppError(code, 400, message, { ids });
}

/** Ids that occur more than once, in order of first repetition. */
function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

const list = (ids: string[]) => ids.map((i) => `"${i}"`).join(', ');

function indexIds(ids: readonly string[], code: string, what: string): Map<string, number> {
  const dup = duplicates(ids);
  if (dup.length) fail(code, `duplicate ${what} id(s): ${list(dup)}`, dup);
  return new Map(ids.map((id, i) => [id, i]));
}

/**
 * Checks an instance and builds the indexed `Problem`. Throws AppError 400 with a stable
 * `events.schedule_*` code and a message naming the offending ids.
 */
export function validateScheduleInstance(instance: ScheduleInstance): Problem {
  const { slots, participants, meetings } = instance;
  const T = instance.tables;
  if (!Number.isSafeInteger(T) || T < 1) {
    throw new AppError(SCHEDULE_ERRORS.invalidTables, 400, `tables must be an integer ≥ 1, got ${String(T)}`, { tables: String(T) });
  }
  const slotIndex = indexIds(slots, SCHEDULE_ERRORS.duplicateSlot, 'slot');
  const partIndex = indexIds(participants.map((p) => p.id), SCHEDULE_ERRORS.duplicateParticipant, 'participant');
  const meetIndex = indexIds(meetings.map((m) => m.id), SCHEDULE_ERRORS.duplicateMeeting, 'meeting');
  const S = slots.length;
  const P = participants.length;
  const M = meetings.length;

  const avail = new Uint8Array(P * S).fill(1);
  participants.forEach((p, pi) => {
    for (const sid of p.unavailable ?? []) {
      const s = slotIndex.get(sid);
      if (s === undefined) fail(SCHEDULE_ERRORS.unknownSlot, `participant "${p.id}" lists unknown slot "${sid}" as unavailable`, [p.id, sid]);
      avail[pi * S + s] = 0;
    }
  });

  const ma = new Int32Array(M);
  const mb = new Int32Array(M);
  const weight = new Float64Array(M);
  meetings.forEach((m, mi) => {
    const a = partIndex.get(m.a);
    const b = partIndex.get(m.b);
    if (a === undefined || b === undefined) {
      const unknown = a === undefined ? m.a : m.b;
      fail(SCHEDULE_ERRORS.unknownParticipant, `meeting "${m.id}" refers to unknown participant "${unknown}"`, [m.id, unknown]);
    }
    if (a === b) fail(SCHEDULE_ERRORS.selfMeeting, `meeting "${m.id}" has participant "${m.a}" meeting itself`, [m.id, m.a]);
    const w = m.priority ?? 1;
    if (!Number.isSafeInteger(w) || w < 1 || w > MAX_PRIORITY) {
      fail(SCHEDULE_ERRORS.invalidPriority, `meeting "${m.id}" has priority ${String(w)}; priority must be an integer from 1 to ${MAX_PRIORITY}`, [m.id]);
    }
    ma[mi] = a;
    mb[mi] = b;
    weight[mi] = w;
  });

  const fixed = buildFixed(instance, slotIndex, meetIndex, ma, mb, avail);
  const { mutualStart, mutual } = buildMutual(S, M, ma, mb, avail, fixed.fixedSlot, fixed.fixedBusy);
  const { incStart, inc } = buildIncidence(P, M, ma, mb);
  return {
    slotIds: [...slots],
    participantIds: participants.map((p) => p.id),
    meetingIds: meetings.map((m) => m.id),
    S, T, P, M, ma, mb, weight, avail,
    fixedSlot: fixed.fixedSlot,
    fixedTable: fixed.fixedTable,
    fixedCount: fixed.fixedCount,
    mutualStart, mutual, incStart, inc,
  };
}

function buildFixed(
  instance: ScheduleInstance,
  slotIndex: Map<string, number>,
  meetIndex: Map<string, number>,
  ma: Int32Array,
  mb: Int32Array,
  avail: Uint8Array,
) {
  const S = instance.slots.length;
  const M = instance.meetings.length;
  const T = instance.tables;
  const fixedSlot = new Int32Array(M).fill(-1);
  const fixedTable = new Int32Array(M);
  const fixedCount = new Int32Array(S);
  const tableHolder = new Map<string, string>(); // "slot:table" → meeting id
  const fixedBusy = new Map<number, string>(); // participant * S + slot → meeting id
  for (const f of instance.fixed ?? []) {
    const m = meetIndex.get(f.meeting);
    if (m === undefined) fail(SCHEDULE_ERRORS.unknownFixedMeeting, `fixed assignment refers to unknown meeting "${f.meeting}"`, [f.meeting]);
    const s = slotIndex.get(f.slot);
    if (s === undefined) fail(SCHEDULE_ERRORS.unknownSlot, `fixed meeting "${f.meeting}" refers to unknown slot "${f.slot}"`, [f.meeting, f.slot]);
    if (fixedSlot[m] !== -1) fail(SCHEDULE_ERRORS.duplicateFixed, `meeting "${f.meeting}" is fixed more than once`, [f.meeting]);
    if (!Number.isSafeInteger(f.table) || f.table < 1 || f.table > T) {
      fail(SCHEDULE_ERRORS.fixedTableOutOfRange, `fixed meeting "${f.meeting}" uses table ${String(f.table)}; tables are numbered 1..${T}`, [f.meeting]);
    }
    const tableKey = `${s}:${f.table}`;
    const holder = tableHolder.get(tableKey);
    if (holder !== undefined) {
      fail(SCHEDULE_ERRORS.fixedTableConflict, `fixed meetings "${holder}" and "${f.meeting}" both use table ${f.table} in slot "${f.slot}"`, [holder, f.meeting]);
    }
    tableHolder.set(tableKey, f.meeting);
    for (const p of [ma[m]!, mb[m]!]) {
      const pid = instance.participants[p]!.id;
      if (!avail[p * S + s]) {
        fail(SCHEDULE_ERRORS.fixedUnavailable, `fixed meeting "${f.meeting}" is in slot "${f.slot}" where participant "${pid}" is unavailable`, [f.meeting, pid, f.slot]);
      }
      const other = fixedBusy.get(p * S + s);
      if (other !== undefined) {
        fail(SCHEDULE_ERRORS.fixedParticipantConflict, `fixed meetings "${other}" and "${f.meeting}" both need participant "${pid}" in slot "${f.slot}"`, [other, f.meeting, pid]);
      }
      fixedBusy.set(p * S + s, f.meeting);
    }
    fixedSlot[m] = s;
    fixedTable[m] = f.table;
    fixedCount[s]! += 1;
  }
  return { fixedSlot, fixedTable, fixedCount, fixedBusy };
}

function buildMutual(
  S: number,
  M: number,
  ma: Int32Array,
  mb: Int32Array,
  avail: Uint8Array,
  fixedSlot: Int32Array,
  fixedBusy: Map<number, string>,
) {
  const mutualStart = new Int32Array(M + 1);
  const tmp: number[] = [];
  for (let m = 0; m < M; m++) {
    mutualStart[m] = tmp.length;
    if (fixedSlot[m] !== -1) continue;
    const a = ma[m]! * S;
    const b = mb[m]! * S;
    for (let s = 0; s < S; s++) {
      if (avail[a + s] && avail[b + s] && !fixedBusy.has(a + s) && !fixedBusy.has(b + s)) tmp.push(s);
    }
  }
  mutualStart[M] = tmp.length;
  return { mutualStart, mutual: Int32Array.from(tmp) };
}

function buildIncidence(P: number, M: number, ma: Int32Array, mb: Int32Array) {
  const incStart = new Int32Array(P + 1);
  for (let m = 0; m < M; m++) {
    incStart[ma[m]! + 1]! += 1;
    incStart[mb[m]! + 1]! += 1;
  }
  for (let p = 0; p < P; p++) incStart[p + 1]! += incStart[p]!;
  const fill = incStart.slice(0, P);
  const inc = new Int32Array(2 * M);
  for (let m = 0; m < M; m++) {
    inc[fill[ma[m]!]!++] = m;
    inc[fill[mb[m]!]!++] = m;
  }
  return { incStart, inc };
}
