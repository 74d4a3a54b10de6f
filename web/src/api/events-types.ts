/**
 * Shapes of the events API (Link & Match: events, participants, booths, meetings, schedule, agenda, KPIs).
 * Dates arrive as ISO strings. Checked by hand against src/modules/events/http-schemas.ts and /api/openapi.json.
 */
export const EVENT_STATUSES = ['draft', 'published', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_OUTCOMES = ['no_show', 'not_interested', 'interested', 'quotation_requested', 'mou_intended'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export type ParticipantRole = 'exhibitor' | 'visitor';

export interface EventSlot {
  id: string;
  position: number;
  startsAt: string;
  endsAt: string;
  /** YYYY-MM-DD in WIB. */
  date: string;
  /** "09:00–09:30" in WIB. */
  label: string;
}

export interface LinkEvent {
  id: string;
  name: string;
  venue: string;
  address: string | null;
  provinceCode: string | null;
  lat: number | null;
  lng: number | null;
  startsOn: string;
  endsOn: string;
  sector: string | null;
  description: string | null;
  tables: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  status: EventStatus;
  schedule: { scheduledAt: string; score: number; upperBound: number } | null;
  slots: EventSlot[];
  participantCount: number | null;
}

export interface SlotPlanInput {
  dates: string[];
  from: string;
  to: string;
  minutes: number;
  gapMinutes?: number;
  breaks?: { from: string; to: string }[];
}

export interface EventInput {
  name: string;
  venue: string;
  address?: string | null;
  provinceCode?: string | null;
  startsOn: string;
  endsOn: string;
  sector?: string | null;
  description?: string | null;
  tables: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  slotPlan?: SlotPlanInput;
  publish?: boolean;
}

export interface Participant {
  id: string;
  eventId: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  role: ParticipantRole;
  status: 'registered' | 'cancelled';
  boothCode: string | null;
  checkedInAt: string | null;
  registeredAt: string;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

export interface Booth {
  id: string;
  eventId: string;
  code: string;
  zone: string | null;
  participantId: string | null;
  title: string | null;
  description: string | null;
  products: string[];
  sizeM2: number | null;
  orgId: string | null;
  orgName: string | null;
  orgKind: string | null;
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

export interface Exhibitor extends Participant {
  booth: { id: string; code: string; zone: string | null; title: string | null; description: string | null; products: string[] } | null;
}

export interface MeetingSide {
  participantId: string;
  orgId: string;
  orgName: string;
  orgKind: string;
}

export interface Meeting {
  id: string;
  eventId: string;
  status: MeetingStatus;
  origin: 'request' | 'programme';
  priority: number;
  message: string | null;
  responseMessage: string | null;
  need: { id: string; reference: string | null; partName: string | null } | null;
  a: MeetingSide;
  b: MeetingSide;
  /** For the caller: whether it asked (outgoing) or was asked (incoming); null for programme staff. */
  direction: 'outgoing' | 'incoming' | 'programme' | null;
  counterpart: MeetingSide | null;
  slot: { id: string; startsAt: string; endsAt: string; label: string } | null;
  tableNo: number | null;
  isConfirmed: boolean;
  checkedInAt: string | null;
  outcome: MeetingOutcome | null;
  outcomeNote: string | null;
  createdAt: string;
  respondedAt: string | null;
}

export interface AgendaMeeting extends Meeting {
  counterpartBooth: string | null;
}

export interface Agenda {
  participant: { id: string; orgId: string; orgName: string; boothCode: string | null };
  meetings: AgendaMeeting[];
}

export interface ScheduleRun {
  meetings: number;
  assigned: number;
  unassigned: number;
  fixed: number;
  moved: number;
  newlyConfirmed: number;
  score: number;
  upperBound: number;
  replanAll: boolean;
  unassignedMeetingIds: string[];
}

export interface TablePlan {
  tables: number;
  slots: {
    slotId: string;
    date: string;
    label: string;
    startsAt: string;
    tables: { tableNo: number; meetingId: string; a: string; b: string; priority: number; isConfirmed: boolean; checkedIn: boolean; outcome: MeetingOutcome | null }[];
  }[];
}

export interface EventKpis {
  participants: { total: number; byKind: Record<string, number>; exhibitors: number; checkedIn: number };
  requests: { total: number; pending: number; accepted: number; declined: number; cancelled: number; programmeAdded: number; acceptanceRate: number | null };
  meetings: { scheduled: number; confirmed: number; unscheduled: number; recorded: number; held: number; noShow: number; noShowRate: number | null };
  outcomes: Record<MeetingOutcome, number>;
  ikmMet: number;
  buyersMet: number;
  leads: number;
}

export interface Availability {
  participantId: string;
  unavailableSlotIds: string[];
  unscheduledMeetingIds?: string[];
}
