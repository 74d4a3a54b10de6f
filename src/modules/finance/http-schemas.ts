/** zod request/response schemas of the finance HTTP API. Money is whole Rupiah as digit strings. */
import { z } from 'zod';
import { isoDate, rateString, rupiahString } from '../../core/validation';
import { ACCOUNTS } from './domain/ledger';
import { LOAN_METHODS } from './domain/loan-schedule';
import { AKAD_STATUSES, APPLICATION_STATUSES, PIPELINE_STAGES } from './domain/pipeline';
import { PRODUCT_KINDS } from './domain/product-rules';

/** Deep copy with every bigint as its digit string (the JSON form of money). */
export function jsonify<T>(value: T): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map(jsonify);
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, jsonify(v)]));
}

export const money = z.string().describe('whole Rupiah, digits');
const text = (max: number) => z.string().trim().min(1).max(max);
const uuid = z.string().uuid();

export const productInput = z.object({
  code: z.string().trim().regex(/^[A-Z0-9-]{2,30}$/, 'use 2–30 capital letters, digits or dashes'),
  name: text(200),
  kind: z.enum(PRODUCT_KINDS),
  method: z.enum(LOAN_METHODS),
  annualRate: rateString.describe('percent per year, e.g. "6" or "10.5"'),
  minTenorMonths: z.number().int().min(1).max(360),
  maxTenorMonths: z.number().int().min(1).max(360),
  minAmount: rupiahString,
  maxAmount: rupiahString,
  financeableShare: rateString.describe('percent of a PO value that may be financed, e.g. "80"'),
  penaltyRate: rateString.describe('percent per year on overdue principal and interest'),
  graceMonths: z.number().int().min(0).max(60).default(0),
  requiredDocuments: z.array(text(100)).max(30).default([]),
  description: z.string().max(2000).nullish(),
});
export const productPatch = productInput.omit({ code: true }).partial().extend({ isActive: z.boolean().optional() });

export const product = z.object({
  id: z.string(),
  lenderOrgId: z.string(),
  lenderName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  method: z.enum(LOAN_METHODS),
  annualRate: z.string(),
  minTenorMonths: z.number(),
  maxTenorMonths: z.number(),
  minAmount: money,
  maxAmount: money,
  financeableShare: z.string(),
  penaltyRate: z.string(),
  graceMonths: z.number(),
  requiredDocuments: z.array(z.string()),
  description: z.string().nullable(),
  isActive: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const applicationInput = z.object({
  productId: uuid,
  amount: rupiahString,
  tenorMonths: z.number().int().min(1).max(360).nullish(),
  repaidOn: isoDate.nullish().describe('bullet (PO financing) only: the repayment date'),
  graceMonths: z.number().int().min(0).max(60).nullish(),
  purpose: text(2000),
  documents: z.array(z.object({ kind: text(100), name: text(300), url: z.string().max(2000).nullish() })).max(50).default([]),
  underlyings: z.array(z.object({ kind: z.enum(['po', 'mou']), id: uuid, amount: rupiahString.nullish().describe('part of the amount this backing carries; default: filled in order') })).min(1).max(20),
});

const underlying = z.object({
  id: z.string(),
  kind: z.enum(['po', 'mou']),
  refId: z.string(),
  reference: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  value: money,
  financedAmount: money,
  confirmation: z.enum(['pending', 'confirmed', 'rejected']),
  confirmedAt: z.date().nullable(),
  confirmationNote: z.string().nullable(),
});

const review = z.object({
  id: z.string(),
  analystUserId: z.string().nullable(),
  checklist: z.array(z.object({ item: z.string(), ok: z.boolean(), note: z.string().nullish() })),
  scorecard: z.unknown(),
  mentoringLevel: z.string().nullable(),
  exposureWithLender: money,
  exposureTotal: money,
  recommendation: z.string(),
  notes: z.string().nullable(),
  reviewedAt: z.date(),
});

const akadRef = z.object({ id: z.string(), reference: z.string(), status: z.enum(AKAD_STATUSES) });

export const applicationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  productId: z.string(),
  lenderOrgId: z.string(),
  lenderName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  amount: money,
  tenorMonths: z.number().nullable(),
  repaidOn: z.string().nullable(),
  graceMonths: z.number(),
  purpose: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  stage: z.enum(PIPELINE_STAGES),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  decisionReasons: z.array(z.string()).nullable(),
  createdAt: z.date(),
  akad: akadRef.nullable(),
});

export const application = applicationSummary.extend({
  documents: z.array(z.object({ kind: z.string(), name: z.string(), url: z.string().nullish() })),
  underlyings: z.array(underlying),
  review: review.nullable(),
});

export const reviewInput = z.object({
  checklist: z.array(z.object({ item: text(300), ok: z.boolean(), note: z.string().max(2000).nullish() })).min(1).max(50),
  recommendation: z.enum(['approve', 'reject']),
  notes: z.string().max(5000).nullish(),
});
export const decisionInput = z.object({ decision: z.enum(['approved', 'rejected']), reasons: z.array(text(1000)).min(1).max(20) });
export const confirmationInput = z.object({ underlyingId: uuid, confirmed: z.boolean(), note: z.string().max(2000).nullish() });

const instalment = z.object({
  no: z.number(),
  dueDate: z.string(),
  principalDue: money,
  interestDue: money,
  penaltyDue: money,
  principalPaid: money,
  interestPaid: money,
  penaltyPaid: money,
  totalDue: money.optional(),
  unpaid: money.optional(),
});

export const akadSummary = z.object({
  id: z.string(),
  reference: z.string(),
  applicationId: z.string(),
  lenderOrgId: z.string(),
  lenderName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  escrowAccountId: z.string(),
  principal: money,
  annualRate: z.string(),
  method: z.enum(LOAN_METHODS),
  tenorMonths: z.number().nullable(),
  repaidOn: z.string().nullable(),
  graceMonths: z.number(),
  penaltyRate: z.string(),
  plannedDisbursementOn: z.string(),
  status: z.enum(AKAD_STATUSES),
  lenderSignedAt: z.date().nullable(),
  ikmSignedAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  disbursedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  currentVersion: z.number(),
  dpd: z.number(),
  collectibility: z.number(),
  collectibilityLabel: z.string(),
  balances: z.object({ outstandingPrincipal: money, penaltyReceivable: money, interestPaid: money, penaltyIncome: money, writtenOff: money }),
});

export const akad = akadSummary.extend({
  schedule: z.object({
    version: z.number(),
    fixed: z.boolean().describe('false before both signatures: a preview from the planned disbursement date'),
    instalments: z.array(instalment),
    totals: z.object({ principal: money, interest: money, penalty: money, paid: money }),
  }),
  versions: z.array(z.object({ version: z.number(), reason: z.string(), terms: z.unknown(), note: z.string().nullable(), createdAt: z.date() })),
});

export const scheduleVersion = z.object({ akadId: z.string(), reference: z.string(), version: z.number(), current: z.boolean(), instalments: z.array(instalment) });

export const restructureInput = z.object({
  annualRate: rateString.optional(),
  method: z.enum(LOAN_METHODS).optional(),
  tenorMonths: z.number().int().min(1).max(360).nullish(),
  repaidOn: isoDate.nullish(),
  reason: text(2000),
});

const allocation = z.object({ loan: z.string().describe('akad id'), no: z.number().describe('instalment no; 0 = principal prepaid ahead of schedule'), penalty: money, interest: money, principal: money });
export const paymentResult = z.object({
  paymentId: z.string(),
  escrowAccountId: z.string(),
  kind: z.string(),
  amount: money,
  paidOn: z.string(),
  toLender: money,
  toIkm: money,
  allocations: z.array(allocation),
  duplicate: z.boolean().describe('true when this repeats an already applied payment (its first result)'),
});

export const buyerPaymentInput = z.object({
  invoiceId: uuid,
  poId: uuid.nullish(),
  ikmOrgId: uuid,
  amount: rupiahString.refine((s) => BigInt(s) > 0n, 'must be more than 0'),
  paidOn: isoDate.nullish(),
  reference: z.string().max(100).nullish(),
});
export const repaymentInput = z.object({ amount: rupiahString.refine((s) => BigInt(s) > 0n, 'must be more than 0'), paidOn: isoDate.nullish(), prepay: z.boolean().default(false) });

export const escrowAccount = z.object({ id: z.string(), accountNo: z.string(), lenderOrgId: z.string(), lenderName: z.string(), ikmOrgId: z.string(), ikmName: z.string(), balance: money, createdAt: z.date() });

const stageTotals = z.object({ count: z.number(), value: money });
export const pipeline = z.object({ stages: z.array(stageTotals.extend({ stage: z.enum(PIPELINE_STAGES) })), signed: stageTotals, pending: stageTotals });

const figures = {
  akads: z.number(),
  disbursed: money,
  repaid: money,
  outstanding: money,
  interest: money,
  penalty: money,
  writtenOff: money,
  npl: money,
  nplRatio: z.string().describe('NPL outstanding / outstanding, percent with two decimals'),
  byClass: z.array(z.object({ class: z.number(), label: z.string(), count: z.number(), outstanding: money })),
};
export const lenderPortfolio = z.object({
  asOf: z.string(),
  lenderId: z.string().nullable(),
  ...figures,
  akads: z.array(z.object({ id: z.string(), reference: z.string(), status: z.string(), ikmName: z.string(), lenderName: z.string(), principal: money, outstanding: money, dpd: z.number(), collectibility: z.number() })),
});
const group = z.object({ key: z.string(), name: z.string(), ...figures });
export const programmePortfolio = z.object({ asOf: z.string(), total: z.object(figures), byLender: z.array(group), byBuyer: z.array(group), byProvince: z.array(group) });

export const reconciliation = z.object({
  escrowAccountId: z.string(),
  accountNo: z.string(),
  lenderName: z.string(),
  ikmName: z.string(),
  payments: z.array(z.object({ paymentId: z.string(), kind: z.string(), invoiceId: z.string().nullable(), paidOn: z.string(), amount: money, escrowIn: money, escrowOut: money, principal: money, interest: money, penalty: money, toIkm: money, reversed: z.boolean(), balanced: z.boolean() })),
  totals: z.object({ in: money, out: money, principal: money, interest: money, penalty: money, toIkm: money, balance: money }),
  balanced: z.boolean(),
});

export const ledgerCheck = z.object({
  entries: z.number(),
  lines: z.number(),
  unbalancedEntries: z.number(),
  entriesWithoutLines: z.number(),
  escrowNonZero: z.number(),
  byAccount: z.array(z.object({ account: z.enum(ACCOUNTS), balance: money })),
  balanced: z.boolean(),
});

export const journalEntry = z.object({
  id: z.string(),
  kind: z.string(),
  occurredOn: z.string(),
  memo: z.string(),
  paymentId: z.string().nullable(),
  instalmentNo: z.number().nullable(),
  reversesEntryId: z.string().nullable(),
  createdAt: z.date(),
  lines: z.array(z.object({ account: z.enum(ACCOUNTS), amount: money, akadId: z.string().nullable(), escrowAccountId: z.string().nullable() })),
});
