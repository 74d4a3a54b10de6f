import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { badRequest, conflict, forbidden } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import { eventNotFound, isProgramme, loadVisibleEvent, loadVisibleMeeting, ORG_WRITE, participantNotFound, PROGRAMME_STAFF } from './access';
import { assertMeetingAction, type MeetingOutcome, type MeetingStatus } from './domain/meetings';
import { wibTime } from './domain/slots';
import * as store from './store';

/** What the events area needs to know about a part need (provided by the needs area when wired). */
export interface NeedSummary {
  id: string;
  reference: string;
  partName: string;
  buyerOrgId: string;
}
export interface NeedPort {
  describeNeeds(x: Executor, ids: string[]): Promise<Map<string, NeedSummary>>;
}
export const NO_NEEDS: NeedPort = { describeNeeds: async () => new Map() };

type MeetingJoin = NonNullable<Awaited<ReturnType<typeof store.findMeeting>>>;

export function meetingView(m: MeetingJoin, viewerOrgId: string | null, needs: Map<string, NeedSummary>) {
  const r = m.meeting;
  const side = (pid: string, orgId: string, orgName: string, orgKind: string) => ({ participantId: pid, orgId, orgName, orgKind });
  const a = side(r.aParticipantId, m.aOrgId, m.aOrgName, m.aOrgKind);
  const b = side(r.bParticipantId, m.bOrgId, m.bOrgName, m.bOrgKind);
  const need = r.needId ? (needs.get(r.needId) ?? null) : null;
  const viewerIsA = viewerOrgId === m.aOrgId;
  const viewerIsB = viewerOrgId === m.bOrgId;
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status as MeetingStatus,
    origin: r.origin as 'request' | 'programme',
    priority: r.priority,
    message: r.message,
    responseMessage: r.responseMessage,
    need: need ? { id: need.id, reference: need.reference, partName: need.partName } : r.needId ? { id: r.needId, reference: null, partName: null } : null,
    a,
    b,
    /** For the caller: whether it asked (outgoing) or was asked (incoming). */
    direction: r.origin === 'programme' ? ('programme' as const) : viewerIsA ? ('outgoing' as const) : viewerIsB ? ('incoming' as const) : null,
    counterpart: viewerIsA ? b : viewerIsB ? a : null,
    slot: r.slotId && m.slotStartsAt && m.slotEndsAt ? { id: r.slotId, startsAt: m.slotStartsAt, endsAt: m.slotEndsAt, label: `${wibTime(m.slotStartsAt)}–${wibTime(m.slotEndsAt)}` } : null,
    tableNo: r.tableNo,
    isConfirmed: r.confirmedAt !== null,
    checkedInAt: r.checkedInAt,
    outcome: r.outcome as MeetingOutcome | null,
    outcomeNote: r.outcomeNote,
    createdAt: r.createdAt,
    respondedAt: r.respondedAt,
  };
}
export type MeetingView = ReturnType<typeof meetingView>;

export type MeetingService = ReturnType<typeof createMeetingService>;

export function createMeetingService(deps: Deps, audit: AuditService, needPort: () => NeedPort) {
  const { db, clock } = deps;

  async function view(x: Executor, id: string, viewer: Actor) {
    const m = (await store.findMeeting(x, id))!;
    const needs = m.meeting.needId ? await needPort().describeNeeds(x, [m.meeting.needId]) : new Map();
    return meetingView(m, isProgramme(viewer) ? null : viewer.orgId, needs);
  }

  /** E-mails a participant's contact (when given) through the outbox, in the same transaction. */
  async function notify(x: Executor, participantId: string, subject: string, body: string) {
    const p = await store.findParticipant(x, participantId);
    const to = p?.participant.contactEmail;
    if (to) await identityStore.insertOutbox(x, { id: newId(), recipient: to, subject, body, createdAt: clock.now() });
  }

  async function registered(x: Executor, eventId: string, participantId: string) {
    const p = await store.findParticipant(x, participantId);
    if (!p || p.participant.eventId !== eventId || p.participant.status !== 'registered') throw participantNotFound(participantId);
    return p;
  }

  /** Sides must be two organisations, one an IKM, neither the programme office; a need must belong to a side. */
  async function checkPair(x: Executor, a: Awaited<ReturnType<typeof registered>>, b: Awaited<ReturnType<typeof registered>>, needId: string | null | undefined) {
    if (a.participant.orgId === b.participant.orgId) throw badRequest('events.meeting_same_org', 'Tidak dapat meminta pertemuan dengan organisasi sendiri.', { field: 'toParticipantId' });
    if (a.orgKind !== 'ikm' && b.orgKind !== 'ikm') throw badRequest('events.meeting_needs_ikm', 'Temu bisnis mempertemukan IKM dengan industri: salah satu pihak harus IKM.', { field: 'toParticipantId' });
    if (needId) {
      const need = (await needPort().describeNeeds(x, [needId])).get(needId);
      if (!need || (need.buyerOrgId !== a.participant.orgId && need.buyerOrgId !== b.participant.orgId)) {
        throw badRequest('events.need_not_related', 'Kebutuhan part harus milik salah satu pihak pertemuan.', { field: 'needId' });
      }
    }
    const dup = await store.findActiveMeetingBetween(x, a.participant.id, b.participant.id);
    if (dup) throw conflict('events.meeting_exists', 'Sudah ada permintaan atau pertemuan aktif antara kedua peserta ini.', { meetingId: dup.id });
  }

  async function openEvent(actor: Actor, eventId: string) {
    const ev = await loadVisibleEvent(db, actor, eventId);
    if (ev.status !== 'published') throw conflict('events.event_not_open', 'Acara belum dibuka atau sudah ditutup.', { status: ev.status });
    return ev;
  }

  return {
    view,

    async request(actor: Actor, eventId: string, input: { toParticipantId: string; message?: string | null; needId?: string | null }) {
      await openEvent(actor, eventId);
      if (isProgramme(actor)) throw forbidden('events.programme_adds_priority', 'Kantor program menambahkan pertemuan prioritas, bukan permintaan.');
      authorize(actor, ORG_WRITE, { parties: [actor.orgId] });
      const own = await store.findParticipantByOrg(db, eventId, actor.orgId);
      if (!own || own.status !== 'registered') throw conflict('events.not_registered', 'Daftarkan organisasi Anda di acara ini terlebih dahulu.');
      const a = await registered(db, eventId, own.id);
      const b = await registered(db, eventId, input.toParticipantId);
      return db.transaction(async (tx) => {
        await checkPair(tx, a, b, input.needId);
        const now = clock.now();
        const row = { id: newId(), eventId, aParticipantId: a.participant.id, bParticipantId: b.participant.id, origin: 'request', needId: input.needId ?? null, message: input.message ?? null, status: 'requested', priority: 1, requestedBy: actor.userId, createdAt: now, updatedAt: now };
        await store.insertMeeting(tx, row);
        await audit.record(tx, actor, { action: 'events.meeting_requested', entityType: 'event_meeting', entityId: row.id, orgId: actor.orgId, after: row });
        await notify(tx, b.participant.id, `Permintaan temu bisnis dari ${a.orgName}`, `${a.orgName} meminta pertemuan dengan ${b.orgName} di acara Link & Match.\n\nPesan: ${input.message ?? '-'}\n\nTerima atau tolak permintaan ini di Lingkar.`);
        return view(tx, row.id, actor);
      });
    },

    /** Programme staff add a meeting they want to happen: accepted at once, with a priority for the scheduler. */
    async addPriority(actor: Actor, eventId: string, input: { aParticipantId: string; bParticipantId: string; priority: number; message?: string | null; needId?: string | null }) {
      authorize(actor, PROGRAMME_STAFF);
      if (!(await store.findEvent(db, eventId))) throw eventNotFound(eventId);
      const a = await registered(db, eventId, input.aParticipantId);
      const b = await registered(db, eventId, input.bParticipantId);
      return db.transaction(async (tx) => {
        const existing = await store.findActiveMeetingBetween(tx, a.participant.id, b.participant.id);
        const now = clock.now();
        if (existing) {
          const before = (await store.findMeeting(tx, existing.id))!.meeting;
          const after = await store.updateMeeting(tx, existing.id, { status: 'accepted', priority: Math.max(before.priority, input.priority), respondedAt: before.respondedAt ?? now, updatedAt: now });
          await audit.record(tx, actor, { action: 'events.meeting_prioritised', entityType: 'event_meeting', entityId: existing.id, orgId: null, before, after });
          return view(tx, existing.id, actor);
        }
        await checkPair(tx, a, b, input.needId);
        const row = { id: newId(), eventId, aParticipantId: a.participant.id, bParticipantId: b.participant.id, origin: 'programme', needId: input.needId ?? null, message: input.message ?? null, status: 'accepted', priority: input.priority, requestedBy: actor.userId, createdAt: now, respondedAt: now, updatedAt: now };
        await store.insertMeeting(tx, row);
        await audit.record(tx, actor, { action: 'events.meeting_added', entityType: 'event_meeting', entityId: row.id, orgId: null, after: row });
        return view(tx, row.id, actor);
      });
    },

    async list(actor: Actor, eventId: string, f: { status?: MeetingStatus; participantId?: string }) {
      await loadVisibleEvent(db, actor, eventId);
      let participantId = f.participantId;
      if (!isProgramme(actor)) {
        const own = await store.findParticipantByOrg(db, eventId, actor.orgId);
        if (!own) return [];
        participantId = own.id;
      }
      const rows = await store.listMeetings(db, eventId, { participantId, status: f.status });
      const needs = await needPort().describeNeeds(db, [...new Set(rows.map((r) => r.meeting.needId).filter((x): x is string => !!x))]);
      return rows.map((r) => meetingView(r, isProgramme(actor) ? null : actor.orgId, needs));
    },

    async get(actor: Actor, meetingId: string) {
      await loadVisibleMeeting(db, actor, meetingId);
      return view(db, meetingId, actor);
    },

    async respond(actor: Actor, meetingId: string, action: 'accept' | 'decline' | 'cancel', message?: string | null) {
      const m = await loadVisibleMeeting(db, actor, meetingId);
      authorize(actor, isProgramme(actor) ? PROGRAMME_STAFF : ORG_WRITE, { parties: [m.aOrgId, m.bOrgId] });
      const requesterOrgId = m.meeting.origin === 'request' ? m.aOrgId : null;
      const status = assertMeetingAction({ status: m.meeting.status as MeetingStatus, requesterOrgId, aOrgId: m.aOrgId, bOrgId: m.bOrgId }, action, actor.orgId, isProgramme(actor));
      return db.transaction(async (tx) => {
        const now = clock.now();
        const set = action === 'cancel'
          ? { status, slotId: null, tableNo: null, confirmedAt: null, sequence: m.meeting.sequence + 1, updatedAt: now, responseMessage: message ?? m.meeting.responseMessage }
          : { status, respondedAt: now, responseMessage: message ?? null, updatedAt: now };
        const after = await store.updateMeeting(tx, meetingId, set);
        await audit.record(tx, actor, { action: `events.meeting_${status}`, entityType: 'event_meeting', entityId: meetingId, orgId: isProgramme(actor) ? null : actor.orgId, before: { status: m.meeting.status }, after: { status: after.status, message } });
        const other = actor.orgId === m.aOrgId ? m.meeting.bParticipantId : m.meeting.aParticipantId;
        const verb = { accepted: 'diterima', declined: 'ditolak', cancelled: 'dibatalkan', requested: 'diminta' }[status];
        await notify(tx, other, `Temu bisnis ${m.aOrgName} – ${m.bOrgName} ${verb}`, `Pertemuan antara ${m.aOrgName} dan ${m.bOrgName} ${verb}.${message ? `\n\nPesan: ${message}` : ''}\n\nLihat agenda Anda di Lingkar.`);
        return view(tx, meetingId, actor);
      });
    },

    async setPriority(actor: Actor, meetingId: string, priority: number) {
      authorize(actor, PROGRAMME_STAFF);
      const m = await loadVisibleMeeting(db, actor, meetingId);
      await db.transaction(async (tx) => {
        await store.updateMeeting(tx, meetingId, { priority, updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'events.meeting_prioritised', entityType: 'event_meeting', entityId: meetingId, orgId: null, before: { priority: m.meeting.priority }, after: { priority } });
      });
      return view(db, meetingId, actor);
    },

    /** On the day: either side or programme staff mark the meeting as started, then record its outcome. */
    async checkIn(actor: Actor, meetingId: string) {
      const m = await loadVisibleMeeting(db, actor, meetingId);
      authorize(actor, isProgramme(actor) ? PROGRAMME_STAFF : ORG_WRITE, { parties: [m.aOrgId, m.bOrgId] });
      if (m.meeting.status !== 'accepted' || !m.meeting.slotId) throw conflict('events.meeting_not_scheduled', 'Pertemuan ini belum dijadwalkan.');
      await db.transaction(async (tx) => {
        await store.updateMeeting(tx, meetingId, { checkedInAt: m.meeting.checkedInAt ?? clock.now(), updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'events.meeting_checked_in', entityType: 'event_meeting', entityId: meetingId, orgId: isProgramme(actor) ? null : actor.orgId });
      });
      return view(db, meetingId, actor);
    },

    async recordOutcome(actor: Actor, meetingId: string, input: { outcome: MeetingOutcome; note?: string | null }) {
      const m = await loadVisibleMeeting(db, actor, meetingId);
      authorize(actor, isProgramme(actor) ? PROGRAMME_STAFF : ORG_WRITE, { parties: [m.aOrgId, m.bOrgId] });
      if (m.meeting.status !== 'accepted') throw conflict('events.meeting_not_accepted', 'Hasil hanya dicatat untuk pertemuan yang disepakati.', { status: m.meeting.status });
      await db.transaction(async (tx) => {
        const now = clock.now();
        const after = await store.updateMeeting(tx, meetingId, { outcome: input.outcome, outcomeNote: input.note ?? null, outcomeAt: now, checkedInAt: input.outcome === 'no_show' ? m.meeting.checkedInAt : (m.meeting.checkedInAt ?? now), updatedAt: now });
        await audit.record(tx, actor, { action: 'events.meeting_outcome_recorded', entityType: 'event_meeting', entityId: meetingId, orgId: isProgramme(actor) ? null : actor.orgId, before: { outcome: m.meeting.outcome }, after: { outcome: after.outcome, note: after.outcomeNote } });
      });
      return view(db, meetingId, actor);
    },
  };
}
