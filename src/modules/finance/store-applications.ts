import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { financeAkads } from './schema-ledger';
import { financeApplications, financePoReservations, financeReviews, financeUnderlyings } from './schema';

export type ApplicationRow = typeof financeApplications.$inferSelect;
export type UnderlyingRow = typeof financeUnderlyings.$inferSelect;
export type ReviewRow = typeof financeReviews.$inferSelect;

export const insertApplication = (x: Executor, row: typeof financeApplications.$inferInsert) => x.insert(financeApplications).values(row);
export const insertUnderlyings = (x: Executor, rows: (typeof financeUnderlyings.$inferInsert)[]) => x.insert(financeUnderlyings).values(rows);
export const insertReview = (x: Executor, row: typeof financeReviews.$inferInsert) => x.insert(financeReviews).values(row);

export async function findApplication(x: Executor, id: string, lock = false): Promise<ApplicationRow | null> {
  const q = x.select().from(financeApplications).where(eq(financeApplications.id, id)).limit(1);
  const [row] = lock ? await q.for('no key update') : await q;
  return row ?? null;
}

export const findUnderlyings = (x: Executor, applicationId: string) =>
  x.select().from(financeUnderlyings).where(eq(financeUnderlyings.applicationId, applicationId)).orderBy(asc(financeUnderlyings.kind), asc(financeUnderlyings.reference));

export async function latestReview(x: Executor, applicationId: string): Promise<ReviewRow | null> {
  const [row] = await x.select().from(financeReviews).where(eq(financeReviews.applicationId, applicationId)).orderBy(desc(financeReviews.reviewedAt), desc(financeReviews.id)).limit(1);
  return row ?? null;
}

export const updateApplicationRow = (x: Executor, id: string, set: Partial<typeof financeApplications.$inferInsert>) =>
  x.update(financeApplications).set(set).where(eq(financeApplications.id, id)).returning();

export const updateUnderlyingRow = (x: Executor, id: string, set: Partial<typeof financeUnderlyings.$inferInsert>) =>
  x.update(financeUnderlyings).set(set).where(eq(financeUnderlyings.id, id)).returning();

export interface ApplicationFilter {
  lenderOrgId?: string;
  ikmOrgId?: string;
  /** Applications backed by a PO/MoU of this buyer (drafts excluded). */
  buyerOrgId?: string;
  status?: string;
  limit: number;
  offset: number;
}

export async function listApplications(x: Executor, f: ApplicationFilter) {
  const conds: (SQL | undefined)[] = [
    f.lenderOrgId ? eq(financeApplications.lenderOrgId, f.lenderOrgId) : undefined,
    f.ikmOrgId ? eq(financeApplications.ikmOrgId, f.ikmOrgId) : undefined,
    f.status ? eq(financeApplications.status, f.status) : undefined,
    f.buyerOrgId
      ? sql`${financeApplications.status} <> 'draft' and exists (select 1 from ${financeUnderlyings} u where u.application_id = ${financeApplications.id} and u.buyer_org_id = ${f.buyerOrgId})`
      : undefined,
  ];
  const where = and(...conds);
  const rows = await x
    .select({ application: financeApplications, akadId: financeAkads.id, akadReference: financeAkads.reference, akadStatus: financeAkads.status })
    .from(financeApplications)
    .leftJoin(financeAkads, eq(financeAkads.applicationId, financeApplications.id))
    .where(where)
    .orderBy(desc(financeApplications.createdAt), desc(financeApplications.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(financeApplications).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Locks (creating if needed) the reservation row of each PO, in id order so two applications never deadlock. */
export async function lockPoReservations(x: Executor, pos: { poId: string; poValue: bigint }[], now: Date) {
  const sorted = [...pos].sort((a, b) => (a.poId < b.poId ? -1 : 1));
  if (!sorted.length) return new Map<string, typeof financePoReservations.$inferSelect>();
  await x
    .insert(financePoReservations)
    .values(sorted.map((p) => ({ poId: p.poId, poValue: p.poValue.toString(), reserved: '0', updatedAt: now })))
    .onConflictDoNothing();
  const rows = await x
    .select()
    .from(financePoReservations)
    .where(inArray(financePoReservations.poId, sorted.map((p) => p.poId)))
    .orderBy(asc(financePoReservations.poId))
    .for('no key update');
  return new Map(rows.map((r) => [r.poId, r]));
}

export const changeReservation = (x: Executor, poId: string, delta: bigint, now: Date) =>
  x
    .update(financePoReservations)
    .set({ reserved: sql`${financePoReservations.reserved} + ${delta.toString()}::numeric`, updatedAt: now })
    .where(eq(financePoReservations.poId, poId));

/** Amount of an IKM's live applications backed by a PO (for information in reviews). */
export async function sumLiveBackedByPo(x: Executor, poId: string): Promise<bigint> {
  const [r] = await x.execute<{ s: string }>(sql`
    select coalesce(sum(u.financed_amount), 0)::text as s from ${financeUnderlyings} u
    join ${financeApplications} a on a.id = u.application_id
    where u.kind = 'po' and u.ref_id = ${poId} and a.status not in ('rejected','withdrawn')`).then((r) => r.rows);
  return BigInt(r?.s ?? '0');
}
