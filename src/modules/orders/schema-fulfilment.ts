import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { poLines, purchaseOrders } from './schema-po';

const money = (name: string) => numeric(name, { precision: 20, scale: 0 });

/** Surat jalan: goods sent by the IKM against PO lines (SJ-YYYY-NNNNNN). */
export const deliveryNotes = pgTable(
  'delivery_notes',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    poId: uuid('po_id').notNull().references(() => purchaseOrders.id),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    vehicle: text('vehicle'),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('delivery_notes_reference_uq').on(t.reference),
    index('delivery_notes_po_idx').on(t.poId),
    index('delivery_notes_buyer_idx').on(t.buyerOrgId, t.deliveredOn),
    index('delivery_notes_ikm_idx').on(t.ikmOrgId, t.deliveredOn),
  ],
);

export const deliveryNoteLines = pgTable(
  'delivery_note_lines',
  {
    id: uuid('id').primaryKey(),
    deliveryNoteId: uuid('delivery_note_id').notNull().references(() => deliveryNotes.id, { onDelete: 'cascade' }),
    poLineId: uuid('po_line_id').notNull().references(() => poLines.id),
    quantity: integer('quantity').notNull(),
    receivedQty: integer('received_qty').notNull().default(0),
  },
  (t) => [
    index('delivery_note_lines_note_idx').on(t.deliveryNoteId),
    index('delivery_note_lines_po_line_idx').on(t.poLineId),
    check('delivery_note_lines_qty_check', sql`${t.quantity} > 0 and ${t.receivedQty} >= 0 and ${t.receivedQty} <= ${t.quantity}`),
  ],
);

/** Goods receipt by the buyer: accepted and rejected quantities per delivered line (GR-YYYY-NNNNNN). */
export const goodsReceipts = pgTable(
  'goods_receipts',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    deliveryNoteId: uuid('delivery_note_id').notNull().references(() => deliveryNotes.id),
    poId: uuid('po_id').notNull().references(() => purchaseOrders.id),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    acceptedQty: integer('accepted_qty').notNull(),
    rejectedQty: integer('rejected_qty').notNull(),
    notes: text('notes'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('goods_receipts_reference_uq').on(t.reference),
    uniqueIndex('goods_receipts_idempotency_uq').on(t.buyerOrgId, t.idempotencyKey),
    // Wide keys so the scorecard reads them index-only (drizzle has no INCLUDE).
    index('goods_receipts_buyer_idx').on(t.buyerOrgId, t.receivedOn, t.ikmOrgId, t.acceptedQty, t.rejectedQty),
    index('goods_receipts_ikm_idx').on(t.ikmOrgId, t.receivedOn, t.buyerOrgId, t.acceptedQty, t.rejectedQty),
    index('goods_receipts_po_idx').on(t.poId),
    index('goods_receipts_note_idx').on(t.deliveryNoteId),
  ],
);

export const goodsReceiptLines = pgTable(
  'goods_receipt_lines',
  {
    id: uuid('id').primaryKey(),
    receiptId: uuid('receipt_id').notNull().references(() => goodsReceipts.id, { onDelete: 'cascade' }),
    deliveryNoteLineId: uuid('delivery_note_line_id').notNull().references(() => deliveryNoteLines.id),
    poLineId: uuid('po_line_id').notNull().references(() => poLines.id),
    acceptedQty: integer('accepted_qty').notNull(),
    rejectedQty: integer('rejected_qty').notNull(),
    rejectReason: text('reject_reason'),
  },
  (t) => [
    index('goods_receipt_lines_receipt_idx').on(t.receiptId),
    check('goods_receipt_lines_qty_check', sql`${t.acceptedQty} >= 0 and ${t.rejectedQty} >= 0 and ${t.acceptedQty} + ${t.rejectedQty} > 0`),
  ],
);

/** Invoices from the IKM for accepted quantities (INV-YYYY-NNNNNN). */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    supplierInvoiceNo: text('supplier_invoice_no'),
    poId: uuid('po_id').notNull().references(() => purchaseOrders.id),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    invoiceDate: date('invoice_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    ppnRateBp: integer('ppn_rate_bp').notNull(),
    subtotal: money('subtotal').notNull(),
    ppnAmount: money('ppn_amount').notNull(),
    total: money('total').notNull(),
    paidAmount: money('paid_amount').notNull().default('0'),
    status: text('status').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    dueNotifiedAt: timestamp('due_notified_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('invoices_reference_uq').on(t.reference),
    uniqueIndex('invoices_idempotency_uq').on(t.ikmOrgId, t.idempotencyKey),
    index('invoices_buyer_idx').on(t.buyerOrgId, t.status, t.dueDate),
    index('invoices_ikm_idx').on(t.ikmOrgId, t.status, t.dueDate),
    index('invoices_po_idx').on(t.poId),
    check('invoices_status_check', sql`${t.status} in ('issued','paid')`),
    check('invoices_paid_check', sql`${t.paidAmount} >= 0 and ${t.paidAmount} <= ${t.total}`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid('id').primaryKey(),
    invoiceId: uuid('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
    poLineId: uuid('po_line_id').notNull().references(() => poLines.id),
    quantity: integer('quantity').notNull(),
    unitPrice: money('unit_price').notNull(),
    amount: money('amount').notNull(),
  },
  (t) => [index('invoice_lines_invoice_idx').on(t.invoiceId), check('invoice_lines_qty_check', sql`${t.quantity} > 0`)],
);

/** Payments recorded by the buyer (the finance area may route them through escrow: see paymentRouter). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
    poId: uuid('po_id').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    amount: money('amount').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    method: text('method').notNull(),
    externalRef: text('external_ref'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('payments_idempotency_uq').on(t.buyerOrgId, t.idempotencyKey),
    index('payments_invoice_idx').on(t.invoiceId),
    index('payments_ikm_idx').on(t.ikmOrgId, t.paidOn),
    check('payments_amount_check', sql`${t.amount} > 0`),
  ],
);
