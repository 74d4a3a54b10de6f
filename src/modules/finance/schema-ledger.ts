import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const money = (name: string) => numeric(name, { precision: 20, scale: 0, mode: 'string' });

/** Escrow (virtual) account per IKM × lender relationship. */
export const financeEscrowAccounts = pgTable(
  'finance_escrow_accounts',
  {
    id: uuid('id').primaryKey(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    lenderOrgId: uuid('lender_org_id').notNull(),
    accountNo: text('account_no').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('finance_escrow_ikm_lender_uq').on(t.ikmOrgId, t.lenderOrgId), uniqueIndex('finance_escrow_account_no_uq').on(t.accountNo)],
);

/** Akad kredit: the signed credit agreement. Terms are copied from the approved application and product. */
export const financeAkads = pgTable(
  'finance_akads',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    applicationId: uuid('application_id').notNull(),
    productId: uuid('product_id').notNull(),
    lenderOrgId: uuid('lender_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    escrowAccountId: uuid('escrow_account_id').notNull().references(() => financeEscrowAccounts.id),
    principal: money('principal').notNull(),
    annualRate: text('annual_rate').notNull(),
    method: text('method').notNull(),
    tenorMonths: integer('tenor_months'),
    repaidOn: date('repaid_on', { mode: 'string' }),
    graceMonths: integer('grace_months').notNull().default(0),
    penaltyRate: text('penalty_rate').notNull(),
    plannedDisbursementOn: date('planned_disbursement_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    lenderSignedAt: timestamp('lender_signed_at', { withTimezone: true }),
    lenderSignedBy: uuid('lender_signed_by'),
    ikmSignedAt: timestamp('ikm_signed_at', { withTimezone: true }),
    ikmSignedBy: uuid('ikm_signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    disbursedOn: date('disbursed_on', { mode: 'string' }),
    disbursedAt: timestamp('disbursed_at', { withTimezone: true }),
    disbursementAccount: text('disbursement_account'),
    currentVersion: integer('current_version').notNull().default(0),
    dpd: integer('dpd').notNull().default(0),
    collectibility: integer('collectibility').notNull().default(1),
    agedOn: date('aged_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('finance_akads_reference_uq').on(t.reference),
    uniqueIndex('finance_akads_application_uq').on(t.applicationId),
    index('finance_akads_lender_idx').on(t.lenderOrgId, t.status),
    index('finance_akads_ikm_buyer_idx').on(t.ikmOrgId, t.buyerOrgId),
    index('finance_akads_escrow_idx').on(t.escrowAccountId),
    check('finance_akads_status_check', sql`${t.status} in ('awaiting_signatures','signed','disbursed','repaid','written_off')`),
    check('finance_akads_collectibility_check', sql`${t.collectibility} between 1 and 5`),
  ],
);

/** Schedule versions: 1 is fixed at signing; restructurings and prepayments add versions, older ones stay as history. */
export const financeScheduleVersions = pgTable(
  'finance_schedule_versions',
  {
    id: uuid('id').primaryKey(),
    akadId: uuid('akad_id').notNull().references(() => financeAkads.id),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    terms: jsonb('terms').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('finance_schedule_versions_uq').on(t.akadId, t.version), check('finance_schedule_versions_reason_check', sql`${t.reason} in ('signing','restructuring','prepayment')`)],
);

/** Instalments of each schedule version, with what has been paid (a projection of the ledger, updated in the same transaction). */
export const financeInstalments = pgTable(
  'finance_instalments',
  {
    akadId: uuid('akad_id').notNull().references(() => financeAkads.id),
    version: integer('version').notNull(),
    no: integer('no').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    principalDue: money('principal_due').notNull(),
    interestDue: money('interest_due').notNull(),
    penaltyDue: money('penalty_due').notNull().default('0'),
    principalPaid: money('principal_paid').notNull().default('0'),
    interestPaid: money('interest_paid').notNull().default('0'),
    penaltyPaid: money('penalty_paid').notNull().default('0'),
    penaltyAccruedThrough: date('penalty_accrued_through', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.akadId, t.version, t.no] }),
    check(
      'finance_instalments_paid_check',
      sql`${t.principalPaid} between 0 and ${t.principalDue} and ${t.interestPaid} between 0 and ${t.interestDue} and ${t.penaltyPaid} between 0 and ${t.penaltyDue}`,
    ),
  ],
);

/** Payments into escrow (buyer invoice payments, IKM repayments and prepayments). Each is applied exactly once. */
export const financeEscrowPayments = pgTable(
  'finance_escrow_payments',
  {
    id: uuid('id').primaryKey(),
    escrowAccountId: uuid('escrow_account_id').notNull().references(() => financeEscrowAccounts.id),
    kind: text('kind').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    invoiceId: uuid('invoice_id'),
    /** The orders area's payment row this escrow payment applies (several partial payments of one invoice are allowed there). */
    sourcePaymentId: uuid('source_payment_id'),
    poId: uuid('po_id'),
    buyerOrgId: uuid('buyer_org_id'),
    akadId: uuid('akad_id'),
    amount: money('amount').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    toLender: money('to_lender'),
    toIkm: money('to_ikm'),
    allocations: jsonb('allocations'),
    reversedAt: timestamp('reversed_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('finance_escrow_payments_key_uq').on(t.idempotencyKey),
    // A payment recorded directly into escrow settles its invoice once; payments routed from orders are unique by their source payment.
    uniqueIndex('finance_escrow_payments_invoice_uq').on(t.invoiceId, t.escrowAccountId).where(sql`${t.invoiceId} is not null and ${t.sourcePaymentId} is null and ${t.reversedAt} is null`),
    uniqueIndex('finance_escrow_payments_source_uq').on(t.sourcePaymentId).where(sql`${t.sourcePaymentId} is not null and ${t.reversedAt} is null`),
    index('finance_escrow_payments_escrow_idx').on(t.escrowAccountId, t.createdAt),
    check('finance_escrow_payments_kind_check', sql`${t.kind} in ('buyer_invoice','repayment','prepayment')`),
    check('finance_escrow_payments_amount_check', sql`${t.amount} > 0`),
  ],
);

/** Journal entries of the append-only double-entry ledger (triggers reject UPDATE/DELETE; a deferred trigger checks balance). */
export const financeJournalEntries = pgTable(
  'finance_journal_entries',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    memo: text('memo').notNull(),
    lenderOrgId: uuid('lender_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    akadId: uuid('akad_id'),
    escrowAccountId: uuid('escrow_account_id'),
    paymentId: uuid('payment_id'),
    instalmentNo: integer('instalment_no'),
    reversesEntryId: uuid('reverses_entry_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('finance_journal_entries_akad_idx').on(t.akadId).where(sql`${t.akadId} is not null`),
    index('finance_journal_entries_payment_idx').on(t.paymentId).where(sql`${t.paymentId} is not null`),
    uniqueIndex('finance_journal_entries_reverses_uq').on(t.reversesEntryId).where(sql`${t.reversesEntryId} is not null`),
    check('finance_journal_entries_kind_check', sql`${t.kind} in ('disbursement','payment_received','allocation','settlement','release_to_ikm','penalty_accrual','write_off','reversal')`),
  ],
);

export const financeJournalLines = pgTable(
  'finance_journal_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The entry (no FK: the statement-level trigger of migration 0012 checks that it exists and balances). */
    entryId: uuid('entry_id').notNull(),
    account: text('account').notNull(),
    /** Debit positive, credit negative. */
    amount: money('amount').notNull(),
    lenderOrgId: uuid('lender_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    akadId: uuid('akad_id'),
    escrowAccountId: uuid('escrow_account_id'),
  },
  (t) => [
    index('finance_journal_lines_entry_idx').on(t.entryId),
    index('finance_journal_lines_akad_idx').on(t.akadId, t.account).where(sql`${t.akadId} is not null`),
    index('finance_journal_lines_escrow_idx').on(t.escrowAccountId, t.account).where(sql`${t.escrowAccountId} is not null`),
    check('finance_journal_lines_account_check', sql`${t.account} in ('escrow','loan_principal','penalty_receivable','interest_income','penalty_income','ikm_payable','lender_cash','write_off_expense')`),
    check('finance_journal_lines_amount_check', sql`${t.amount} <> 0`),
  ],
);

/** Idempotency of signing and disbursing: the first result of a key is returned on repeat. */
export const financeIdempotency = pgTable(
  'finance_idempotency',
  {
    key: text('key').primaryKey(),
    scope: text('scope').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
);

/** One row per business date the ageing job completed (a repeat run the same day accrues nothing more). */
export const financeAgeingRuns = pgTable('finance_ageing_runs', {
  asOf: date('as_of', { mode: 'string' }).primaryKey(),
  akads: integer('akads').notNull(),
  penaltyAccrued: money('penalty_accrued').notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
});
