import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { invoiceLines, invoices, payments, poLines } from './schema';

export type InvoiceRow = typeof invoices.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

export const insertInvoice = (x: Executor, row: typeof invoices.$inferInsert) => x.insert(invoices).values(row);
export const insertInvoiceLines = (x: Executor, rows: (typeof invoiceLines.$inferInsert)[]) => x.insert(invoiceLines).values(rows);

/** Adds an invoiced quantity if it stays within the accepted quantity (accepted − already invoiced); null otherwise. */
export async function addInvoiced(x: Executor, poId: string, poLineId: string, qty: number) {
  const [row] = await x
    .update(poLines)
    .set({ invoicedQty: sql`${poLines.invoicedQty} + ${qty}` })
    .where(and(eq(poLines.id, poLineId), eq(poLines.poId, poId), sql`${poLines.invoicedQty} + ${qty} <= ${poLines.acceptedQty}`))
    .returning({ id: poLines.id });
  return row ?? null;
}

export async function findInvoiceByKey(x: Executor, ikmOrgId: string, key: string): Promise<InvoiceRow | null> {
  const [row] = await x.select().from(invoices).where(and(eq(invoices.ikmOrgId, ikmOrgId), eq(invoices.idempotencyKey, key))).limit(1);
  return row ?? null;
}

export async function findInvoice(x: Executor, id: string, forUpdate = false): Promise<InvoiceRow | null> {
  const q = x.select().from(invoices).where(eq(invoices.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export const findInvoiceLines = (x: Executor, invoiceId: string) =>
  x
    .select({ id: invoiceLines.id, poLineId: invoiceLines.poLineId, lineNo: poLines.lineNo, partNumber: poLines.partNumber, partName: poLines.partName, uom: poLines.uom, quantity: invoiceLines.quantity, unitPrice: invoiceLines.unitPrice, amount: invoiceLines.amount })
    .from(invoiceLines)
    .innerJoin(poLines, eq(poLines.id, invoiceLines.poLineId))
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(poLines.lineNo));

export interface InvoiceFilter {
  partyOrgId?: string;
  poId?: string;
  buyerOrgId?: string;
  ikmOrgId?: string;
  status?: string;
  dueBefore?: string;
  limit: number;
  offset: number;
}

export async function listInvoices(x: Executor, f: InvoiceFilter) {
  const conds: (SQL | undefined)[] = [
    f.partyOrgId ? or(eq(invoices.buyerOrgId, f.partyOrgId), eq(invoices.ikmOrgId, f.partyOrgId)) : undefined,
    f.poId ? eq(invoices.poId, f.poId) : undefined,
    f.buyerOrgId ? eq(invoices.buyerOrgId, f.buyerOrgId) : undefined,
    f.ikmOrgId ? eq(invoices.ikmOrgId, f.ikmOrgId) : undefined,
    f.status ? eq(invoices.status, f.status) : undefined,
    f.dueBefore ? sql`${invoices.dueDate} <= ${f.dueBefore}` : undefined,
  ];
  const where = and(...conds.filter(Boolean));
  const rows = await x
    .select({
      invoice: invoices,
      poReference: sql<string>`(select reference from purchase_orders p where p.id = invoices.po_id)`,
      buyerName: sql<string>`(select name from organisations o where o.id = invoices.buyer_org_id)`,
      ikmName: sql<string>`(select name from organisations o where o.id = invoices.ikm_org_id)`,
    })
    .from(invoices)
    .where(where)
    .orderBy(desc(invoices.invoiceDate), desc(invoices.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(invoices).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const insertPayment = (x: Executor, row: typeof payments.$inferInsert) => x.insert(payments).values(row);

export async function findPaymentByKey(x: Executor, buyerOrgId: string, key: string): Promise<PaymentRow | null> {
  const [row] = await x.select().from(payments).where(and(eq(payments.buyerOrgId, buyerOrgId), eq(payments.idempotencyKey, key))).limit(1);
  return row ?? null;
}

/** Adds a payment to the invoice if it stays within the total; marks it paid when settled. Null when it would exceed. */
export async function addPaid(x: Executor, invoiceId: string, amount: bigint, at: Date) {
  const a = amount.toString();
  const [row] = await x
    .update(invoices)
    .set({
      paidAmount: sql`${invoices.paidAmount} + ${a}::numeric`,
      status: sql`case when ${invoices.paidAmount} + ${a}::numeric >= ${invoices.total} then 'paid' else 'issued' end`,
      paidAt: sql`case when ${invoices.paidAmount} + ${a}::numeric >= ${invoices.total} then ${at.toISOString()}::timestamptz else null end`,
    })
    .where(and(eq(invoices.id, invoiceId), sql`${invoices.paidAmount} + ${a}::numeric <= ${invoices.total}`))
    .returning();
  return row ?? null;
}

export const listPayments = (x: Executor, invoiceIds: string[]) =>
  invoiceIds.length ? x.select().from(payments).where(inArray(payments.invoiceId, invoiceIds)).orderBy(asc(payments.createdAt)) : Promise.resolve([] as PaymentRow[]);

/** Unpaid invoices due on or before `horizon` that have not been reminded yet. */
export const invoicesToRemind = (x: Executor, horizon: string) =>
  x.select().from(invoices).where(and(eq(invoices.status, 'issued'), isNull(invoices.dueNotifiedAt), sql`${invoices.dueDate} <= ${horizon}`)).orderBy(asc(invoices.dueDate)).limit(1000);

export const markReminded = (x: Executor, id: string, at: Date) =>
  x.update(invoices).set({ dueNotifiedAt: at }).where(and(eq(invoices.id, id), isNull(invoices.dueNotifiedAt))).returning({ id: invoices.id });
