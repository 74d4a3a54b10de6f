/**
 * Orders shapes (/api/purchase-orders, /api/delivery-notes, /api/invoices, /api/scorecards) — checked by hand against
 * src/modules/orders/api-schemas.ts and /api/openapi.json. Money: whole Rupiah as digit strings.
 */
export const PO_STATUSES = ['issued', 'acknowledged', 'rejected', 'fulfilled', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];

export interface PoLine {
  id: string;
  lineNo: number;
  partNumber: string;
  partName: string;
  uom: string;
  quantity: number;
  unitPrice: string;
  amount: string;
  deliveredQty: number;
  acceptedQty: number;
  rejectedQty: number;
  invoicedQty: number;
  /** ordered − (delivered − rejected) */
  openQty: number;
  /** accepted − invoiced */
  invoiceableQty: number;
  schedule: { seq: number; date: string; quantity: number; fulfilledOn: string | null }[];
}

export interface PoInvoiceRef {
  id: string;
  reference: string;
  invoiceDate: string;
  dueDate: string;
  total: string;
  paidAmount: string;
  status: string;
}

export interface PurchaseOrder {
  id: string;
  reference: string;
  status: PoStatus;
  revision: number;
  buyerOrgId: string;
  buyerName: string;
  ikmOrgId: string;
  ikmName: string;
  orderDate: string;
  paymentTermsDays: number;
  ppnRate: string;
  subtotal: string;
  ppnAmount: string;
  total: string;
  /** Terbilang of the total. */
  amountInWords: string;
  deliveryAddress: string | null;
  notes: string | null;
  mouId: string | null;
  projectId: string | null;
  issuedAt: string;
  firstAcknowledgedAt: string | null;
  answeredAt: string | null;
  answerNote: string | null;
  createdAt: string;
  updatedAt: string;
  lines: PoLine[];
  deliveryNotes: { id: string; reference: string; deliveredOn: string; quantity: number; receivedQty: number }[];
  receipts: { id: string; reference: string; receivedOn: string; acceptedQty: number; rejectedQty: number }[];
  invoices: PoInvoiceRef[];
}

export interface PoSummary {
  id: string;
  reference: string;
  status: PoStatus;
  revision: number;
  buyerOrgId: string;
  buyerName: string | null;
  ikmOrgId: string;
  ikmName: string | null;
  orderDate: string;
  total: string;
  lineCount: number;
  orderedQty: number;
  deliveredQty: number;
  acceptedQty: number;
  invoicedQty: number;
  nextDueDate: string | null;
  firstAcknowledgedAt: string | null;
}

export interface LineInput {
  id?: string;
  partNumber: string;
  partName: string;
  uom: string;
  quantity: number;
  unitPrice: string;
  schedule: { date: string; quantity: number }[];
}

export interface PoCreateInput {
  ikmOrgId: string;
  orderDate?: string;
  paymentTermsDays?: number;
  ppnRate?: string;
  deliveryAddress?: string | null;
  notes?: string | null;
  mouId?: string | null;
  projectId?: string | null;
  lines: LineInput[];
}

export interface PoRevision {
  id: string;
  revision: number;
  reason: string;
  /** The previous version (header, lines and schedules) as stored. */
  previous: unknown;
  changedBy: string | null;
  changedAt: string;
}

export interface DeliveryNote {
  id: string;
  reference: string;
  poId: string;
  poReference: string;
  buyerOrgId: string;
  buyerName: string;
  ikmOrgId: string;
  ikmName: string;
  deliveredOn: string;
  vehicle: string | null;
  notes: string | null;
  createdAt: string;
  lines: { id: string; poLineId: string; lineNo: number; partNumber: string; partName: string; uom: string; quantity: number; receivedQty: number }[];
}

export interface GoodsReceipt {
  id: string;
  reference: string;
  deliveryNoteId: string;
  deliveryNoteReference: string;
  poId: string;
  poReference: string;
  buyerOrgId: string;
  ikmOrgId: string;
  receivedOn: string;
  acceptedQty: number;
  rejectedQty: number;
  notes: string | null;
  createdAt: string;
  lines: { id: string; deliveryNoteLineId: string; poLineId: string; lineNo: number; partNumber: string; partName: string; acceptedQty: number; rejectedQty: number; rejectReason: string | null }[];
}

export interface Invoice {
  id: string;
  reference: string;
  supplierInvoiceNo: string | null;
  poId: string;
  poReference: string;
  buyerOrgId: string;
  buyerName: string;
  ikmOrgId: string;
  ikmName: string;
  invoiceDate: string;
  dueDate: string;
  ppnRate: string;
  subtotal: string;
  ppnAmount: string;
  total: string;
  paidAmount: string;
  outstanding: string;
  amountInWords: string;
  status: 'issued' | 'paid';
  paidAt: string | null;
  createdAt: string;
  lines: { id: string; poLineId: string; lineNo: number; partNumber: string; partName: string; uom: string; quantity: number; unitPrice: string; amount: string }[];
  payments: { id: string; amount: string; paidOn: string; method: string; externalRef: string | null; createdAt: string }[];
}

export type InvoiceSummary = Omit<Invoice, 'lines' | 'payments' | 'outstanding' | 'amountInWords' | 'ppnRate' | 'buyerName' | 'ikmName'> & { buyerName: string | null; ikmName: string | null };

export interface ScorecardMetrics {
  receivedQty: number;
  rejectedQty: number;
  rejectPpm: number | null;
  scheduleDue: number;
  scheduleOnTimeInFull: number;
  otifPercent: number | null;
  posIssued: number;
  posAcknowledged: number;
  ackSecondsTotal: number;
  ackHoursMean: number | null;
  priceTrendPercent: number | null;
}

export interface IkmScorecard {
  ikmOrgId: string;
  ikmName: string;
  buyerOrgId: string | null;
  months: (ScorecardMetrics & { month: string })[];
  totals: ScorecardMetrics;
}

export interface SupplierScorecard {
  month: string;
  buyerOrgId?: string;
  suppliers: (ScorecardMetrics & { orgId: string; orgName: string })[];
  totals: ScorecardMetrics;
}
