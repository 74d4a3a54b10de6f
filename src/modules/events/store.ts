import { and, asc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrgKind } from '../../core/actor';
import type { Executor } from '../../db/client';
import { organisations } from '../../db/schema';
import { eventBooths, eventMeetings, eventParticipants, events, eventSlots, eventUnavailability } from './schema';

export type EventRow = typeof events.$inferSelect;
export type SlotRow = typeof eventSlots.$inferSelect;
export type ParticipantRow = typeof eventParticipants.$inferSelect;
export type MeetingRow = typeof eventMeetings.$inferSelect;
export type BoothRow = typeof eventBooths.$inferSelect;

export async function findEvent(x: Executor, id: string) {
  const [row] = await x.select().from(events).where(eq(events.id, id)).limit(1);
  return row ?? null;
}

export async function lockEvent(x: Executor, id: string) {
  const [row] = await x.select().from(events).where(eq(events.id, id)).for('update').limit(1);
  return row ?? null;
}

export function listEvents(x: Executor, f: { includeDrafts: boolean; limit: number; offset: number }) {
  const where = f.includeDrafts ? undefined : ne(events.status, 'draft');
  return x
    .select({ event: events, participants: sql<number>`(select count(*)::int from ${eventParticipants} p where p.event_id = ${events.id} and p.status = 'registered')` })
    .from(events)
    .where(where)
    .orderBy(sql`${events.startsOn} desc`, asc(events.name))
    .limit(f.limit)
    .offset(f.offset);
}

export async function countEvents(x: Executor, includeDrafts: boolean) {
  const [r] = await x.select({ n: sql<number>`count(*)::int` }).from(events).where(includeDrafts ? undefined : ne(events.status, 'draft'));
  return r?.n ?? 0;
}

export const insertEvent = (x: Executor, row: typeof events.$inferInsert) => x.insert(events).values(row);
export async function updateEvent(x: Executor, id: string, set: Partial<typeof events.$inferInsert>) {
  const [row] = await x.update(events).set(set).where(eq(events.id, id)).returning();
  return row!;
}

export const listSlots = (x: Executor, eventId: string) => x.select().from(eventSlots).where(eq(eventSlots.eventId, eventId)).orderBy(asc(eventSlots.position));
export async function replaceSlots(x: Executor, eventId: string, rows: (typeof eventSlots.$inferInsert)[]) {
  await x.delete(eventSlots).where(eq(eventSlots.eventId, eventId));
  if (rows.length) await x.insert(eventSlots).values(rows);
}

const participantColumns = {
  participant: eventParticipants,
  orgName: organisations.name,
  orgKind: organisations.kind,
  boothCode: eventBooths.code,
};

export function listParticipants(x: Executor, eventId: string, f: { role?: string; kind?: string; includeCancelled?: boolean } = {}) {
  const conds = [
    eq(eventParticipants.eventId, eventId),
    f.includeCancelled ? undefined : eq(eventParticipants.status, 'registered'),
    f.role ? eq(eventParticipants.role, f.role) : undefined,
    f.kind ? eq(organisations.kind, f.kind as OrgKind) : undefined,
  ].filter(Boolean);
  return x
    .select(participantColumns)
    .from(eventParticipants)
    .innerJoin(organisations, eq(organisations.id, eventParticipants.orgId))
    .leftJoin(eventBooths, eq(eventBooths.participantId, eventParticipants.id))
    .where(and(...conds))
    .orderBy(asc(organisations.kind), asc(organisations.name));
}

export async function findParticipant(x: Executor, id: string) {
  const [row] = await x
    .select(participantColumns)
    .from(eventParticipants)
    .innerJoin(organisations, eq(organisations.id, eventParticipants.orgId))
    .leftJoin(eventBooths, eq(eventBooths.participantId, eventParticipants.id))
    .where(eq(eventParticipants.id, id))
    .limit(1);
  return row ?? null;
}

export async function findParticipantByOrg(x: Executor, eventId: string, orgId: string) {
  const [row] = await x.select().from(eventParticipants).where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.orgId, orgId))).limit(1);
  return row ?? null;
}

/** Events at which an organisation is a registered participant. */
export async function eventIdsOfOrg(x: Executor, orgId: string): Promise<string[]> {
  const rows = await x.select({ id: eventParticipants.eventId }).from(eventParticipants).where(and(eq(eventParticipants.orgId, orgId), eq(eventParticipants.status, 'registered')));
  return rows.map((r) => r.id);
}

export async function findOrganisation(x: Executor, id: string) {
  const [row] = await x.select({ id: organisations.id, name: organisations.name, kind: organisations.kind, isActive: organisations.isActive }).from(organisations).where(eq(organisations.id, id)).limit(1);
  return row ?? null;
}

export const insertParticipant = (x: Executor, row: typeof eventParticipants.$inferInsert) => x.insert(eventParticipants).values(row);
export async function updateParticipant(x: Executor, id: string, set: Partial<typeof eventParticipants.$inferInsert>) {
  const [row] = await x.update(eventParticipants).set(set).where(eq(eventParticipants.id, id)).returning();
  return row!;
}

export async function unavailableSlotIds(x: Executor, participantId: string): Promise<string[]> {
  const rows = await x.select({ slotId: eventUnavailability.slotId }).from(eventUnavailability).where(eq(eventUnavailability.participantId, participantId));
  return rows.map((r) => r.slotId);
}

export async function replaceUnavailability(x: Executor, participantId: string, slotIds: string[]) {
  await x.delete(eventUnavailability).where(eq(eventUnavailability.participantId, participantId));
  if (slotIds.length) await x.insert(eventUnavailability).values(slotIds.map((slotId) => ({ participantId, slotId })));
}

/** Unavailable slots of every participant of an event. */
export function unavailabilityOfEvent(x: Executor, eventId: string) {
  return x
    .select({ participantId: eventUnavailability.participantId, slotId: eventUnavailability.slotId })
    .from(eventUnavailability)
    .innerJoin(eventParticipants, eq(eventParticipants.id, eventUnavailability.participantId))
    .where(eq(eventParticipants.eventId, eventId));
}

export const listBooths = (x: Executor, eventId: string) =>
  x
    .select({ booth: eventBooths, orgId: eventParticipants.orgId, orgName: organisations.name, orgKind: organisations.kind })
    .from(eventBooths)
    .leftJoin(eventParticipants, eq(eventParticipants.id, eventBooths.participantId))
    .leftJoin(organisations, eq(organisations.id, eventParticipants.orgId))
    .where(eq(eventBooths.eventId, eventId))
    .orderBy(asc(eventBooths.code));

export async function findBooth(x: Executor, id: string) {
  const [row] = await x.select().from(eventBooths).where(eq(eventBooths.id, id)).limit(1);
  return row ?? null;
}
export const insertBooth = (x: Executor, row: typeof eventBooths.$inferInsert) => x.insert(eventBooths).values(row);
export async function updateBooth(x: Executor, id: string, set: Partial<typeof eventBooths.$inferInsert>) {
  const [row] = await x.update(eventBooths).set(set).where(eq(eventBooths.id, id)).returning();
  return row!;
}

const pa = alias(eventParticipants, 'pa');
const pb = alias(eventParticipants, 'pb');
const oa = alias(organisations, 'oa');
const ob = alias(organisations, 'ob');

/** Meetings with both sides' organisations and the slot. */
function meetingQuery(x: Executor) {
  return x
    .select({
      meeting: eventMeetings,
      aOrgId: pa.orgId,
      aOrgName: oa.name,
      aOrgKind: oa.kind,
      bOrgId: pb.orgId,
      bOrgName: ob.name,
      bOrgKind: ob.kind,
      slotStartsAt: eventSlots.startsAt,
      slotEndsAt: eventSlots.endsAt,
    })
    .from(eventMeetings)
    .innerJoin(pa, eq(pa.id, eventMeetings.aParticipantId))
    .innerJoin(pb, eq(pb.id, eventMeetings.bParticipantId))
    .innerJoin(oa, eq(oa.id, pa.orgId))
    .innerJoin(ob, eq(ob.id, pb.orgId))
    .leftJoin(eventSlots, eq(eventSlots.id, eventMeetings.slotId));
}
export type MeetingView = Awaited<ReturnType<typeof findMeeting>> & object;

export async function findMeeting(x: Executor, id: string) {
  const [row] = await meetingQuery(x).where(eq(eventMeetings.id, id)).limit(1);
  return row ?? null;
}

export function listMeetings(x: Executor, eventId: string, f: { participantId?: string; status?: string; scheduledOnly?: boolean; slotId?: string } = {}) {
  const conds = [
    eq(eventMeetings.eventId, eventId),
    f.participantId ? or(eq(eventMeetings.aParticipantId, f.participantId), eq(eventMeetings.bParticipantId, f.participantId)) : undefined,
    f.status ? eq(eventMeetings.status, f.status) : undefined,
    f.scheduledOnly ? isNotNull(eventMeetings.slotId) : undefined,
    f.slotId ? eq(eventMeetings.slotId, f.slotId) : undefined,
  ].filter(Boolean);
  return meetingQuery(x)
    .where(and(...conds))
    .orderBy(sql`${eventSlots.startsAt} asc nulls last`, asc(eventMeetings.tableNo), asc(eventMeetings.createdAt));
}

/** An active (requested or accepted) meeting between the two participants, either direction. */
export async function findActiveMeetingBetween(x: Executor, p1: string, p2: string) {
  const [row] = await x
    .select({ id: eventMeetings.id, status: eventMeetings.status })
    .from(eventMeetings)
    .where(
      and(
        inArray(eventMeetings.status, ['requested', 'accepted']),
        or(and(eq(eventMeetings.aParticipantId, p1), eq(eventMeetings.bParticipantId, p2)), and(eq(eventMeetings.aParticipantId, p2), eq(eventMeetings.bParticipantId, p1))),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const insertMeeting = (x: Executor, row: typeof eventMeetings.$inferInsert) => x.insert(eventMeetings).values(row);
export async function updateMeeting(x: Executor, id: string, set: Partial<typeof eventMeetings.$inferInsert>) {
  const [row] = await x.update(eventMeetings).set(set).where(eq(eventMeetings.id, id)).returning();
  return row!;
}

/** Frees the places of these meetings (before re-placing them: the (slot, table) index is unique). */
export async function clearPlacements(x: Executor, ids: string[]) {
  if (ids.length) await x.update(eventMeetings).set({ slotId: null, tableNo: null }).where(inArray(eventMeetings.id, ids));
}

/** Open meetings (requested or accepted) of a participant, for cancellation with its registration. */
export function activeMeetingsOf(x: Executor, participantId: string) {
  return x
    .select()
    .from(eventMeetings)
    .where(and(inArray(eventMeetings.status, ['requested', 'accepted']), or(eq(eventMeetings.aParticipantId, participantId), eq(eventMeetings.bParticipantId, participantId))));
}
