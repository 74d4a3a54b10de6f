/**
 * Meeting requests of a Link & Match event (permintaan temu bisnis): rules for who may act on a
 * request, the outcomes of a meeting, and how accepted meetings become a scheduler instance.
 */
import { conflict, forbidden } from '../../../core/errors';
import type { FixedMeeting, ScheduleInstance, ScheduleResult } from './scheduler-types';

export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Outcome recorded on the day (hasil pertemuan). */
export const MEETING_OUTCOMES = ['no_show', 'not_interested', 'interested', 'quotation_requested', 'mou_intended'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<MeetingOutcome, { id: string; en: string }> = {
  no_show: { id: 'Tidak hadir', en: 'No-show' },
  not_interested: { id: 'Tidak berminat', en: 'Not interested' },
  interested: { id: 'Berminat', en: 'Interested' },
  quotation_requested: { id: 'Diminta penawaran harga', en: 'Quotation requested' },
  mou_intended: { id: 'Berniat menandatangani MoU', en: 'MoU intended' },
};

export type MeetingAction = 'accept' | 'decline' | 'cancel';

export interface MeetingSides {
  status: MeetingStatus;
  /** Organisation of the side that asked (or null when the programme added the meeting). */
  requesterOrgId: string | null;
  aOrgId: string;
  bOrgId: string;
}

/**
 * Checks that `orgId` may take `action` on a meeting: the side that did not ask accepts or
 * declines a pending request; either side (or the programme) cancels a pending or accepted one.
 */
export function assertMeetingAction(m: MeetingSides, action: MeetingAction, orgId: string, isProgramme: boolean): MeetingStatus {
  const isSide = orgId === m.aOrgId || orgId === m.bOrgId;
  if (action === 'cancel') {
    if (!isSide && !isProgramme) throw forbidden();
    if (m.status !== 'requested' && m.status !== 'accepted') throw conflict('events.meeting_not_active', 'Pertemuan ini sudah ditolak atau dibatalkan.', { status: m.status });
    return 'cancelled';
  }
  if (m.status !== 'requested') throw conflict('events.meeting_not_pending', 'Permintaan ini sudah dijawab.', { status: m.status });
  const responder = m.requesterOrgId === m.aOrgId ? m.bOrgId : m.aOrgId;
  if (orgId !== responder && !isProgramme) throw forbidden('events.meeting_not_recipient', 'Hanya pihak yang diminta yang dapat menerima atau menolak permintaan ini.');
  return action === 'accept' ? 'accepted' : 'declined';
}

export interface PlanParticipant {
  id: string;
  unavailableSlotIds: string[];
}

export interface PlanMeeting {
  id: string;
  aParticipantId: string;
  bParticipantId: string;
  priority: number;
  slotId: string | null;
  tableNo: number | null;
  /** Confirmed to the participants: stays where it is on re-runs (unless re-planning all). */
  isConfirmed: boolean;
}

/**
 * The scheduler instance for an event's accepted meetings. Confirmed meetings are fixed unless
 * `replanAll`; participants without meetings are left out.
 */
export function buildScheduleInstance(slotIds: string[], tables: number, participants: PlanParticipant[], meetings: PlanMeeting[], replanAll: boolean): ScheduleInstance {
  const used = new Set(meetings.flatMap((m) => [m.aParticipantId, m.bParticipantId]));
  const fixed: FixedMeeting[] = replanAll
    ? []
    : meetings.filter((m) => m.isConfirmed && m.slotId && m.tableNo).map((m) => ({ meeting: m.id, slot: m.slotId!, table: m.tableNo! }));
  return {
    slots: slotIds,
    tables,
    participants: participants.filter((p) => used.has(p.id)).map((p) => ({ id: p.id, unavailable: p.unavailableSlotIds.filter((s) => slotIds.includes(s)) })),
    meetings: meetings.map((m) => ({ id: m.id, a: m.aParticipantId, b: m.bParticipantId, priority: m.priority })),
    fixed,
  };
}

export interface PlacementChange {
  meetingId: string;
  slotId: string | null;
  tableNo: number | null;
}

/** What changes after a scheduler run: only meetings whose place changed (they lose their confirmation). */
export function placementChanges(meetings: PlanMeeting[], result: ScheduleResult): PlacementChange[] {
  const placed = new Map(result.assigned.map((a) => [a.meeting, a]));
  const changes: PlacementChange[] = [];
  for (const m of meetings) {
    const a = placed.get(m.id);
    const slotId = a?.slot ?? null;
    const tableNo = a?.table ?? null;
    if (slotId === m.slotId && tableNo === m.tableNo) continue;
    changes.push({ meetingId: m.id, slotId, tableNo });
  }
  return changes;
}
