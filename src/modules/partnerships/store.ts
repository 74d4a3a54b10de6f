import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mouDocuments, mouParties, mouReminders, mous, mouSequences } from './schema';

export type MouRow = typeof mous.$inferSelect;
export type MouPartyRow = typeof mouParties.$inferSelect;

/** Next number of the year's MOU sequence; the row lock serialises concurrent creators. */
export async function nextMouNumber(x: Executor, year: number): Promise<number> {
  const [row] = await x
    .insert(mouSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: mouSequences.year, set: { last: sql`${mouSequences.last} + 1` } })
    .returning({ last: mouSequences.last });
  return row!.last;
}

export const insertMou = (x: Executor, row: typeof mous.$inferInsert) => x.insert(mous).values(row);
export const updateMou = (x: Executor, id: string, set: Partial<typeof mous.$inferInsert>) => x.update(mous).set(set).where(eq(mous.id, id)).returning();

export async function replaceParties(x: Executor, mouId: string, rows: (typeof mouParties.$inferInsert)[]): Promise<void> {
  await x.delete(mouParties).where(eq(mouParties.mouId, mouId));
  if (rows.length) await x.insert(mouParties).values(rows);
}

export async function findMou(x: Executor, id: string, forUpdate = false): Promise<MouRow | null> {
  const q = x.select().from(mous).where(eq(mous.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export const findParties = (x: Executor, mouId: string) => x.select().from(mouParties).where(eq(mouParties.mouId, mouId)).orderBy(asc(mouParties.role), asc(mouParties.orgId));

export const listDocuments = (x: Executor, mouId: string) =>
  x
    .select({ id: mouDocuments.id, name: mouDocuments.name, contentType: mouDocuments.contentType, size: mouDocuments.size, sha256: mouDocuments.sha256, uploadedAt: mouDocuments.uploadedAt })
    .from(mouDocuments)
    .where(eq(mouDocuments.mouId, mouId))
    .orderBy(asc(mouDocuments.uploadedAt));

export async function findDocument(x: Executor, mouId: string, id: string) {
  const [row] = await x.select().from(mouDocuments).where(and(eq(mouDocuments.mouId, mouId), eq(mouDocuments.id, id))).limit(1);
  return row ?? null;
}

export const insertDocument = (x: Executor, row: typeof mouDocuments.$inferInsert) => x.insert(mouDocuments).values(row);
export const deleteDocument = (x: Executor, mouId: string, id: string) =>
  x.delete(mouDocuments).where(and(eq(mouDocuments.mouId, mouId), eq(mouDocuments.id, id))).returning({ id: mouDocuments.id });

export interface MouFilter {
  /** Only MoUs this organisation is a party to (undefined: all, for programme staff). */
  partyOrgId?: string;
  status?: string;
  initiatorOrgId?: string;
  q?: string;
  limit: number;
  offset: number;
}

export async function listMous(x: Executor, f: MouFilter) {
  const conds: (SQL | undefined)[] = [
    f.partyOrgId ? sql`exists (select 1 from ${mouParties} p where p.mou_id = mous.id and p.org_id = ${f.partyOrgId})` : undefined,
    f.status ? eq(mous.status, f.status) : undefined,
    f.initiatorOrgId ? eq(mous.initiatorOrgId, f.initiatorOrgId) : undefined,
    f.q ? or(sql`${mous.title} ilike ${`%${f.q}%`}`, sql`${mous.reference} ilike ${`%${f.q}%`}`) : undefined,
  ];
  const where = and(...conds.filter(Boolean));
  const rows = await x
    .select({
      mou: mous,
      partyCount: sql<string>`(select count(*) from ${mouParties} p where p.mou_id = mous.id)`,
      signedCount: sql<string>`(select count(*) from ${mouParties} p where p.mou_id = mous.id and p.signed_at is not null)`,
    })
    .from(mous)
    .where(where)
    .orderBy(desc(mous.createdAt), desc(mous.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(mous).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Records one party's signature, only if it has not signed yet (atomic). */
export async function signParty(x: Executor, mouId: string, orgId: string, s: { at: Date; userId: string | null; name: string; documentHash: string; idempotencyKey: string }) {
  const rows = await x
    .update(mouParties)
    .set({ signedAt: s.at, signedByUserId: s.userId, signedByName: s.name, signedDocumentHash: s.documentHash, signIdempotencyKey: s.idempotencyKey })
    .where(and(eq(mouParties.mouId, mouId), eq(mouParties.orgId, orgId), sql`${mouParties.signedAt} is null`))
    .returning();
  return rows[0] ?? null;
}

export const clearSignatures = (x: Executor, mouId: string) =>
  x
    .update(mouParties)
    .set({ signedAt: null, signedByUserId: null, signedByName: null, signedDocumentHash: null, signIdempotencyKey: null })
    .where(and(eq(mouParties.mouId, mouId), isNotNull(mouParties.signedAt)));

/** Signed or active MoUs that may start, end or need a reminder by `horizon`. */
export const listForDaily = (x: Executor, today: string, horizon: string) =>
  x
    .select()
    .from(mous)
    .where(and(inArray(mous.status, ['signed', 'active']), or(sql`${mous.startDate} <= ${today}`, sql`${mous.endDate} <= ${horizon}`)))
    .orderBy(asc(mous.endDate));

/** True when this reminder was not sent before (inserted now). */
export async function claimReminder(x: Executor, mouId: string, daysBefore: number, at: Date): Promise<boolean> {
  const rows = await x.insert(mouReminders).values({ mouId, daysBefore, sentAt: at }).onConflictDoNothing().returning({ mouId: mouReminders.mouId });
  return rows.length > 0;
}

/** Organisation names and kinds for display (read from identity's organisations table). */
export async function orgNames(x: Executor, ids: string[]): Promise<Map<string, { name: string; kind: string }>> {
  if (!ids.length) return new Map();
  const r = await x.execute(sql`select id, name, kind from organisations where id in (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`);
  return new Map((r.rows as { id: string; name: string; kind: string }[]).map((o) => [o.id, { name: o.name, kind: o.kind }]));
}
