/** zod request/response schemas of the events API (shared by routes.ts and meeting-routes.ts). */
import { z } from 'zod';
import { isoDate } from '../../core/validation';
import { MEETING_OUTCOMES, MEETING_STATUSES } from './domain/meetings';

export const dateTime = z.iso.datetime({ offset: true, message: 'harus tanggal-waktu ISO 8601, mis. 2022-11-01T09:00:00+07:00' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'harus berformat JJ:MM');

export const slotPlanBody = z.object({
  dates: z.array(isoDate).min(1).max(31),
  from: hhmm,
  to: hhmm,
  minutes: z.number().int().min(5).max(240),
  gapMinutes: z.number().int().min(0).max(120).optional(),
  breaks: z.array(z.object({ from: hhmm, to: hhmm })).max(10).optional(),
});

const eventFields = {
  name: z.string().trim().min(3).max(300),
  venue: z.string().trim().min(2).max(300),
  address: z.string().trim().max(500).nullish(),
  provinceCode: z.string().regex(/^\d{2}$/).nullish(),
  lat: z.number().min(-11.2).max(6.2).nullish(),
  lng: z.number().min(94.7).max(141.2).nullish(),
  startsOn: isoDate,
  endsOn: isoDate,
  sector: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'kunci sektor huruf kecil, mis. alat_angkut').nullish(),
  description: z.string().max(5000).nullish(),
  tables: z.number().int().min(1).max(5000),
  registrationOpensAt: dateTime,
  registrationClosesAt: dateTime,
  slots: z.array(z.object({ startsAt: dateTime, endsAt: dateTime })).max(500).optional(),
  slotPlan: slotPlanBody.optional(),
};

export const createEventBody = z.object({ ...eventFields, publish: z.boolean().optional() }).refine((b) => !!b.slots !== !!b.slotPlan, { message: 'isi salah satu: slots atau slotPlan', path: ['slots'] });
export const updateEventBody = z.object({ ...eventFields, status: z.enum(['draft', 'published', 'closed']) }).partial();

export const slotBody = z.object({ id: z.string(), position: z.number().int(), startsAt: z.date(), endsAt: z.date(), date: z.string(), label: z.string() });
export const eventBody = z.object({
  id: z.string(),
  name: z.string(),
  venue: z.string(),
  address: z.string().nullable(),
  provinceCode: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  sector: z.string().nullable(),
  description: z.string().nullable(),
  tables: z.number().int(),
  registrationOpensAt: z.date(),
  registrationClosesAt: z.date(),
  status: z.enum(['draft', 'published', 'closed']),
  schedule: z.object({ scheduledAt: z.date(), score: z.number(), upperBound: z.number() }).nullable(),
  slots: z.array(slotBody),
  participantCount: z.number().int().nullable(),
});

export const participantBody = z.object({
  id: z.string(),
  eventId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  role: z.enum(['exhibitor', 'visitor']),
  status: z.enum(['registered', 'cancelled']),
  boothCode: z.string().nullable(),
  checkedInAt: z.date().nullable(),
  registeredAt: z.date(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});

export const registerBody = z.object({
  orgId: z.uuid().optional(),
  role: z.enum(['exhibitor', 'visitor']),
  contactName: z.string().trim().max(200).nullish(),
  contactEmail: z.email().max(254).nullish(),
  contactPhone: z.string().trim().max(40).nullish(),
  note: z.string().max(2000).nullish(),
});

export const boothBody = z.object({
  id: z.string(),
  eventId: z.string(),
  code: z.string(),
  zone: z.string().nullable(),
  participantId: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  products: z.array(z.string()),
  sizeM2: z.number().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  orgKind: z.string().nullable(),
});

export const boothInput = z.object({
  code: z.string().trim().min(1).max(20),
  zone: z.string().trim().max(100).nullish(),
  participantId: z.uuid().nullish(),
  title: z.string().trim().max(200).nullish(),
  description: z.string().max(2000).nullish(),
  products: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  sizeM2: z.number().positive().max(10_000).nullish(),
});

export const exhibitorBody = participantBody.extend({
  booth: z.object({ id: z.string(), code: z.string(), zone: z.string().nullable(), title: z.string().nullable(), description: z.string().nullable(), products: z.array(z.string()) }).nullable(),
});

const side = z.object({ participantId: z.string(), orgId: z.string(), orgName: z.string(), orgKind: z.string() });
export const meetingBody = z.object({
  id: z.string(),
  eventId: z.string(),
  status: z.enum(MEETING_STATUSES),
  origin: z.enum(['request', 'programme']),
  priority: z.number().int(),
  message: z.string().nullable(),
  responseMessage: z.string().nullable(),
  need: z.object({ id: z.string(), reference: z.string().nullable(), partName: z.string().nullable() }).nullable(),
  a: side,
  b: side,
  direction: z.enum(['outgoing', 'incoming', 'programme']).nullable(),
  counterpart: side.nullable(),
  slot: z.object({ id: z.string(), startsAt: z.date(), endsAt: z.date(), label: z.string() }).nullable(),
  tableNo: z.number().int().nullable(),
  isConfirmed: z.boolean(),
  checkedInAt: z.date().nullable(),
  outcome: z.enum(MEETING_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: z.date(),
  respondedAt: z.date().nullable(),
});

export const meetingRequestBody = z.object({ toParticipantId: z.uuid(), message: z.string().trim().max(2000).nullish(), needId: z.uuid().nullish() });
export const priorityMeetingBody = z.object({ aParticipantId: z.uuid(), bParticipantId: z.uuid(), priority: z.number().int().min(1).max(10).default(3), message: z.string().trim().max(2000).nullish(), needId: z.uuid().nullish() });
export const meetingStatusQuery = z.object({ status: z.enum(MEETING_STATUSES).optional(), participantId: z.uuid().optional() });
export const outcomeBody = z.object({ outcome: z.enum(MEETING_OUTCOMES), note: z.string().trim().max(2000).nullish() });

export const scheduleRunBody = z.object({
  meetings: z.number().int(),
  assigned: z.number().int(),
  unassigned: z.number().int(),
  fixed: z.number().int(),
  moved: z.number().int(),
  newlyConfirmed: z.number().int(),
  score: z.number(),
  upperBound: z.number(),
  replanAll: z.boolean(),
  unassignedMeetingIds: z.array(z.string()),
});

export const agendaBody = z.object({
  participant: z.object({ id: z.string(), orgId: z.string(), orgName: z.string(), boothCode: z.string().nullable() }),
  meetings: z.array(meetingBody.extend({ counterpartBooth: z.string().nullable() })),
});

export const tablePlanBody = z.object({
  tables: z.number().int(),
  slots: z.array(
    z.object({
      slotId: z.string(),
      date: z.string(),
      label: z.string(),
      startsAt: z.date(),
      tables: z.array(z.object({ tableNo: z.number().int(), meetingId: z.string(), a: z.string(), b: z.string(), priority: z.number().int(), isConfirmed: z.boolean(), checkedIn: z.boolean(), outcome: z.enum(MEETING_OUTCOMES).nullable() })),
    }),
  ),
});

const count = z.number().int();
export const kpiBody = z.object({
  participants: z.object({ total: count, byKind: z.record(z.string(), count), exhibitors: count, checkedIn: count }),
  requests: z.object({ total: count, pending: count, accepted: count, declined: count, cancelled: count, programmeAdded: count, acceptanceRate: z.number().nullable() }),
  meetings: z.object({ scheduled: count, confirmed: count, unscheduled: count, recorded: count, held: count, noShow: count, noShowRate: z.number().nullable() }),
  outcomes: z.record(z.enum(MEETING_OUTCOMES), count),
  ikmMet: count,
  buyersMet: count,
  leads: count,
});
