/**
 * Shapes of the finance API (/api/finance/*), checked by hand against src/modules/finance/http-schemas.ts
 * and /api/openapi.json. Money is whole Rupiah as digit strings; rates are decimal strings ("6", "10.5").
 */

export const PRODUCT_KINDS = ['instalment', 'bullet'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const LOAN_METHODS = ['annuity', 'declining', 'flat', 'bullet'] as const;
export type LoanMethod = (typeof LOAN_METHODS)[number];

export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const AKAD_STATUSES = ['awaiting_signatures', 'signed', 'disbursed', 'repaid', 'written_off'] as const;
export type AkadStatus = (typeof AKAD_STATUSES)[number];

export const PIPELINE_STAGES = ['draft', 'submitted', 'approved', 'signed', 'disbursed', 'repaid', 'written_off', 'rejected', 'withdrawn'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Digits only: whole Rupiah. */
export type Money = string;

export interface CreditProduct {
  id: string;
  lenderOrgId: string;
  lenderName: string;
  code: string;
  name: string;
  kind: ProductKind;
  method: LoanMethod;
  annualRate: string;
  minTenorMonths: number;
  maxTenorMonths: number;
  minAmount: Money;
  maxAmount: Money;
  financeableShare: string;
  penaltyRate: string;
  graceMonths: number;
  requiredDocuments: string[];
  description: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProductInput {
  code: string;
  name: string;
  kind: ProductKind;
  method: LoanMethod;
  annualRate: string;
  minTenorMonths: number;
  maxTenorMonths: number;
  minAmount: Money;
  maxAmount: Money;
  financeableShare: string;
  penaltyRate: string;
  graceMonths: number;
  requiredDocuments: string[];
  description?: string | null;
}
export type ProductPatch = Partial<Omit<ProductInput, 'code'>> & { isActive?: boolean };

export type Confirmation = 'pending' | 'confirmed' | 'rejected';

export interface Underlying {
  id: string;
  kind: 'po' | 'mou';
  refId: string;
  reference: string;
  buyerOrgId: string;
  buyerName: string;
  value: Money;
  financedAmount: Money;
  confirmation: Confirmation;
  confirmedAt: string | null;
  confirmationNote: string | null;
}

export interface ChecklistItem {
  item: string;
  ok: boolean;
  note?: string | null;
}

export interface Review {
  id: string;
  analystUserId: string | null;
  checklist: ChecklistItem[];
  scorecard: unknown;
  mentoringLevel: string | null;
  exposureWithLender: Money;
  exposureTotal: Money;
  recommendation: string;
  notes: string | null;
  reviewedAt: string;
}

export interface AkadRef {
  id: string;
  reference: string;
  status: AkadStatus;
}

export interface ApplicationSummary {
  id: string;
  reference: string;
  productId: string;
  lenderOrgId: string;
  lenderName: string;
  ikmOrgId: string;
  ikmName: string;
  amount: Money;
  tenorMonths: number | null;
  repaidOn: string | null;
  graceMonths: number;
  purpose: string;
  status: ApplicationStatus;
  stage: PipelineStage;
  submittedAt: string | null;
  decidedAt: string | null;
  decisionReasons: string[] | null;
  createdAt: string;
  akad: AkadRef | null;
}

export interface ApplicationDocument {
  kind: string;
  name: string;
  url?: string | null;
}

export interface Application extends ApplicationSummary {
  documents: ApplicationDocument[];
  underlyings: Underlying[];
  review: Review | null;
}

export interface ApplicationInput {
  productId: string;
  amount: Money;
  tenorMonths?: number | null;
  repaidOn?: string | null;
  graceMonths?: number | null;
  purpose: string;
  documents: ApplicationDocument[];
  underlyings: { kind: 'po' | 'mou'; id: string; amount?: Money | null }[];
}

export interface Instalment {
  no: number;
  dueDate: string;
  principalDue: Money;
  interestDue: Money;
  penaltyDue: Money;
  principalPaid: Money;
  interestPaid: Money;
  penaltyPaid: Money;
  totalDue?: Money;
  unpaid?: Money;
}

export interface AkadBalances {
  outstandingPrincipal: Money;
  penaltyReceivable: Money;
  interestPaid: Money;
  penaltyIncome: Money;
  writtenOff: Money;
}

export interface AkadSummary {
  id: string;
  reference: string;
  applicationId: string;
  lenderOrgId: string;
  lenderName: string;
  ikmOrgId: string;
  ikmName: string;
  buyerOrgId: string;
  buyerName: string;
  escrowAccountId: string;
  principal: Money;
  annualRate: string;
  method: LoanMethod;
  tenorMonths: number | null;
  repaidOn: string | null;
  graceMonths: number;
  penaltyRate: string;
  plannedDisbursementOn: string;
  status: AkadStatus;
  lenderSignedAt: string | null;
  ikmSignedAt: string | null;
  signedAt: string | null;
  disbursedOn: string | null;
  closedOn: string | null;
  currentVersion: number;
  dpd: number;
  collectibility: number;
  collectibilityLabel: string;
  balances: AkadBalances;
}

export interface Akad extends AkadSummary {
  schedule: {
    version: number;
    /** false before both signatures: a preview from the planned disbursement date. */
    fixed: boolean;
    instalments: Instalment[];
    totals: { principal: Money; interest: Money; penalty: Money; paid: Money };
  };
  versions: { version: number; reason: string; terms: unknown; note: string | null; createdAt: string }[];
}

export interface Allocation {
  /** akad id */
  loan: string;
  /** instalment no; 0 = principal prepaid ahead of schedule */
  no: number;
  penalty: Money;
  interest: Money;
  principal: Money;
}

export interface PaymentResult {
  paymentId: string;
  escrowAccountId: string;
  kind: string;
  amount: Money;
  paidOn: string;
  toLender: Money;
  toIkm: Money;
  allocations: Allocation[];
  duplicate: boolean;
}

export interface EscrowAccount {
  id: string;
  accountNo: string;
  lenderOrgId: string;
  lenderName: string;
  ikmOrgId: string;
  ikmName: string;
  balance: Money;
  createdAt: string;
}

export interface StageTotals {
  count: number;
  value: Money;
}

export interface Pipeline {
  stages: (StageTotals & { stage: PipelineStage })[];
  signed: StageTotals;
  pending: StageTotals;
}

export interface PortfolioFigures {
  akads: number;
  disbursed: Money;
  repaid: Money;
  outstanding: Money;
  interest: Money;
  penalty: Money;
  writtenOff: Money;
  npl: Money;
  /** percent with two decimals */
  nplRatio: string;
  byClass: { class: number; label: string; count: number; outstanding: Money }[];
}

export interface LenderPortfolio extends Omit<PortfolioFigures, 'akads'> {
  asOf: string;
  lenderId: string | null;
  akads: { id: string; reference: string; status: string; ikmName: string; lenderName: string; principal: Money; outstanding: Money; dpd: number; collectibility: number }[];
}

export interface PortfolioGroup extends PortfolioFigures {
  key: string;
  name: string;
}

export interface ProgrammePortfolio {
  asOf: string;
  total: PortfolioFigures;
  byLender: PortfolioGroup[];
  byBuyer: PortfolioGroup[];
  byProvince: PortfolioGroup[];
}

export interface Reconciliation {
  escrowAccountId: string;
  accountNo: string;
  lenderName: string;
  ikmName: string;
  payments: {
    paymentId: string;
    kind: string;
    invoiceId: string | null;
    paidOn: string;
    amount: Money;
    escrowIn: Money;
    escrowOut: Money;
    principal: Money;
    interest: Money;
    penalty: Money;
    toIkm: Money;
    reversed: boolean;
    balanced: boolean;
  }[];
  totals: { in: Money; out: Money; principal: Money; interest: Money; penalty: Money; toIkm: Money; balance: Money };
  balanced: boolean;
}

export interface LedgerCheck {
  entries: number;
  lines: number;
  unbalancedEntries: number;
  entriesWithoutLines: number;
  escrowNonZero: number;
  byAccount: { account: string; balance: Money }[];
  balanced: boolean;
}

export interface JournalEntry {
  id: string;
  kind: string;
  occurredOn: string;
  memo: string;
  paymentId: string | null;
  instalmentNo: number | null;
  reversesEntryId: string | null;
  createdAt: string;
  lines: { account: string; amount: Money; akadId: string | null; escrowAccountId: string | null }[];
}

/** What the IKM picks as backing: its MoUs (partnerships) and POs (orders). */
export interface MouSummary {
  id: string;
  reference: string;
  status: string;
  initiatorOrgId: string;
  title: string;
  startDate: string;
  endDate: string;
  totalMarketAccessPerYear: Money;
  partyCount: number;
  signedCount: number;
  createdAt: string;
}

export interface PoSummary {
  id: string;
  reference: string;
  status: string;
  buyerOrgId?: string;
  buyerName?: string;
  ikmOrgId?: string;
  total?: Money;
  issuedOn?: string | null;
}
