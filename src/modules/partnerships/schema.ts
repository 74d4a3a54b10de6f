import { bytea } from '../../db/column-types';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';


/** Nota Kesepahaman between one buyer or mentor organisation (initiator) and one or many IKM. */
export const mous = pgTable(
  'mous',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    initiatorOrgId: uuid('initiator_org_id').notNull(),
    title: text('title').notNull(),
    scope: text('scope').notNull(),
    parts: jsonb('parts').$type<string[]>().notNull(),
    obligations: jsonb('obligations').$type<{ party: string; text: string }[]>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    /** Σ of the IKM parties' market access per year (denormalised for lists and KPIs). */
    totalMarketAccessPerYear: numeric('total_market_access_per_year', { precision: 20, scale: 0 }).notNull(),
    terminationReason: text('termination_reason'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mous_reference_uq').on(t.reference),
    index('mous_initiator_idx').on(t.initiatorOrgId, t.createdAt),
    index('mous_status_end_idx').on(t.status, t.endDate),
    check('mous_dates_check', sql`${t.endDate} > ${t.startDate}`),
    check('mous_status_check', sql`${t.status} in ('draft','sent','partially_signed','signed','active','expired','terminated')`),
  ],
);

/** Parties of an MoU (the initiator and each IKM) with their share, signatory and signature. */
export const mouParties = pgTable(
  'mou_parties',
  {
    mouId: uuid('mou_id').notNull().references(() => mous.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull(),
    role: text('role').notNull(),
    marketAccessPerYear: numeric('market_access_per_year', { precision: 20, scale: 0 }),
    signatoryName: text('signatory_name'),
    signatoryTitle: text('signatory_title'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedByUserId: uuid('signed_by_user_id'),
    signedByName: text('signed_by_name'),
    signedDocumentHash: text('signed_document_hash'),
    signIdempotencyKey: text('sign_idempotency_key'),
  },
  (t) => [
    primaryKey({ columns: [t.mouId, t.orgId] }),
    index('mou_parties_org_idx').on(t.orgId),
    uniqueIndex('mou_parties_sign_key_uq').on(t.mouId, t.signIdempotencyKey),
    check('mou_parties_role_check', sql`${t.role} in ('initiator','ikm')`),
    check('mou_parties_share_check', sql`${t.marketAccessPerYear} is null or ${t.marketAccessPerYear} >= 0`),
  ],
);

export const mouDocuments = pgTable(
  'mou_documents',
  {
    id: uuid('id').primaryKey(),
    mouId: uuid('mou_id').notNull().references(() => mous.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mou_documents_mou_idx').on(t.mouId)],
);

/** Renewal reminders already sent (one per MoU and threshold: the daily job may run again safely). */
export const mouReminders = pgTable(
  'mou_reminders',
  {
    mouId: uuid('mou_id').notNull().references(() => mous.id, { onDelete: 'cascade' }),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.mouId, t.daysBefore] })],
);

/** MOU-YYYY-NNNN numbering: one row per year, incremented in the creating transaction (gap-free, race-free). */
export const mouSequences = pgTable('mou_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
