import { and, asc, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orderSequences, poLines, poRevisions, poSchedules, purchaseOrders } from './schema';

export type PoRow = typeof purchaseOrders.$inferSelect;
export type PoLineRow = typeof poLines.$inferSelect;
export type PoScheduleRow = typeof poSchedules.$inferSelect;

/** Next number of a kind's yearly sequence (PO, SJ, GR, INV); the row lock serialises concurrent creators. */
export async function nextNumber(x: Executor, kind: string, year: number): Promise<number> {
  const [row] = await x
    .insert(orderSequences)
    .values({ kind, year, last: 1 })
    .onConflictDoUpdate({ target: [orderSequences.kind, orderSequences.year], set: { last: sql`${orderSequences.last} + 1` } })
    .returning({ last: orderSequences.last });
  return row!.last;
}

export const insertPo = (x: Executor, row: typeof purchaseOrders.$inferInsert) => x.insert(purchaseOrders).values(row);
export const updatePo = (x: Executor, id: string, set: Partial<typeof purchaseOrders.$inferInsert>) =>
  x.update(purchaseOrders).set(set).where(eq(purchaseOrders.id, id)).returning();

export async function findPo(x: Executor, id: string, forUpdate = false): Promise<PoRow | null> {
  const q = x.select().from(purchaseOrders).where(eq(purchaseOrders.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export const findLines = (x: Executor, poId: string) => x.select().from(poLines).where(eq(poLines.poId, poId)).orderBy(asc(poLines.lineNo));
export const findSchedules = (x: Executor, poId: string) => x.select().from(poSchedules).where(eq(poSchedules.poId, poId)).orderBy(asc(poSchedules.poLineId), asc(poSchedules.seq));

export async function insertLines(x: Executor, lines: (typeof poLines.$inferInsert)[], schedules: (typeof poSchedules.$inferInsert)[]): Promise<void> {
  if (lines.length) await x.insert(poLines).values(lines);
  if (schedules.length) await x.insert(poSchedules).values(schedules);
}

export const updateLine = (x: Executor, id: string, set: Partial<typeof poLines.$inferInsert>) => x.update(poLines).set(set).where(eq(poLines.id, id));
export const deleteSchedulesOf = (x: Executor, lineIds: string[]) => (lineIds.length ? x.delete(poSchedules).where(inArray(poSchedules.poLineId, lineIds)) : Promise.resolve());
export const deleteLinesExcept = (x: Executor, poId: string, keep: string[]) =>
  x.delete(poLines).where(and(eq(poLines.poId, poId), keep.length ? notInArray(poLines.id, keep) : undefined));

export const insertRevision = (x: Executor, row: typeof poRevisions.$inferInsert) => x.insert(poRevisions).values(row);
export const listRevisions = (x: Executor, poId: string) => x.select().from(poRevisions).where(eq(poRevisions.poId, poId)).orderBy(desc(poRevisions.revision));

export interface PoFilter {
  partyOrgId?: string;
  buyerOrgId?: string;
  ikmOrgId?: string;
  statuses?: string[];
  q?: string;
  limit: number;
  offset: number;
}

/** A page of POs with organisation names and progress (quantities summed over the page's lines only). */
export async function listPos(x: Executor, f: PoFilter) {
  const conds: (SQL | undefined)[] = [
    f.partyOrgId ? or(eq(purchaseOrders.buyerOrgId, f.partyOrgId), eq(purchaseOrders.ikmOrgId, f.partyOrgId)) : undefined,
    f.buyerOrgId ? eq(purchaseOrders.buyerOrgId, f.buyerOrgId) : undefined,
    f.ikmOrgId ? eq(purchaseOrders.ikmOrgId, f.ikmOrgId) : undefined,
    f.statuses?.length ? inArray(purchaseOrders.status, f.statuses) : undefined,
    f.q ? sql`${purchaseOrders.reference} ilike ${`%${f.q}%`}` : undefined,
  ];
  const where = and(...conds.filter(Boolean));
  const countQuery = x.select({ n: sql<string>`count(*)` }).from(purchaseOrders).where(where);
  const pageQuery = x
    .select({
      po: purchaseOrders,
      buyerName: sql<string>`(select name from organisations o where o.id = purchase_orders.buyer_org_id)`,
      ikmName: sql<string>`(select name from organisations o where o.id = purchase_orders.ikm_org_id)`,
    })
    .from(purchaseOrders)
    .where(where)
    .orderBy(desc(purchaseOrders.orderDate), desc(purchaseOrders.id))
    .limit(f.limit)
    .offset(f.offset);
  // The total runs beside the page (a second pooled connection); progress only for the page's POs.
  const [pos, [c]] = await Promise.all([pageQuery, countQuery]);
  const ids = pos.map((p) => p.po.id);
  const progress = ids.length
    ? await x
        .select({
          poId: poLines.poId,
          lineCount: sql<number>`count(*)::int`,
          orderedQty: sql<string>`sum(${poLines.quantity})::bigint`,
          deliveredQty: sql<string>`sum(${poLines.deliveredQty})::bigint`,
          acceptedQty: sql<string>`sum(${poLines.acceptedQty})::bigint`,
          invoicedQty: sql<string>`sum(${poLines.invoicedQty})::bigint`,
          nextDueDate: sql<string | null>`(select min(s.due_date)::text from ${poSchedules} s where s.po_id = po_lines.po_id and s.fulfilled_on is null)`,
        })
        .from(poLines)
        .where(inArray(poLines.poId, ids))
        .groupBy(poLines.poId)
    : [];
  const byPo = new Map(progress.map((p) => [p.poId, p]));
  return { rows: pos.map((p) => ({ ...p, progress: byPo.get(p.po.id) ?? null })), total: Number(c?.n ?? 0) };
}
