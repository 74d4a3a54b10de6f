import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const money = (name: string) => numeric(name, { precision: 20, scale: 0 });

/** Purchase orders from a buyer to an IKM (PO-YYYY-NNNNNN). Totals are the current revision's. */
export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    status: text('status').notNull(),
    revision: integer('revision').notNull().default(0),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    paymentTermsDays: integer('payment_terms_days').notNull(),
    ppnRateBp: integer('ppn_rate_bp').notNull(),
    subtotal: money('subtotal').notNull(),
    ppnAmount: money('ppn_amount').notNull(),
    total: money('total').notNull(),
    deliveryAddress: text('delivery_address'),
    notes: text('notes'),
    mouId: uuid('mou_id'),
    projectId: uuid('project_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    firstAcknowledgedAt: timestamp('first_acknowledged_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    answerNote: text('answer_note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('purchase_orders_reference_uq').on(t.reference),
    index('purchase_orders_ikm_status_idx').on(t.ikmOrgId, t.status, t.orderDate),
    index('purchase_orders_buyer_status_idx').on(t.buyerOrgId, t.status, t.orderDate),
    // Wide keys: the scorecard's responsiveness and price queries read them index-only.
    index('purchase_orders_buyer_date_idx').on(t.buyerOrgId, t.orderDate, t.ikmOrgId, t.status, t.issuedAt, t.firstAcknowledgedAt),
    index('purchase_orders_ikm_date_idx').on(t.ikmOrgId, t.orderDate, t.buyerOrgId, t.status, t.issuedAt, t.firstAcknowledgedAt),
    check('purchase_orders_status_check', sql`${t.status} in ('issued','acknowledged','rejected','fulfilled','cancelled')`),
    check('purchase_orders_terms_check', sql`${t.paymentTermsDays} between 0 and 365`),
    check('purchase_orders_ppn_check', sql`${t.ppnRateBp} between 0 and 10000`),
  ],
);

/** PO lines with running quantities (kept by conditional updates, so limits hold under concurrency). */
export const poLines = pgTable(
  'po_lines',
  {
    id: uuid('id').primaryKey(),
    poId: uuid('po_id').notNull().references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    partNumber: text('part_number').notNull(),
    partName: text('part_name').notNull(),
    uom: text('uom').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: money('unit_price').notNull(),
    amount: money('amount').notNull(),
    deliveredQty: integer('delivered_qty').notNull().default(0),
    acceptedQty: integer('accepted_qty').notNull().default(0),
    rejectedQty: integer('rejected_qty').notNull().default(0),
    invoicedQty: integer('invoiced_qty').notNull().default(0),
  },
  (t) => [
    uniqueIndex('po_lines_po_line_uq').on(t.poId, t.lineNo),
    index('po_lines_volume_idx').on(t.poId, t.partNumber, t.quantity, t.amount),
    check('po_lines_quantity_check', sql`${t.quantity} > 0`),
    check('po_lines_delivered_check', sql`${t.deliveredQty} >= 0 and ${t.deliveredQty} - ${t.rejectedQty} <= ${t.quantity}`),
    check('po_lines_received_check', sql`${t.acceptedQty} >= 0 and ${t.rejectedQty} >= 0 and ${t.acceptedQty} + ${t.rejectedQty} <= ${t.deliveredQty}`),
    check('po_lines_invoiced_check', sql`${t.invoicedQty} >= 0 and ${t.invoicedQty} <= ${t.acceptedQty}`),
  ],
);

/** Delivery schedule of a line; `fulfilledOn` = the delivery date on which the cumulative accepted quantity reached this entry. */
export const poSchedules = pgTable(
  'po_schedules',
  {
    id: uuid('id').primaryKey(),
    poLineId: uuid('po_line_id').notNull().references(() => poLines.id, { onDelete: 'cascade' }),
    poId: uuid('po_id').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    seq: integer('seq').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    quantity: integer('quantity').notNull(),
    cumQuantity: integer('cum_quantity').notNull(),
    fulfilledOn: date('fulfilled_on', { mode: 'string' }),
  },
  (t) => [
    index('po_schedules_line_idx').on(t.poLineId, t.seq),
    index('po_schedules_po_idx').on(t.poId, t.dueDate),
    index('po_schedules_buyer_due_idx').on(t.buyerOrgId, t.dueDate, t.ikmOrgId, t.fulfilledOn, t.poId),
    index('po_schedules_ikm_due_idx').on(t.ikmOrgId, t.dueDate, t.buyerOrgId, t.fulfilledOn, t.poId),
  ],
);

/** Each revision keeps the previous version of the PO (header and lines) and the reason. */
export const poRevisions = pgTable(
  'po_revisions',
  {
    id: uuid('id').primaryKey(),
    poId: uuid('po_id').notNull().references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    reason: text('reason').notNull(),
    previous: jsonb('previous').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('po_revisions_po_revision_uq').on(t.poId, t.revision)],
);

/** PO / SJ / GR / INV numbering per kind and year (gap-free, race-free: the row lock serialises creators). */
export const orderSequences = pgTable(
  'order_sequences',
  {
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);
