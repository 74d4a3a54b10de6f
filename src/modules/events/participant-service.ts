import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { badRequest, conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { eventNotFound, isProgramme, loadOwnParticipant, loadVisibleEvent, ORG_WRITE, participantNotFound, PROGRAMME_STAFF } from './access';
import * as store from './store';

export interface RegistrationInput {
  orgId?: string;
  role: 'exhibitor' | 'visitor';
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  note?: string | null;
}

export interface BoothInput {
  code: string;
  zone?: string | null;
  participantId?: string | null;
  title?: string | null;
  description?: string | null;
  products?: string[];
  sizeM2?: number | null;
}

type ParticipantJoin = NonNullable<Awaited<ReturnType<typeof store.findParticipant>>>;

export function participantView(p: ParticipantJoin, showContact: boolean) {
  const r = p.participant;
  return {
    id: r.id,
    eventId: r.eventId,
    orgId: r.orgId,
    orgName: p.orgName,
    orgKind: p.orgKind,
    role: r.role as 'exhibitor' | 'visitor',
    status: r.status as 'registered' | 'cancelled',
    boothCode: p.boothCode ?? null,
    checkedInAt: r.checkedInAt,
    registeredAt: r.registeredAt,
    contact: showContact ? { name: r.contactName, email: r.contactEmail, phone: r.contactPhone } : null,
  };
}

function boothView(b: Awaited<ReturnType<typeof store.listBooths>>[number]) {
  return { ...b.booth, orgId: b.orgId ?? null, orgName: b.orgName ?? null, orgKind: b.orgKind ?? null };
}

export type ParticipantService = ReturnType<typeof createParticipantService>;

export function createParticipantService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  /** Cancels a participant's open meetings (their places are freed for a re-run). */
  async function cancelMeetingsOf(tx: Executor, actor: Actor, participantId: string) {
    for (const m of await store.activeMeetingsOf(tx, participantId)) {
      await store.updateMeeting(tx, m.id, { status: 'cancelled', slotId: null, tableNo: null, confirmedAt: null, sequence: m.sequence + 1, updatedAt: clock.now() });
      await audit.record(tx, actor, { action: 'events.meeting_cancelled', entityType: 'event_meeting', entityId: m.id, orgId: null, before: { status: m.status }, after: { status: 'cancelled', reason: 'participant_cancelled' } });
    }
  }

  return {
    async register(actor: Actor, eventId: string, input: RegistrationInput) {
      const ev = await loadVisibleEvent(db, actor, eventId);
      const programme = isProgramme(actor);
      const orgId = input.orgId ?? (programme && actor.type === 'system' ? undefined : actor.orgId);
      if (!orgId) throw badRequest('events.org_required', 'Pilih organisasi yang didaftarkan.', { field: 'orgId' });
      if (!programme && orgId !== actor.orgId) throw notFound('identity.organisation_not_found', 'Organisasi tidak ditemukan.', { orgId });
      authorize(actor, ORG_WRITE, { parties: [orgId] });
      const org = await store.findOrganisation(db, orgId);
      if (!org || !org.isActive) throw notFound('identity.organisation_not_found', 'Organisasi tidak ditemukan.', { orgId });
      if (org.kind === 'programme') throw badRequest('events.programme_cannot_register', 'Kantor program menyelenggarakan acara, bukan peserta.', { field: 'orgId' });
      if (ev.status === 'closed') throw conflict('events.event_closed', 'Acara sudah ditutup.');
      const now = clock.now();
      if (!programme && (ev.status !== 'published' || now < ev.registrationOpensAt || now > ev.registrationClosesAt)) {
        throw conflict('events.registration_closed', 'Pendaftaran acara ini belum dibuka atau sudah ditutup.', { opensAt: ev.registrationOpensAt.toISOString(), closesAt: ev.registrationClosesAt.toISOString() });
      }
      return db.transaction(async (tx) => {
        const existing = await store.findParticipantByOrg(tx, eventId, orgId);
        if (existing?.status === 'registered') throw conflict('events.already_registered', `${org.name} sudah terdaftar di acara ini.`, { participantId: existing.id });
        const fields = { role: input.role, contactName: input.contactName ?? null, contactEmail: input.contactEmail ?? null, contactPhone: input.contactPhone ?? null, note: input.note ?? null };
        const id = existing?.id ?? newId();
        if (existing) await store.updateParticipant(tx, id, { ...fields, status: 'registered', registeredBy: actor.userId, registeredAt: now });
        else await store.insertParticipant(tx, { id, eventId, orgId, ...fields, registeredBy: actor.userId, registeredAt: now });
        await audit.record(tx, actor, { action: 'events.participant_registered', entityType: 'event_participant', entityId: id, orgId, after: { eventId, ...fields } });
        return participantView((await store.findParticipant(tx, id))!, true);
      });
    },

    async list(actor: Actor, eventId: string, f: { role?: 'exhibitor' | 'visitor'; kind?: string }) {
      await loadVisibleEvent(db, actor, eventId);
      const rows = await store.listParticipants(db, eventId, f);
      return rows.map((p) => participantView(p, isProgramme(actor) || p.participant.orgId === actor.orgId));
    },

    /** The caller's own participant at the event, or 404. */
    async mine(actor: Actor, eventId: string) {
      await loadVisibleEvent(db, actor, eventId);
      const own = await store.findParticipantByOrg(db, eventId, actor.orgId);
      if (!own || own.status !== 'registered') throw participantNotFound('me');
      return participantView((await store.findParticipant(db, own.id))!, true);
    },

    async cancel(actor: Actor, eventId: string, participantId: string) {
      await loadVisibleEvent(db, actor, eventId);
      const p = await loadOwnParticipant(db, actor, eventId, participantId);
      if (p.participant.status === 'cancelled') throw conflict('events.already_cancelled', 'Pendaftaran ini sudah dibatalkan.');
      await db.transaction(async (tx) => {
        await store.updateParticipant(tx, participantId, { status: 'cancelled' });
        await cancelMeetingsOf(tx, actor, participantId);
        await audit.record(tx, actor, { action: 'events.participant_cancelled', entityType: 'event_participant', entityId: participantId, orgId: p.participant.orgId });
      });
    },

    async getAvailability(actor: Actor, eventId: string, participantId: string) {
      await loadVisibleEvent(db, actor, eventId);
      await loadOwnParticipant(db, actor, eventId, participantId, { kinds: ALL_KINDS });
      return { participantId, unavailableSlotIds: await store.unavailableSlotIds(db, participantId) };
    },

    /** Sets the slots a participant cannot attend; scheduled meetings in those slots lose their place. */
    async setAvailability(actor: Actor, eventId: string, participantId: string, unavailableSlotIds: string[]) {
      await loadVisibleEvent(db, actor, eventId);
      const p = await loadOwnParticipant(db, actor, eventId, participantId);
      const slotIds = new Set((await store.listSlots(db, eventId)).map((s) => s.id));
      const unknown = unavailableSlotIds.filter((s) => !slotIds.has(s));
      if (unknown.length) throw badRequest('events.slot_unknown', 'Sesi tidak dikenal di acara ini.', { field: 'unavailableSlotIds', ids: unknown });
      const wanted = [...new Set(unavailableSlotIds)];
      return db.transaction(async (tx) => {
        const before = await store.unavailableSlotIds(tx, participantId);
        await store.replaceUnavailability(tx, participantId, wanted);
        const unscheduled: string[] = [];
        for (const m of await store.listMeetings(tx, eventId, { participantId, status: 'accepted', scheduledOnly: true })) {
          if (!wanted.includes(m.meeting.slotId!)) continue;
          await store.updateMeeting(tx, m.meeting.id, { slotId: null, tableNo: null, confirmedAt: null, sequence: m.meeting.sequence + 1, updatedAt: clock.now() });
          unscheduled.push(m.meeting.id);
        }
        await audit.record(tx, actor, { action: 'events.availability_set', entityType: 'event_participant', entityId: participantId, orgId: p.participant.orgId, before: { unavailableSlotIds: before }, after: { unavailableSlotIds: wanted, unscheduled } });
        return { participantId, unavailableSlotIds: wanted, unscheduledMeetingIds: unscheduled };
      });
    },

    async checkIn(actor: Actor, eventId: string, participantId: string) {
      authorize(actor, PROGRAMME_STAFF);
      const p = await store.findParticipant(db, participantId);
      if (!p || p.participant.eventId !== eventId) throw participantNotFound(participantId);
      const at = p.participant.checkedInAt ?? clock.now();
      await db.transaction(async (tx) => {
        await store.updateParticipant(tx, participantId, { checkedInAt: at });
        await audit.record(tx, actor, { action: 'events.participant_checked_in', entityType: 'event_participant', entityId: participantId, orgId: p.participant.orgId, after: { checkedInAt: at } });
      });
      return participantView({ ...p, participant: { ...p.participant, checkedInAt: at } }, true);
    },

    /** The exhibitor catalogue: exhibiting participants with their booths. */
    async exhibitors(actor: Actor, eventId: string) {
      await loadVisibleEvent(db, actor, eventId);
      const booths = new Map((await store.listBooths(db, eventId)).filter((b) => b.booth.participantId).map((b) => [b.booth.participantId!, b.booth]));
      return (await store.listParticipants(db, eventId, { role: 'exhibitor' })).map((p) => {
        const b = booths.get(p.participant.id);
        return { ...participantView(p, false), booth: b ? { id: b.id, code: b.code, zone: b.zone, title: b.title, description: b.description, products: b.products } : null };
      });
    },

    async listBooths(actor: Actor, eventId: string) {
      await loadVisibleEvent(db, actor, eventId);
      return (await store.listBooths(db, eventId)).map(boothView);
    },

    async createBooth(actor: Actor, eventId: string, input: BoothInput) {
      authorize(actor, PROGRAMME_STAFF);
      if (!(await store.findEvent(db, eventId))) throw eventNotFound(eventId);
      if (input.participantId) await assertExhibitor(db, eventId, input.participantId);
      const row = { id: newId(), eventId, code: input.code.trim(), zone: input.zone ?? null, participantId: input.participantId ?? null, title: input.title ?? null, description: input.description ?? null, products: input.products ?? [], sizeM2: input.sizeM2 ?? null };
      return db.transaction(async (tx) => {
        if ((await store.listBooths(tx, eventId)).some((b) => b.booth.code === row.code)) throw conflict('events.booth_code_taken', `Kode stan ${row.code} sudah dipakai.`, { field: 'code' });
        if (row.participantId && (await store.listBooths(tx, eventId)).some((b) => b.booth.participantId === row.participantId)) throw conflict('events.participant_has_booth', 'Peserta ini sudah memiliki stan.', { field: 'participantId' });
        await store.insertBooth(tx, row);
        await audit.record(tx, actor, { action: 'events.booth_created', entityType: 'event_booth', entityId: row.id, orgId: null, after: row });
        return boothView((await store.listBooths(tx, eventId)).find((b) => b.booth.id === row.id)!);
      });
    },

    /** Programme staff change anything; the exhibitor holding the booth changes its title, description and products. */
    async updateBooth(actor: Actor, eventId: string, boothId: string, patch: Partial<BoothInput>) {
      await loadVisibleEvent(db, actor, eventId);
      const booth = await store.findBooth(db, boothId);
      if (!booth || booth.eventId !== eventId) throw notFound('events.booth_not_found', 'Stan tidak ditemukan.', { id: boothId });
      let set: Partial<BoothInput> = patch;
      if (!isProgramme(actor)) {
        const holder = booth.participantId ? await store.findParticipant(db, booth.participantId) : null;
        if (!holder || holder.participant.orgId !== actor.orgId) throw notFound('events.booth_not_found', 'Stan tidak ditemukan.', { id: boothId });
        authorize(actor, ORG_WRITE, { parties: [holder.participant.orgId] });
        set = { title: patch.title, description: patch.description, products: patch.products };
      } else {
        authorize(actor, PROGRAMME_STAFF);
        if (patch.participantId) await assertExhibitor(db, eventId, patch.participantId);
      }
      const clean = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
      return db.transaction(async (tx) => {
        const after = await store.updateBooth(tx, boothId, clean);
        await audit.record(tx, actor, { action: 'events.booth_updated', entityType: 'event_booth', entityId: boothId, orgId: null, before: booth, after });
        return boothView((await store.listBooths(tx, eventId)).find((b) => b.booth.id === boothId)!);
      });
    },
  };
}

async function assertExhibitor(x: Executor, eventId: string, participantId: string) {
  const p = await store.findParticipant(x, participantId);
  if (!p || p.participant.eventId !== eventId || p.participant.status !== 'registered') throw participantNotFound(participantId);
  if (p.participant.role !== 'exhibitor') throw badRequest('events.not_exhibitor', 'Stan hanya untuk peserta pameran (exhibitor).', { field: 'participantId' });
}
