import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export * from './schema-ledger';

const money = (name: string) => numeric(name, { precision: 20, scale: 0, mode: 'string' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull();

/** Credit products (produk kredit) a lender offers. Rates and the financeable share are percent decimal strings. */
export const financeProducts = pgTable(
  'finance_products',
  {
    id: uuid('id').primaryKey(),
    lenderOrgId: uuid('lender_org_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    method: text('method').notNull(),
    annualRate: text('annual_rate').notNull(),
    minTenorMonths: integer('min_tenor_months').notNull(),
    maxTenorMonths: integer('max_tenor_months').notNull(),
    minAmount: money('min_amount').notNull(),
    maxAmount: money('max_amount').notNull(),
    financeableShare: text('financeable_share').notNull(),
    penaltyRate: text('penalty_rate').notNull(),
    graceMonths: integer('grace_months').notNull().default(0),
    requiredDocuments: text('required_documents').array().notNull().default(sql`'{}'::text[]`),
    description: text('description'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('finance_products_lender_code_uq').on(t.lenderOrgId, t.code),
    check('finance_products_kind_check', sql`${t.kind} in ('instalment','bullet')`),
    check('finance_products_method_check', sql`${t.method} in ('annuity','declining','flat','bullet')`),
    check('finance_products_amount_check', sql`${t.minAmount} > 0 and ${t.minAmount} <= ${t.maxAmount}`),
  ],
);

/** Per-year reference sequences (AKAD-2026-0010, KRD-2026-000001): one row per name and year, incremented atomically. */
export const financeSequences = pgTable(
  'finance_sequences',
  { name: text('name').notNull(), year: integer('year').notNull(), last: integer('last').notNull() },
  (t) => [primaryKey({ columns: [t.name, t.year] })],
);

/** Credit applications (pengajuan kredit) by an IKM to a lender's product. */
export const financeApplications = pgTable(
  'finance_applications',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    productId: uuid('product_id').notNull().references(() => financeProducts.id),
    lenderOrgId: uuid('lender_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    amount: money('amount').notNull(),
    tenorMonths: integer('tenor_months'),
    repaidOn: date('repaid_on', { mode: 'string' }),
    graceMonths: integer('grace_months').notNull().default(0),
    purpose: text('purpose').notNull(),
    documents: jsonb('documents').$type<{ kind: string; name: string; url?: string | null }[]>().notNull(),
    status: text('status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decisionReasons: text('decision_reasons').array(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('finance_applications_reference_uq').on(t.reference),
    index('finance_applications_lender_idx').on(t.lenderOrgId, t.status),
    index('finance_applications_ikm_idx').on(t.ikmOrgId, t.status),
    check('finance_applications_status_check', sql`${t.status} in ('draft','submitted','approved','rejected','withdrawn','contracted')`),
    check('finance_applications_amount_check', sql`${t.amount} > 0`),
  ],
);

/** What backs an application: POs and MoUs by id (owned by the orders and partnerships areas), confirmed by their buyer. */
export const financeUnderlyings = pgTable(
  'finance_underlyings',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => financeApplications.id),
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    reference: text('reference').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    value: money('value').notNull(),
    financedAmount: money('financed_amount').notNull(),
    confirmation: text('confirmation').notNull().default('pending'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    confirmationNote: text('confirmation_note'),
  },
  (t) => [
    uniqueIndex('finance_underlyings_app_ref_uq').on(t.applicationId, t.kind, t.refId),
    index('finance_underlyings_ref_idx').on(t.kind, t.refId),
    index('finance_underlyings_buyer_idx').on(t.buyerOrgId),
    check('finance_underlyings_kind_check', sql`${t.kind} in ('po','mou')`),
    check('finance_underlyings_confirmation_check', sql`${t.confirmation} in ('pending','confirmed','rejected')`),
    check('finance_underlyings_amount_check', sql`${t.financedAmount} >= 0`),
  ],
);

/**
 * No double financing: one row per financed PO holding the amount reserved by live applications.
 * Reservations lock this row (SELECT … FOR UPDATE) and the check keeps the total within the PO value.
 */
export const financePoReservations = pgTable(
  'finance_po_reservations',
  {
    poId: uuid('po_id').primaryKey(),
    poValue: money('po_value').notNull(),
    reserved: money('reserved').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('finance_po_reservations_within_check', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.poValue}`)],
);

/** The lender analyst's review: checklist, the IKM's scorecard and mentoring level when known, existing exposure. */
export const financeReviews = pgTable(
  'finance_reviews',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull().references(() => financeApplications.id),
    analystUserId: uuid('analyst_user_id'),
    checklist: jsonb('checklist').$type<{ item: string; ok: boolean; note?: string | null }[]>().notNull(),
    scorecard: jsonb('scorecard'),
    mentoringLevel: text('mentoring_level'),
    exposureWithLender: money('exposure_with_lender').notNull(),
    exposureTotal: money('exposure_total').notNull(),
    recommendation: text('recommendation').notNull(),
    notes: text('notes'),
    reviewedAt: createdAt(),
  },
  (t) => [index('finance_reviews_app_idx').on(t.applicationId, t.reviewedAt)],
);
