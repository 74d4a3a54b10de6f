import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { eventNotFound, loadOwnParticipant, loadVisibleEvent, participantNotFound, PROGRAMME_STAFF, READ } from './access';
import { renderAgendaPdf } from './agenda-pdf';
import { buildIcs } from './domain/ics';
import { computeEventKpis, type KpiMeeting } from './domain/kpis';
import { buildScheduleInstance, OUTCOME_LABELS, placementChanges, type MeetingOutcome, type MeetingStatus, type PlanMeeting } from './domain/meetings';
import { scheduleMeetings } from './domain/scheduler';
import { wibDate, wibTime } from './domain/slots';
import { meetingView, type NeedPort } from './meeting-service';
import * as store from './store';

export interface ScheduleOptions {
  /** Move confirmed meetings too (default false: confirmed meetings stay where they are). */
  replanAll?: boolean;
  /** Confirm every placed meeting to the participants after the run. */
  confirm?: boolean;
}

export type ScheduleService = ReturnType<typeof createScheduleService>;

/** KPIs of an event from its rows (also used by the programme area through the index). */
export async function eventKpis(x: Executor, eventId: string) {
  const participants = await store.listParticipants(x, eventId);
  const meetings = await store.listMeetings(x, eventId);
  const kpiMeetings: KpiMeeting[] = meetings.map((m) => ({
    status: m.meeting.status as MeetingStatus,
    origin: m.meeting.origin as 'request' | 'programme',
    isScheduled: m.meeting.slotId !== null,
    isConfirmed: m.meeting.confirmedAt !== null,
    outcome: m.meeting.outcome as MeetingOutcome | null,
    ikmOrgId: m.aOrgKind === 'ikm' ? m.aOrgId : m.bOrgKind === 'ikm' ? m.bOrgId : null,
    buyerOrgId: m.aOrgKind === 'buyer' ? m.aOrgId : m.bOrgKind === 'buyer' ? m.bOrgId : null,
  }));
  return computeEventKpis(
    participants.map((p) => ({ orgKind: p.orgKind, role: p.participant.role as 'exhibitor' | 'visitor', isCheckedIn: p.participant.checkedInAt !== null })),
    kpiMeetings,
  );
}

export function createScheduleService(deps: Deps, audit: AuditService, needPort: () => NeedPort) {
  const { db, clock } = deps;

  async function agendaOf(actor: Actor, eventId: string, participantId?: string) {
    const ev = await loadVisibleEvent(db, actor, eventId);
    let pid = participantId;
    if (!pid) {
      const own = await store.findParticipantByOrg(db, eventId, actor.orgId);
      if (!own || own.status !== 'registered') throw participantNotFound('me');
      pid = own.id;
    }
    const p = await loadOwnParticipant(db, actor, eventId, pid, READ);
    const rows = await store.listMeetings(db, eventId, { participantId: pid, status: 'accepted' });
    const needs = await needPort().describeNeeds(db, [...new Set(rows.map((r) => r.meeting.needId).filter((x): x is string => !!x))]);
    const booths = new Map((await store.listBooths(db, eventId)).filter((b) => b.orgId).map((b) => [b.orgId!, b.booth.code]));
    const meetings = rows.map((r) => {
      const v = meetingView(r, p.participant.orgId, needs);
      return { ...v, counterpartBooth: v.counterpart ? (booths.get(v.counterpart.orgId) ?? null) : null };
    });
    return { event: ev, participant: { id: p.participant.id, orgId: p.participant.orgId, orgName: p.orgName, boothCode: p.boothCode ?? null }, meetings };
  }

  return {
    async schedule(actor: Actor, eventId: string, opts: ScheduleOptions) {
      authorize(actor, PROGRAMME_STAFF);
      return db.transaction(async (tx) => {
        const ev = await store.lockEvent(tx, eventId);
        if (!ev) throw eventNotFound(eventId);
        const slots = await store.listSlots(tx, eventId);
        const participants = await store.listParticipants(tx, eventId);
        const registered = new Set(participants.map((p) => p.participant.id));
        const unavailable = new Map<string, string[]>();
        for (const u of await store.unavailabilityOfEvent(tx, eventId)) unavailable.set(u.participantId, [...(unavailable.get(u.participantId) ?? []), u.slotId]);
        const rows = (await store.listMeetings(tx, eventId, { status: 'accepted' })).filter((m) => registered.has(m.meeting.aParticipantId) && registered.has(m.meeting.bParticipantId));
        const plan: PlanMeeting[] = rows.map((m) => ({ id: m.meeting.id, aParticipantId: m.meeting.aParticipantId, bParticipantId: m.meeting.bParticipantId, priority: m.meeting.priority, slotId: m.meeting.slotId, tableNo: m.meeting.tableNo, isConfirmed: m.meeting.confirmedAt !== null }));
        const instance = buildScheduleInstance(
          slots.map((s) => s.id),
          ev.tables,
          participants.map((p) => ({ id: p.participant.id, unavailableSlotIds: unavailable.get(p.participant.id) ?? [] })),
          plan,
          opts.replanAll ?? false,
        );
        const result = scheduleMeetings(instance);
        const changes = placementChanges(plan, result);
        const now = clock.now();
        await store.clearPlacements(tx, changes.map((c) => c.meetingId));
        const byId = new Map(rows.map((r) => [r.meeting.id, r.meeting]));
        for (const c of changes) {
          const before = byId.get(c.meetingId)!;
          await store.updateMeeting(tx, c.meetingId, { slotId: c.slotId, tableNo: c.tableNo, confirmedAt: null, sequence: before.slotId ? before.sequence + 1 : before.sequence, updatedAt: now });
        }
        let confirmed = 0;
        if (opts.confirm) {
          for (const a of result.assigned) {
            const before = byId.get(a.meeting)!;
            const moved = changes.some((c) => c.meetingId === a.meeting);
            if (before.confirmedAt && !moved) continue;
            await store.updateMeeting(tx, a.meeting, { confirmedAt: now });
            confirmed++;
          }
        }
        await store.updateEvent(tx, eventId, { scheduledAt: now, scheduleScore: result.score, scheduleUpperBound: result.upperBound, updatedAt: now });
        const summary = {
          meetings: plan.length,
          assigned: result.assigned.length,
          unassigned: result.unassigned.length,
          fixed: instance.fixed?.length ?? 0,
          moved: changes.filter((c) => byId.get(c.meetingId)!.slotId !== null).length,
          newlyConfirmed: confirmed,
          score: result.score,
          upperBound: result.upperBound,
          replanAll: opts.replanAll ?? false,
        };
        await audit.record(tx, actor, { action: 'events.schedule_run', entityType: 'event', entityId: eventId, orgId: ev.organiserOrgId, after: summary });
        return { ...summary, unassignedMeetingIds: result.unassigned };
      });
    },

    /** Confirms every placed, unconfirmed meeting (they then stay put on later runs). */
    async confirm(actor: Actor, eventId: string) {
      authorize(actor, PROGRAMME_STAFF);
      if (!(await store.findEvent(db, eventId))) throw eventNotFound(eventId);
      return db.transaction(async (tx) => {
        const now = clock.now();
        let n = 0;
        for (const m of await store.listMeetings(tx, eventId, { status: 'accepted', scheduledOnly: true })) {
          if (m.meeting.confirmedAt) continue;
          await store.updateMeeting(tx, m.meeting.id, { confirmedAt: now });
          n++;
        }
        await audit.record(tx, actor, { action: 'events.schedule_confirmed', entityType: 'event', entityId: eventId, orgId: null, after: { confirmed: n } });
        return { confirmed: n };
      });
    },

    async agenda(actor: Actor, eventId: string, participantId?: string) {
      const a = await agendaOf(actor, eventId, participantId);
      return { participant: a.participant, meetings: a.meetings };
    },

    async agendaIcs(actor: Actor, eventId: string, participantId?: string) {
      const a = await agendaOf(actor, eventId, participantId);
      const events = a.meetings
        .filter((m) => m.slot)
        .map((m) => ({
          uid: `${m.id}@lingkar`,
          startsAt: m.slot!.startsAt,
          endsAt: m.slot!.endsAt,
          sequence: 0,
          summary: `Temu bisnis: ${m.counterpart?.orgName ?? ''}${m.tableNo ? ` — meja ${m.tableNo}` : ''}`,
          location: `${a.event.venue}${m.tableNo ? `, meja ${m.tableNo}` : ''}`,
          description: [m.need?.partName ? `Kebutuhan: ${m.need.partName}` : null, m.message, m.isConfirmed ? null : 'Jadwal belum dikonfirmasi.'].filter(Boolean).join('\n'),
        }));
      return buildIcs(`${a.event.name} — ${a.participant.orgName}`, events, clock.now());
    },

    async agendaPdf(actor: Actor, eventId: string, participantId?: string) {
      const a = await agendaOf(actor, eventId, participantId);
      return renderAgendaPdf({
        eventName: a.event.name,
        venue: a.event.venue,
        dates: a.event.startsOn === a.event.endsOn ? a.event.startsOn : `${a.event.startsOn} s.d. ${a.event.endsOn}`,
        participantName: a.participant.orgName,
        boothCode: a.participant.boothCode,
        generatedAt: `${wibDate(clock.now())} ${wibTime(clock.now())} WIB`,
        entries: a.meetings.map((m) => ({
          date: m.slot ? wibDate(m.slot.startsAt) : '–',
          time: m.slot?.label ?? 'belum dijadwalkan',
          tableNo: m.tableNo,
          counterpart: m.counterpart?.orgName ?? '',
          counterpartBooth: m.counterpartBooth,
          topic: m.need?.partName ?? null,
          status: m.outcome ? OUTCOME_LABELS[m.outcome].id : m.isConfirmed ? '' : 'belum dikonfirmasi',
        })),
      });
    },

    /** Tables per slot for the organisers (denah meja). */
    async tablePlan(actor: Actor, eventId: string) {
      authorize(actor, PROGRAMME_STAFF);
      const ev = await store.findEvent(db, eventId);
      if (!ev) throw eventNotFound(eventId);
      const slots = await store.listSlots(db, eventId);
      const meetings = await store.listMeetings(db, eventId, { status: 'accepted', scheduledOnly: true });
      return {
        tables: ev.tables,
        slots: slots.map((s) => ({
          slotId: s.id,
          date: wibDate(s.startsAt),
          label: `${wibTime(s.startsAt)}–${wibTime(s.endsAt)}`,
          startsAt: s.startsAt,
          tables: meetings
            .filter((m) => m.meeting.slotId === s.id)
            .map((m) => ({ tableNo: m.meeting.tableNo!, meetingId: m.meeting.id, a: m.aOrgName, b: m.bOrgName, priority: m.meeting.priority, isConfirmed: m.meeting.confirmedAt !== null, checkedIn: m.meeting.checkedInAt !== null, outcome: m.meeting.outcome as MeetingOutcome | null })),
        })),
      };
    },

    async kpis(actor: Actor, eventId: string) {
      await loadVisibleEvent(db, actor, eventId);
      return eventKpis(db, eventId);
    },
  };
}
