import { and, asc, desc, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { deliveryNoteLines, deliveryNotes, goodsReceiptLines, goodsReceipts, poLines, poSchedules } from './schema';

export type DeliveryNoteRow = typeof deliveryNotes.$inferSelect;
export type ReceiptRow = typeof goodsReceipts.$inferSelect;

export const insertDeliveryNote = (x: Executor, row: typeof deliveryNotes.$inferInsert) => x.insert(deliveryNotes).values(row);
export const insertDeliveryNoteLines = (x: Executor, rows: (typeof deliveryNoteLines.$inferInsert)[]) => x.insert(deliveryNoteLines).values(rows);

/** Adds a delivered quantity if the line's open quantity allows it (ordered − (delivered − rejected)); null otherwise. */
export async function addDelivered(x: Executor, poId: string, poLineId: string, qty: number) {
  const [row] = await x
    .update(poLines)
    .set({ deliveredQty: sql`${poLines.deliveredQty} + ${qty}` })
    .where(and(eq(poLines.id, poLineId), eq(poLines.poId, poId), sql`${poLines.deliveredQty} - ${poLines.rejectedQty} + ${qty} <= ${poLines.quantity}`))
    .returning({ id: poLines.id });
  return row ?? null;
}

export async function findDeliveryNote(x: Executor, id: string): Promise<DeliveryNoteRow | null> {
  const [row] = await x.select().from(deliveryNotes).where(eq(deliveryNotes.id, id)).limit(1);
  return row ?? null;
}

export const findDeliveryNoteLines = (x: Executor, deliveryNoteId: string) =>
  x
    .select({ id: deliveryNoteLines.id, poLineId: deliveryNoteLines.poLineId, lineNo: poLines.lineNo, partNumber: poLines.partNumber, partName: poLines.partName, uom: poLines.uom, quantity: deliveryNoteLines.quantity, receivedQty: deliveryNoteLines.receivedQty })
    .from(deliveryNoteLines)
    .innerJoin(poLines, eq(poLines.id, deliveryNoteLines.poLineId))
    .where(eq(deliveryNoteLines.deliveryNoteId, deliveryNoteId))
    .orderBy(asc(poLines.lineNo));

export interface DocFilter {
  partyOrgId?: string;
  poId?: string;
  buyerOrgId?: string;
  ikmOrgId?: string;
  limit: number;
  offset: number;
}

function docWhere(t: typeof deliveryNotes | typeof goodsReceipts, f: DocFilter) {
  const conds: (SQL | undefined)[] = [
    f.partyOrgId ? or(eq(t.buyerOrgId as AnyColumn, f.partyOrgId), eq(t.ikmOrgId as AnyColumn, f.partyOrgId)) : undefined,
    f.poId ? eq(t.poId as AnyColumn, f.poId) : undefined,
    f.buyerOrgId ? eq(t.buyerOrgId as AnyColumn, f.buyerOrgId) : undefined,
    f.ikmOrgId ? eq(t.ikmOrgId as AnyColumn, f.ikmOrgId) : undefined,
  ];
  return and(...conds.filter(Boolean));
}

export async function listDeliveryNotes(x: Executor, f: DocFilter) {
  const where = docWhere(deliveryNotes, f);
  const rows = await x
    .select({
      note: deliveryNotes,
      poReference: sql<string>`(select reference from purchase_orders p where p.id = delivery_notes.po_id)`,
      quantity: sql<string>`(select coalesce(sum(l.quantity), 0)::bigint from ${deliveryNoteLines} l where l.delivery_note_id = delivery_notes.id)`,
      receivedQty: sql<string>`(select coalesce(sum(l.received_qty), 0)::bigint from ${deliveryNoteLines} l where l.delivery_note_id = delivery_notes.id)`,
    })
    .from(deliveryNotes)
    .where(where)
    .orderBy(desc(deliveryNotes.deliveredOn), desc(deliveryNotes.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(deliveryNotes).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const insertReceipt = (x: Executor, row: typeof goodsReceipts.$inferInsert) => x.insert(goodsReceipts).values(row);
export const insertReceiptLines = (x: Executor, rows: (typeof goodsReceiptLines.$inferInsert)[]) => x.insert(goodsReceiptLines).values(rows);

/** Adds received quantity to a delivered line, never above what was delivered on it; null when it would exceed. */
export async function addReceivedToNoteLine(x: Executor, deliveryNoteId: string, noteLineId: string, qty: number) {
  const [row] = await x
    .update(deliveryNoteLines)
    .set({ receivedQty: sql`${deliveryNoteLines.receivedQty} + ${qty}` })
    .where(and(eq(deliveryNoteLines.id, noteLineId), eq(deliveryNoteLines.deliveryNoteId, deliveryNoteId), sql`${deliveryNoteLines.receivedQty} + ${qty} <= ${deliveryNoteLines.quantity}`))
    .returning({ poLineId: deliveryNoteLines.poLineId, quantity: deliveryNoteLines.quantity, receivedQty: deliveryNoteLines.receivedQty });
  return row ?? null;
}

export async function addAcceptedRejected(x: Executor, poLineId: string, accepted: number, rejected: number) {
  const [row] = await x
    .update(poLines)
    .set({ acceptedQty: sql`${poLines.acceptedQty} + ${accepted}`, rejectedQty: sql`${poLines.rejectedQty} + ${rejected}` })
    .where(eq(poLines.id, poLineId))
    .returning({ acceptedQty: poLines.acceptedQty });
  return row!;
}

/** Marks schedule entries whose cumulative quantity is now accepted as fulfilled on the delivery date. */
export const markSchedulesFulfilled = (x: Executor, poLineId: string, acceptedQty: number, deliveredOn: string) =>
  x
    .update(poSchedules)
    .set({ fulfilledOn: deliveredOn })
    .where(and(eq(poSchedules.poLineId, poLineId), sql`${poSchedules.fulfilledOn} is null`, sql`${poSchedules.cumQuantity} <= ${acceptedQty}`));

export async function findReceiptByKey(x: Executor, buyerOrgId: string, key: string): Promise<ReceiptRow | null> {
  const [row] = await x.select().from(goodsReceipts).where(and(eq(goodsReceipts.buyerOrgId, buyerOrgId), eq(goodsReceipts.idempotencyKey, key))).limit(1);
  return row ?? null;
}

export async function findReceipt(x: Executor, id: string): Promise<ReceiptRow | null> {
  const [row] = await x.select().from(goodsReceipts).where(eq(goodsReceipts.id, id)).limit(1);
  return row ?? null;
}

export const findReceiptLines = (x: Executor, receiptId: string) =>
  x
    .select({ id: goodsReceiptLines.id, deliveryNoteLineId: goodsReceiptLines.deliveryNoteLineId, poLineId: goodsReceiptLines.poLineId, lineNo: poLines.lineNo, partNumber: poLines.partNumber, partName: poLines.partName, acceptedQty: goodsReceiptLines.acceptedQty, rejectedQty: goodsReceiptLines.rejectedQty, rejectReason: goodsReceiptLines.rejectReason })
    .from(goodsReceiptLines)
    .innerJoin(poLines, eq(poLines.id, goodsReceiptLines.poLineId))
    .where(eq(goodsReceiptLines.receiptId, receiptId))
    .orderBy(asc(poLines.lineNo));

export async function listReceipts(x: Executor, f: DocFilter) {
  const where = docWhere(goodsReceipts, f);
  const rows = await x
    .select({ receipt: goodsReceipts, poReference: sql<string>`(select reference from purchase_orders p where p.id = goods_receipts.po_id)` })
    .from(goodsReceipts)
    .where(where)
    .orderBy(desc(goodsReceipts.receivedOn), desc(goodsReceipts.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(goodsReceipts).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}
