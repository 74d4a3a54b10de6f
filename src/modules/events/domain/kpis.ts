/**
 * KPIs of a Link & Match event from its participants and meetings (feeds the programme KPIs):
 * registrations, requests and their answers, scheduled and held meetings, outcomes.
 */
import type { MeetingOutcome, MeetingStatus } from './meetings';
import { MEETING_OUTCOMES } from './meetings';

export interface KpiParticipant {
  orgKind: string;
  role: 'exhibitor' | 'visitor';
  isCheckedIn: boolean;
}

export interface KpiMeeting {
  status: MeetingStatus;
  origin: 'request' | 'programme';
  isScheduled: boolean;
  isConfirmed: boolean;
  outcome: MeetingOutcome | null;
  ikmOrgId: string | null;
  buyerOrgId: string | null;
}

export interface EventKpis {
  participants: { total: number; byKind: Record<string, number>; exhibitors: number; checkedIn: number };
  requests: { total: number; pending: number; accepted: number; declined: number; cancelled: number; programmeAdded: number; acceptanceRate: number | null };
  meetings: { scheduled: number; confirmed: number; unscheduled: number; recorded: number; held: number; noShow: number; noShowRate: number | null };
  outcomes: Record<MeetingOutcome, number>;
  /** Distinct IKM and buyers that met at least once (outcome other than no-show). */
  ikmMet: number;
  buyersMet: number;
  /** Meetings that led to a quotation request or an intended MoU. */
  leads: number;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);

export function computeEventKpis(participants: KpiParticipant[], meetings: KpiMeeting[]): EventKpis {
  const byKind: Record<string, number> = {};
  for (const p of participants) byKind[p.orgKind] = (byKind[p.orgKind] ?? 0) + 1;
  const count = (s: MeetingStatus) => meetings.filter((m) => m.status === s).length;
  const answered = count('accepted') + count('declined');
  const accepted = meetings.filter((m) => m.status === 'accepted');
  const outcomes = Object.fromEntries(MEETING_OUTCOMES.map((o) => [o, 0])) as Record<MeetingOutcome, number>;
  const ikm = new Set<string>();
  const buyers = new Set<string>();
  for (const m of accepted) {
    if (!m.outcome) continue;
    outcomes[m.outcome] += 1;
    if (m.outcome === 'no_show') continue;
    if (m.ikmOrgId) ikm.add(m.ikmOrgId);
    if (m.buyerOrgId) buyers.add(m.buyerOrgId);
  }
  const recorded = accepted.filter((m) => m.outcome).length;
  const scheduled = accepted.filter((m) => m.isScheduled).length;
  return {
    participants: {
      total: participants.length,
      byKind,
      exhibitors: participants.filter((p) => p.role === 'exhibitor').length,
      checkedIn: participants.filter((p) => p.isCheckedIn).length,
    },
    requests: {
      total: meetings.length,
      pending: count('requested'),
      accepted: count('accepted'),
      declined: count('declined'),
      cancelled: count('cancelled'),
      programmeAdded: meetings.filter((m) => m.origin === 'programme').length,
      acceptanceRate: ratio(count('accepted'), answered),
    },
    meetings: {
      scheduled,
      confirmed: accepted.filter((m) => m.isScheduled && m.isConfirmed).length,
      unscheduled: accepted.length - scheduled,
      recorded,
      held: recorded - outcomes.no_show,
      noShow: outcomes.no_show,
      noShowRate: ratio(outcomes.no_show, recorded),
    },
    outcomes,
    ikmMet: ikm.size,
    buyersMet: buyers.size,
    leads: outcomes.quotation_requested + outcomes.mou_intended,
  };
}
