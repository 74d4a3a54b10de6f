import { z } from 'zod';
import { isoDate, rateString, rupiahString } from '../../core/validation';
import { PO_STATUSES, type LineInput } from './domain/po-rules';

export const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.string().describe('whole Rupiah as digits');
export const idempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional().describe('Required: a unique key per intended action (e.g. a UUID); a repeat returns the first result') }).loose();

export const lineBody = z.object({
  id: z.string().uuid().optional().describe('Existing line id (edits and revisions); omit for a new line'),
  partNumber: text(100),
  partName: text(200),
  uom: text(20).default('pcs'),
  quantity: z.number().int(),
  unitPrice: rupiahString,
  schedule: z.array(z.object({ date: isoDate, quantity: z.number().int() })).min(1).max(100).describe('Delivery schedule: dates ascending, quantities summing to the line quantity'),
});

export const poHeaderBody = z.object({
  orderDate: isoDate.optional().describe('Default: today (WIB)'),
  paymentTermsDays: z.number().int().min(0).max(365).optional().describe('Default 30'),
  ppnRate: rateString.optional().describe('PPN percent, default "11"'),
  deliveryAddress: text(500).nullish(),
  notes: text(2000).nullish(),
});

export const poCreateBody = poHeaderBody.extend({
  ikmOrgId: z.string().uuid(),
  mouId: z.string().uuid().nullish(),
  projectId: z.string().uuid().nullish(),
  lines: z.array(lineBody).min(1).max(500),
});

export const toLines = (lines: z.infer<typeof lineBody>[]): LineInput[] => lines.map((l) => ({ ...l, unitPrice: BigInt(l.unitPrice) }));

const poLine = z.object({
  id: z.string(),
  lineNo: z.number(),
  partNumber: z.string(),
  partName: z.string(),
  uom: z.string(),
  quantity: z.number(),
  unitPrice: money,
  amount: money,
  deliveredQty: z.number(),
  acceptedQty: z.number(),
  rejectedQty: z.number(),
  invoicedQty: z.number(),
  openQty: z.number().describe('ordered − (delivered − rejected)'),
  invoiceableQty: z.number().describe('accepted − invoiced'),
  schedule: z.array(z.object({ seq: z.number(), date: z.string(), quantity: z.number(), fulfilledOn: z.string().nullable() })),
});

export const poStatus = z.enum(PO_STATUSES);

export const poView = z.object({
  id: z.string(),
  reference: z.string(),
  status: poStatus,
  revision: z.number(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  orderDate: z.string(),
  paymentTermsDays: z.number(),
  ppnRate: z.string(),
  subtotal: money,
  ppnAmount: money,
  total: money,
  amountInWords: z.string().describe('Terbilang of the total'),
  deliveryAddress: z.string().nullable(),
  notes: z.string().nullable(),
  mouId: z.string().nullable(),
  projectId: z.string().nullable(),
  issuedAt: z.date(),
  firstAcknowledgedAt: z.date().nullable(),
  answeredAt: z.date().nullable(),
  answerNote: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  lines: z.array(poLine),
  deliveryNotes: z.array(z.object({ id: z.string(), reference: z.string(), deliveredOn: z.string(), quantity: z.number(), receivedQty: z.number() })),
  receipts: z.array(z.object({ id: z.string(), reference: z.string(), receivedOn: z.string(), acceptedQty: z.number(), rejectedQty: z.number() })),
  invoices: z.array(z.object({ id: z.string(), reference: z.string(), invoiceDate: z.string(), dueDate: z.string(), total: money, paidAmount: money, status: z.string() })),
});

export const poSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: poStatus,
  revision: z.number(),
  buyerOrgId: z.string(),
  buyerName: z.string().nullable(),
  ikmOrgId: z.string(),
  ikmName: z.string().nullable(),
  orderDate: z.string(),
  total: money,
  lineCount: z.number(),
  orderedQty: z.number(),
  deliveredQty: z.number(),
  acceptedQty: z.number(),
  invoicedQty: z.number(),
  nextDueDate: z.string().nullable(),
  firstAcknowledgedAt: z.date().nullable(),
});

export const deliveryNoteView = z.object({
  id: z.string(),
  reference: z.string(),
  poId: z.string(),
  poReference: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  deliveredOn: z.string(),
  vehicle: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.date(),
  lines: z.array(z.object({ id: z.string(), poLineId: z.string(), lineNo: z.number(), partNumber: z.string(), partName: z.string(), uom: z.string(), quantity: z.number(), receivedQty: z.number() })),
});

export const receiptView = z.object({
  id: z.string(),
  reference: z.string(),
  deliveryNoteId: z.string(),
  deliveryNoteReference: z.string(),
  poId: z.string(),
  poReference: z.string(),
  buyerOrgId: z.string(),
  ikmOrgId: z.string(),
  receivedOn: z.string(),
  acceptedQty: z.number(),
  rejectedQty: z.number(),
  notes: z.string().nullable(),
  createdAt: z.date(),
  lines: z.array(z.object({ id: z.string(), deliveryNoteLineId: z.string(), poLineId: z.string(), lineNo: z.number(), partNumber: z.string(), partName: z.string(), acceptedQty: z.number(), rejectedQty: z.number(), rejectReason: z.string().nullable() })),
});

export const invoiceView = z.object({
  id: z.string(),
  reference: z.string(),
  supplierInvoiceNo: z.string().nullable(),
  poId: z.string(),
  poReference: z.string(),
  buyerOrgId: z.string(),
  buyerName: z.string(),
  ikmOrgId: z.string(),
  ikmName: z.string(),
  invoiceDate: z.string(),
  dueDate: z.string(),
  ppnRate: z.string(),
  subtotal: money,
  ppnAmount: money,
  total: money,
  paidAmount: money,
  outstanding: money,
  amountInWords: z.string(),
  status: z.enum(['issued', 'paid']),
  paidAt: z.date().nullable(),
  createdAt: z.date(),
  lines: z.array(z.object({ id: z.string(), poLineId: z.string(), lineNo: z.number(), partNumber: z.string(), partName: z.string(), uom: z.string(), quantity: z.number(), unitPrice: money, amount: money })),
  payments: z.array(z.object({ id: z.string(), amount: money, paidOn: z.string(), method: z.string(), externalRef: z.string().nullable(), createdAt: z.date() })),
});

export const scorecardMetrics = z.object({
  receivedQty: z.number(),
  rejectedQty: z.number(),
  rejectPpm: z.number().nullable().describe('rejected / received × 1,000,000'),
  scheduleDue: z.number(),
  scheduleOnTimeInFull: z.number(),
  otifPercent: z.number().nullable().describe('schedule entries accepted in full by their due date / entries due × 100'),
  posIssued: z.number(),
  posAcknowledged: z.number(),
  ackSecondsTotal: z.number(),
  ackHoursMean: z.number().nullable().describe('mean hours from PO issue to first acknowledgement'),
  priceTrendPercent: z.number().nullable().describe('volume-weighted unit-price change against the previous month'),
});
