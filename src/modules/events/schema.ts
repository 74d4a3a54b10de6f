import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid, date } from 'drizzle-orm/pg-core';
import { organisations } from '../../db/schema';

/** A Link & Match event (pameran dan temu bisnis) run by the programme office. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    venue: text('venue').notNull(),
    address: text('address'),
    provinceCode: text('province_code'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    sector: text('sector'),
    description: text('description'),
    tables: integer('tables').notNull(),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }).notNull(),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('draft'),
    organiserOrgId: uuid('organiser_org_id').notNull().references(() => organisations.id),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    scheduleScore: integer('schedule_score'),
    scheduleUpperBound: integer('schedule_upper_bound'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('events_status_check', sql`${t.status} in ('draft','published','closed')`),
    check('events_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('events_tables_check', sql`${t.tables} >= 1`),
    index('events_starts_idx').on(t.startsOn),
  ],
);

/** Time slots of the B2B meetings, in chronological order. */
export const eventSlots = pgTable(
  'event_slots',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('event_slots_event_position_uq').on(t.eventId, t.position)],
);

/** An organisation registered at an event, as exhibitor or visitor. */
export const eventParticipants = pgTable(
  'event_participants',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull().references(() => organisations.id),
    role: text('role').notNull(),
    status: text('status').notNull().default('registered'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    note: text('note'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    registeredBy: uuid('registered_by'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('event_participants_event_org_uq').on(t.eventId, t.orgId),
    check('event_participants_role_check', sql`${t.role} in ('exhibitor','visitor')`),
    check('event_participants_status_check', sql`${t.status} in ('registered','cancelled')`),
    index('event_participants_org_idx').on(t.orgId),
  ],
);

/** Slots in which a participant cannot meet anyone. */
export const eventUnavailability = pgTable(
  'event_unavailability',
  {
    participantId: uuid('participant_id').notNull().references(() => eventParticipants.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id').notNull().references(() => eventSlots.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.slotId] })],
);

/** Exhibition booths (stan pameran), each held by one exhibiting participant. */
export const eventBooths = pgTable(
  'event_booths',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    zone: text('zone'),
    participantId: uuid('participant_id').references(() => eventParticipants.id, { onDelete: 'set null' }),
    title: text('title'),
    description: text('description'),
    products: text('products').array().notNull().default(sql`'{}'::text[]`),
    sizeM2: real('size_m2'),
  },
  (t) => [uniqueIndex('event_booths_event_code_uq').on(t.eventId, t.code), uniqueIndex('event_booths_participant_uq').on(t.participantId)],
);

/**
 * Meeting requests and meetings (temu bisnis). Side a is the requester (or the first side named
 * by the programme); slot and table are set by the scheduler; a confirmed meeting stays put on
 * re-runs.
 */
export const eventMeetings = pgTable(
  'event_meetings',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    aParticipantId: uuid('a_participant_id').notNull().references(() => eventParticipants.id),
    bParticipantId: uuid('b_participant_id').notNull().references(() => eventParticipants.id),
    origin: text('origin').notNull(),
    needId: uuid('need_id'),
    message: text('message'),
    responseMessage: text('response_message'),
    status: text('status').notNull().default('requested'),
    priority: integer('priority').notNull().default(1),
    slotId: uuid('slot_id').references(() => eventSlots.id, { onDelete: 'set null' }),
    tableNo: integer('table_no'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    sequence: integer('sequence').notNull().default(0),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    requestedBy: uuid('requested_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('event_meetings_status_check', sql`${t.status} in ('requested','accepted','declined','cancelled')`),
    check('event_meetings_origin_check', sql`${t.origin} in ('request','programme')`),
    check('event_meetings_outcome_check', sql`${t.outcome} is null or ${t.outcome} in ('no_show','not_interested','interested','quotation_requested','mou_intended')`),
    check('event_meetings_priority_check', sql`${t.priority} between 1 and 10`),
    check('event_meetings_sides_check', sql`${t.aParticipantId} <> ${t.bParticipantId}`),
    index('event_meetings_event_status_idx').on(t.eventId, t.status),
    index('event_meetings_a_idx').on(t.aParticipantId),
    index('event_meetings_b_idx').on(t.bParticipantId),
    uniqueIndex('event_meetings_table_uq').on(t.slotId, t.tableNo),
  ],
);
