import { parseRupiah, type Rupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import { basisPointsToPercent } from './domain/money';
import type { PoStatus } from './domain/po-rules';
import { capitalise, terbilangRupiah } from './domain/terbilang';
import * as billing from './store-billing';
import * as fulfilment from './store-fulfilment';
import * as po from './store-po';
import { orgNames } from './store-scorecard';

export interface PoLineView {
  id: string;
  lineNo: number;
  partNumber: string;
  partName: string;
  uom: string;
  quantity: number;
  unitPrice: Rupiah;
  amount: Rupiah;
  deliveredQty: number;
  acceptedQty: number;
  rejectedQty: number;
  invoicedQty: number;
  /** Still to deliver: ordered − (delivered − rejected). */
  openQty: number;
  /** Accepted but not yet invoiced. */
  invoiceableQty: number;
  schedule: { seq: number; date: string; quantity: number; fulfilledOn: string | null }[];
}

type Docs = {
  notes: Awaited<ReturnType<typeof fulfilment.listDeliveryNotes>>['rows'];
  receipts: Awaited<ReturnType<typeof fulfilment.listReceipts>>['rows'];
  invoices: Awaited<ReturnType<typeof billing.listInvoices>>['rows'];
};

/** The PO as the API shows it, with its delivery notes, receipts and invoices. */
export async function loadPoView(x: Executor, row: po.PoRow) {
  const [lines, schedules, names, notes, receipts, invoices] = await Promise.all([
    po.findLines(x, row.id),
    po.findSchedules(x, row.id),
    orgNames(x, [row.buyerOrgId, row.ikmOrgId]),
    fulfilment.listDeliveryNotes(x, { poId: row.id, limit: 200, offset: 0 }),
    fulfilment.listReceipts(x, { poId: row.id, limit: 200, offset: 0 }),
    billing.listInvoices(x, { poId: row.id, limit: 200, offset: 0 }),
  ]);
  return buildPoView(row, lines, schedules, names, { notes: notes.rows, receipts: receipts.rows, invoices: invoices.rows });
}

/** Pure assembly (a new PO is built from what was just written, without reading it back). */
export function buildPoView(row: po.PoRow, lines: po.PoLineRow[], schedules: po.PoScheduleRow[], names: Map<string, string>, docs: Docs) {
  const { notes, receipts, invoices } = docs;
  const total = parseRupiah(row.total);
  const lineViews: PoLineView[] = lines.map((l) => ({
    id: l.id,
    lineNo: l.lineNo,
    partNumber: l.partNumber,
    partName: l.partName,
    uom: l.uom,
    quantity: l.quantity,
    unitPrice: parseRupiah(l.unitPrice),
    amount: parseRupiah(l.amount),
    deliveredQty: l.deliveredQty,
    acceptedQty: l.acceptedQty,
    rejectedQty: l.rejectedQty,
    invoicedQty: l.invoicedQty,
    openQty: l.quantity - (l.deliveredQty - l.rejectedQty),
    invoiceableQty: l.acceptedQty - l.invoicedQty,
    schedule: schedules.filter((s) => s.poLineId === l.id).map((s) => ({ seq: s.seq, date: s.dueDate, quantity: s.quantity, fulfilledOn: s.fulfilledOn })),
  }));
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as PoStatus,
    revision: row.revision,
    buyerOrgId: row.buyerOrgId,
    buyerName: names.get(row.buyerOrgId) ?? '',
    ikmOrgId: row.ikmOrgId,
    ikmName: names.get(row.ikmOrgId) ?? '',
    orderDate: row.orderDate,
    paymentTermsDays: row.paymentTermsDays,
    ppnRate: basisPointsToPercent(row.ppnRateBp),
    subtotal: parseRupiah(row.subtotal),
    ppnAmount: parseRupiah(row.ppnAmount),
    total,
    amountInWords: capitalise(terbilangRupiah(total)),
    deliveryAddress: row.deliveryAddress,
    notes: row.notes,
    mouId: row.mouId,
    projectId: row.projectId,
    issuedAt: row.issuedAt,
    firstAcknowledgedAt: row.firstAcknowledgedAt,
    answeredAt: row.answeredAt,
    answerNote: row.answerNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: lineViews,
    deliveryNotes: notes.map((n) => ({ id: n.note.id, reference: n.note.reference, deliveredOn: n.note.deliveredOn, quantity: Number(n.quantity), receivedQty: Number(n.receivedQty) })),
    receipts: receipts.map((r) => ({ id: r.receipt.id, reference: r.receipt.reference, receivedOn: r.receipt.receivedOn, acceptedQty: r.receipt.acceptedQty, rejectedQty: r.receipt.rejectedQty })),
    invoices: invoices.map((i) => ({ id: i.invoice.id, reference: i.invoice.reference, invoiceDate: i.invoice.invoiceDate, dueDate: i.invoice.dueDate, total: parseRupiah(i.invoice.total), paidAmount: parseRupiah(i.invoice.paidAmount), status: i.invoice.status })),
  };
}

export type PoView = ReturnType<typeof buildPoView>;
