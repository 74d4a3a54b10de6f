/**
 * Who may see and do what at an event. Programme staff run events; organisations register and
 * act for their own participant; everyone signed in sees published events and their catalogue.
 * Objects of an event the caller may not see answer 404.
 */
import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize, type Rule } from '../../core/authz';
import { notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import * as store from './store';

export const READ: Rule = { kinds: ALL_KINDS, relation: 'any' };
export const PROGRAMME_STAFF: Rule = { kinds: ['programme'], roles: ['admin', 'staff'], relation: 'any' };
/** An organisation's admins and staff acting for their own participant (programme staff for any). */
export const ORG_WRITE: Rule = { kinds: ALL_KINDS, roles: ['admin', 'staff'] };

export function isProgramme(actor: Actor): boolean {
  return actor.type === 'system' || actor.orgKind === 'programme';
}

export const eventNotFound = (id: string) => notFound('events.event_not_found', 'Acara tidak ditemukan.', { id });
export const participantNotFound = (id: string) => notFound('events.participant_not_found', 'Peserta tidak ditemukan.', { id });
export const meetingNotFound = (id: string) => notFound('events.meeting_not_found', 'Pertemuan tidak ditemukan.', { id });

/** The event, or 404 when missing or a draft the caller may not see. */
export async function loadVisibleEvent(x: Executor, actor: Actor, id: string) {
  authorize(actor, READ);
  const ev = await store.findEvent(x, id);
  if (!ev || (ev.status === 'draft' && !isProgramme(actor))) throw eventNotFound(id);
  return ev;
}

/** A participant of `eventId` the caller may act for (its own organisation's, or any for programme staff). */
export async function loadOwnParticipant(x: Executor, actor: Actor, eventId: string, participantId: string, rule: Rule = ORG_WRITE) {
  const p = await store.findParticipant(x, participantId);
  if (!p || p.participant.eventId !== eventId) throw participantNotFound(participantId);
  if (!isProgramme(actor) && p.participant.orgId !== actor.orgId) throw participantNotFound(participantId);
  authorize(actor, rule, { parties: [p.participant.orgId] });
  return p;
}

/** A meeting the caller is a side of (or any, for programme staff); 404 otherwise. */
export async function loadVisibleMeeting(x: Executor, actor: Actor, meetingId: string) {
  authorize(actor, READ);
  const m = await store.findMeeting(x, meetingId);
  if (!m) throw meetingNotFound(meetingId);
  if (!isProgramme(actor) && m.aOrgId !== actor.orgId && m.bOrgId !== actor.orgId) throw meetingNotFound(meetingId);
  return m;
}
