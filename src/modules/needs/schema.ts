import { bytea } from '../../db/column-types';
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../db/schema';

const money = (name: string) => numeric(name, { precision: 20, scale: 0 });

/**
 * Part needs (kebutuhan part / RFQ) posted by buyer organisations. Money is whole Rupiah.
 * Visibility: all verified IKM, invited IKM only, or the IKM registered at an event.
 */
export const partNeeds = pgTable(
  'part_needs',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull().references(() => organisations.id),
    partName: text('part_name').notNull(),
    partNumber: text('part_number'),
    category: text('category'),
    description: text('description'),
    sector: text('sector'),
    material: text('material'),
    processes: text('processes').array().notNull(),
    annualVolume: integer('annual_volume').notNull(),
    monthlyVolume: integer('monthly_volume').notNull(),
    unit: text('unit').notNull().default('pcs'),
    targetUnitPrice: money('target_unit_price'),
    /** Whether IKM see the target price and the imported part's cost (buyers often keep them internal). */
    showPrices: boolean('show_prices').notNull().default(false),
    requiredCertifications: text('required_certifications').array().notNull().default(sql`'{}'::text[]`),
    plantName: text('plant_name').notNull(),
    plantProvinceCode: text('plant_province_code').notNull(),
    plantRegencyCode: text('plant_regency_code'),
    plantLat: doublePrecision('plant_lat'),
    plantLng: doublePrecision('plant_lng'),
    startDate: date('start_date', { mode: 'string' }),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    replacesImport: boolean('replaces_import').notNull().default(false),
    importLandedCost: money('import_landed_cost'),
    importOriginCountry: text('import_origin_country'),
    visibility: text('visibility').notNull(),
    eventId: uuid('event_id'),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('part_needs_reference_uq').on(t.reference),
    check('part_needs_status_check', sql`${t.status} in ('draft','open','closed','cancelled')`),
    check('part_needs_visibility_check', sql`${t.visibility} in ('all_verified','invited','event')`),
    check('part_needs_event_check', sql`${t.visibility} <> 'event' or ${t.eventId} is not null`),
    check('part_needs_volume_check', sql`${t.annualVolume} > 0 and ${t.monthlyVolume} > 0`),
    index('part_needs_buyer_idx').on(t.buyerOrgId, t.createdAt),
    index('part_needs_status_deadline_idx').on(t.status, t.deadline),
    index('part_needs_processes_idx').using('gin', t.processes),
    index('part_needs_event_idx').on(t.eventId),
  ],
);

/** IKM invited to a need with visibility 'invited' (or invited in addition to it). */
export const needInvitations = pgTable(
  'need_invitations',
  {
    needId: uuid('need_id').notNull().references(() => partNeeds.id, { onDelete: 'cascade' }),
    ikmOrgId: uuid('ikm_org_id').notNull().references(() => organisations.id),
    invitedBy: uuid('invited_by'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.ikmOrgId] }), index('need_invitations_ikm_idx').on(t.ikmOrgId)],
);

/** An IKM's expression of interest in a need (minat). */
export const needInterests = pgTable(
  'need_interests',
  {
    needId: uuid('need_id').notNull().references(() => partNeeds.id, { onDelete: 'cascade' }),
    ikmOrgId: uuid('ikm_org_id').notNull().references(() => organisations.id),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.ikmOrgId] }), index('need_interests_ikm_idx').on(t.ikmOrgId)],
);

/** One quotation (penawaran harga) per IKM and need; resubmitting raises the revision. */
export const needQuotations = pgTable(
  'need_quotations',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    needId: uuid('need_id').notNull().references(() => partNeeds.id),
    ikmOrgId: uuid('ikm_org_id').notNull().references(() => organisations.id),
    unitPrice: money('unit_price').notNull(),
    toolingCost: money('tooling_cost').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    capacityPerMonth: integer('capacity_per_month').notNull(),
    notes: text('notes'),
    status: text('status').notNull().default('submitted'),
    revision: integer('revision').notNull().default(1),
    isShortlisted: boolean('is_shortlisted').notNull().default(false),
    shortlistedAt: timestamp('shortlisted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('need_quotations_need_ikm_uq').on(t.needId, t.ikmOrgId),
    uniqueIndex('need_quotations_reference_uq').on(t.reference),
    check('need_quotations_status_check', sql`${t.status} in ('submitted','withdrawn')`),
    index('need_quotations_ikm_idx').on(t.ikmOrgId, t.submittedAt),
  ],
);

/** Drawings, specifications and quotation attachments; the bytes live in need_file_contents. */
export const needFiles = pgTable(
  'need_files',
  {
    id: uuid('id').primaryKey(),
    needId: uuid('need_id').notNull().references(() => partNeeds.id, { onDelete: 'cascade' }),
    /** Null for the buyer's files of the need; set for a quotation's attachments. */
    quotationId: uuid('quotation_id').references(() => needQuotations.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    description: text('description'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('need_files_need_idx').on(t.needId, t.quotationId)],
);

export const needFileContents = pgTable('need_file_contents', {
  fileId: uuid('file_id').primaryKey().references(() => needFiles.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
});

/** Yearly counters of human references (RFQ-2026-000001, QUO-2026-000001). */
export const needSequences = pgTable(
  'need_sequences',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);
