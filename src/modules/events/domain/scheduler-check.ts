import type { ScheduleInstance, ScheduleResult } from './scheduler-types';

/**
 * Independent validity check of a schedule against its instance (used by tests and the
 * benchmark). Returns the list of violations; empty means valid. Assumes a valid instance.
 */
export function checkSchedule(instance: ScheduleInstance, result: ScheduleResult): string[] {
  const errors: string[] = [];
  const slots = new Set(instance.slots);
  const meetings = new Map(instance.meetings.map((m) => [m.id, m]));
  const unavailable = new Map(instance.participants.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const seen = new Set<string>();
  const tableUse = new Map<string, string>();
  const personUse = new Map<string, string>();
  let score = 0;
  for (const a of result.assigned) {
    const m = meetings.get(a.meeting);
    if (!m) {
      errors.push(`unknown meeting ${a.meeting}`);
      continue;
    }
    if (seen.has(a.meeting)) errors.push(`meeting ${a.meeting} assigned twice`);
    seen.add(a.meeting);
    score += m.priority ?? 1;
    if (!slots.has(a.slot)) errors.push(`meeting ${a.meeting} in unknown slot ${a.slot}`);
    if (!Number.isInteger(a.table) || a.table < 1 || a.table > instance.tables) errors.push(`meeting ${a.meeting} at table ${a.table} out of range`);
    const tk = `${a.slot}\u0000${a.table}`;
    const other = tableUse.get(tk);
    if (other) errors.push(`table ${a.table} in slot ${a.slot} holds ${other} and ${a.meeting}`);
    tableUse.set(tk, a.meeting);
    for (const p of [m.a, m.b]) {
      if (unavailable.get(p)?.has(a.slot)) errors.push(`participant ${p} unavailable in ${a.slot} for ${a.meeting}`);
      const pk = `${p}\u0000${a.slot}`;
      const clash = personUse.get(pk);
      if (clash) errors.push(`participant ${p} in ${clash} and ${a.meeting} in slot ${a.slot}`);
      personUse.set(pk, a.meeting);
    }
  }
  const byId = new Map(result.assigned.map((a) => [a.meeting, a]));
  for (const f of instance.fixed ?? []) {
    const a = byId.get(f.meeting);
    if (!a || a.slot !== f.slot || a.table !== f.table) errors.push(`fixed meeting ${f.meeting} not kept at ${f.slot}/${f.table}`);
  }
  const expectedUnassigned = instance.meetings.filter((m) => !seen.has(m.id)).map((m) => m.id);
  if (expectedUnassigned.join('\u0000') !== result.unassigned.join('\u0000')) errors.push('unassigned list is not exactly the meetings left out, in input order');
  if (score !== result.score) errors.push(`score ${result.score} but assigned priorities sum to ${score}`);
  if (result.upperBound < result.score) errors.push(`upperBound ${result.upperBound} below score ${result.score}`);
  return errors;
}
