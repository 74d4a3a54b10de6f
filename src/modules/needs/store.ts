import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organisations } from '../../db/schema';
import { needFileContents, needFiles, needInterests, needInvitations, needQuotations, needSequences, partNeeds } from './schema';

export type NeedRow = typeof partNeeds.$inferSelect;
export type QuotationRow = typeof needQuotations.$inferSelect;
export type FileRow = typeof needFiles.$inferSelect;

/** Next number of a yearly reference counter (atomic). */
export async function nextSequence(x: Executor, prefix: string, year: number): Promise<number> {
  const [row] = await x
    .insert(needSequences)
    .values({ prefix, year, last: 1 })
    .onConflictDoUpdate({ target: [needSequences.prefix, needSequences.year], set: { last: sql`${needSequences.last} + 1` } })
    .returning({ last: needSequences.last });
  return row!.last;
}

export async function findNeed(x: Executor, id: string) {
  const [row] = await x
    .select({ need: partNeeds, buyerName: organisations.name })
    .from(partNeeds)
    .innerJoin(organisations, eq(organisations.id, partNeeds.buyerOrgId))
    .where(eq(partNeeds.id, id))
    .limit(1);
  return row ?? null;
}

export async function lockNeed(x: Executor, id: string) {
  const [row] = await x.select().from(partNeeds).where(eq(partNeeds.id, id)).for('update').limit(1);
  return row ?? null;
}

export const insertNeed = (x: Executor, row: typeof partNeeds.$inferInsert) => x.insert(partNeeds).values(row);
export async function updateNeed(x: Executor, id: string, set: Partial<typeof partNeeds.$inferInsert>) {
  const [row] = await x.update(partNeeds).set(set).where(eq(partNeeds.id, id)).returning();
  return row!;
}

/** What the caller may see: everything (programme), its own (buyer) or what is visible to an IKM. */
export type NeedScope = { kind: 'all' } | { kind: 'buyer'; orgId: string } | { kind: 'ikm'; orgId: string; isVerified: boolean; eventIds: string[] };

export function scopeCondition(scope: NeedScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'buyer') return eq(partNeeds.buyerOrgId, scope.orgId);
  const org = scope.orgId;
  const responded = sql`(exists (select 1 from ${needQuotations} q where q.need_id = ${partNeeds.id} and q.ikm_org_id = ${org})
    or exists (select 1 from ${needInterests} i where i.need_id = ${partNeeds.id} and i.ikm_org_id = ${org}))`;
  const invited = sql`exists (select 1 from ${needInvitations} v where v.need_id = ${partNeeds.id} and v.ikm_org_id = ${org})`;
  const open: SQL[] = [invited];
  if (scope.isVerified) open.push(sql`${partNeeds.visibility} = 'all_verified'`);
  if (scope.eventIds.length) open.push(sql`(${partNeeds.visibility} = 'event' and ${partNeeds.eventId} = any(${sql.param(scope.eventIds)}::uuid[]))`);
  return sql`(${partNeeds.status} <> 'draft' and (${responded} or (${partNeeds.status} = 'open' and (${sql.join(open, sql` or `)}))))`;
}

export interface NeedFilter {
  status?: string;
  q?: string;
  process?: string;
  eventId?: string;
  buyerOrgId?: string;
  limit: number;
  offset: number;
}

function filterConditions(scope: NeedScope, f: Omit<NeedFilter, 'limit' | 'offset'>): SQL | undefined {
  const c = [
    scopeCondition(scope),
    f.status ? eq(partNeeds.status, f.status) : undefined,
    f.q ? sql`(${partNeeds.partName} ilike ${`%${f.q}%`} or ${partNeeds.partNumber} ilike ${`%${f.q}%`} or ${partNeeds.reference} ilike ${`%${f.q}%`})` : undefined,
    f.process ? sql`${partNeeds.processes} @> ${sql.param([f.process])}::text[]` : undefined,
    f.eventId ? eq(partNeeds.eventId, f.eventId) : undefined,
    f.buyerOrgId ? eq(partNeeds.buyerOrgId, f.buyerOrgId) : undefined,
  ].filter((x): x is SQL => x !== undefined);
  return c.length ? and(...c) : undefined;
}

export async function listNeeds(x: Executor, scope: NeedScope, f: NeedFilter) {
  const where = filterConditions(scope, f);
  const rows = await x
    .select({
      need: partNeeds,
      buyerName: organisations.name,
      quotationCount: sql<number>`(select count(*)::int from ${needQuotations} q where q.need_id = ${partNeeds.id} and q.status = 'submitted')`,
      interestCount: sql<number>`(select count(*)::int from ${needInterests} i where i.need_id = ${partNeeds.id})`,
    })
    .from(partNeeds)
    .innerJoin(organisations, eq(organisations.id, partNeeds.buyerOrgId))
    .where(where)
    .orderBy(desc(partNeeds.createdAt), asc(partNeeds.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<number>`count(*)::int` }).from(partNeeds).where(where);
  return { rows, total: c?.n ?? 0 };
}

/** Open needs sharing a process with `processes`, visible in `scope` (candidates for an IKM's matches). */
export function openNeedsForProcesses(x: Executor, scope: NeedScope, processes: string[], today: string, limit: number) {
  return x
    .select({ need: partNeeds, buyerName: organisations.name })
    .from(partNeeds)
    .innerJoin(organisations, eq(organisations.id, partNeeds.buyerOrgId))
    .where(and(eq(partNeeds.status, 'open'), sql`${partNeeds.deadline} >= ${today}`, sql`${partNeeds.processes} && ${sql.param(processes)}::text[]`, scopeCondition(scope)))
    .orderBy(asc(partNeeds.deadline))
    .limit(limit);
}

export async function isInvited(x: Executor, needId: string, orgId: string) {
  const [r] = await x.select({ n: sql<number>`1` }).from(needInvitations).where(and(eq(needInvitations.needId, needId), eq(needInvitations.ikmOrgId, orgId))).limit(1);
  return !!r;
}

export async function hasResponded(x: Executor, needId: string, orgId: string) {
  const [r] = await x.execute<{ n: number }>(sql`select 1 as n from ${needQuotations} where need_id = ${needId} and ikm_org_id = ${orgId}
    union all select 1 from ${needInterests} where need_id = ${needId} and ikm_org_id = ${orgId} limit 1`).then((res) => res.rows);
  return !!r;
}

export const listInvitations = (x: Executor, needId: string) =>
  x
    .select({ orgId: needInvitations.ikmOrgId, orgName: organisations.name, invitedAt: needInvitations.invitedAt })
    .from(needInvitations)
    .innerJoin(organisations, eq(organisations.id, needInvitations.ikmOrgId))
    .where(eq(needInvitations.needId, needId))
    .orderBy(asc(organisations.name));

export async function addInvitations(x: Executor, rows: (typeof needInvitations.$inferInsert)[]) {
  if (rows.length) await x.insert(needInvitations).values(rows).onConflictDoNothing();
}
export const removeInvitation = (x: Executor, needId: string, orgId: string) =>
  x.delete(needInvitations).where(and(eq(needInvitations.needId, needId), eq(needInvitations.ikmOrgId, orgId))).returning();

export const organisationsByIds = (x: Executor, ids: string[]) =>
  ids.length ? x.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids)) : Promise.resolve([]);

export const listInterests = (x: Executor, needId: string) =>
  x
    .select({ orgId: needInterests.ikmOrgId, orgName: organisations.name, note: needInterests.note, createdAt: needInterests.createdAt })
    .from(needInterests)
    .innerJoin(organisations, eq(organisations.id, needInterests.ikmOrgId))
    .where(eq(needInterests.needId, needId))
    .orderBy(asc(needInterests.createdAt));

export const insertInterest = (x: Executor, row: typeof needInterests.$inferInsert) => x.insert(needInterests).values(row).onConflictDoNothing().returning();
export const deleteInterest = (x: Executor, needId: string, orgId: string) =>
  x.delete(needInterests).where(and(eq(needInterests.needId, needId), eq(needInterests.ikmOrgId, orgId))).returning();

const quotationSelect = { quotation: needQuotations, ikmName: organisations.name };

export function listQuotations(x: Executor, needId: string, onlyOrgId?: string) {
  return x
    .select(quotationSelect)
    .from(needQuotations)
    .innerJoin(organisations, eq(organisations.id, needQuotations.ikmOrgId))
    .where(and(eq(needQuotations.needId, needId), onlyOrgId ? eq(needQuotations.ikmOrgId, onlyOrgId) : undefined))
    .orderBy(asc(needQuotations.submittedAt));
}

export async function findQuotation(x: Executor, id: string) {
  const [row] = await x.select(quotationSelect).from(needQuotations).innerJoin(organisations, eq(organisations.id, needQuotations.ikmOrgId)).where(eq(needQuotations.id, id)).limit(1);
  return row ?? null;
}

export async function findQuotationOf(x: Executor, needId: string, orgId: string) {
  const [row] = await x.select().from(needQuotations).where(and(eq(needQuotations.needId, needId), eq(needQuotations.ikmOrgId, orgId))).for('update').limit(1);
  return row ?? null;
}

/** An IKM's quotations with their needs (its "my quotations" list). */
export function quotationsOfIkm(x: Executor, orgId: string) {
  return x
    .select({ quotation: needQuotations, needReference: partNeeds.reference, partName: partNeeds.partName, needStatus: partNeeds.status, buyerName: organisations.name })
    .from(needQuotations)
    .innerJoin(partNeeds, eq(partNeeds.id, needQuotations.needId))
    .innerJoin(organisations, eq(organisations.id, partNeeds.buyerOrgId))
    .where(eq(needQuotations.ikmOrgId, orgId))
    .orderBy(desc(needQuotations.submittedAt));
}

export const insertQuotation = (x: Executor, row: typeof needQuotations.$inferInsert) => x.insert(needQuotations).values(row);
export async function updateQuotation(x: Executor, id: string, set: Partial<typeof needQuotations.$inferInsert>) {
  const [row] = await x.update(needQuotations).set(set).where(eq(needQuotations.id, id)).returning();
  return row!;
}

const fileColumns = { id: needFiles.id, needId: needFiles.needId, quotationId: needFiles.quotationId, orgId: needFiles.orgId, filename: needFiles.filename, mime: needFiles.mime, size: needFiles.size, sha256: needFiles.sha256, description: needFiles.description, createdAt: needFiles.createdAt };

export function listFiles(x: Executor, needId: string, quotationIds: string[] | null) {
  const owner = quotationIds === null ? isNull(needFiles.quotationId) : quotationIds.length ? inArray(needFiles.quotationId, quotationIds) : sql`false`;
  return x.select(fileColumns).from(needFiles).where(and(eq(needFiles.needId, needId), owner)).orderBy(asc(needFiles.createdAt));
}

export async function findFile(x: Executor, id: string) {
  const [row] = await x.select(fileColumns).from(needFiles).where(eq(needFiles.id, id)).limit(1);
  return row ?? null;
}

export async function fileContent(x: Executor, id: string) {
  const [row] = await x.select({ content: needFileContents.content }).from(needFileContents).where(eq(needFileContents.fileId, id)).limit(1);
  return row?.content ?? null;
}

export async function insertFile(x: Executor, row: typeof needFiles.$inferInsert, content: Buffer) {
  await x.insert(needFiles).values(row);
  await x.insert(needFileContents).values({ fileId: row.id, content });
}

export const deleteFile = (x: Executor, id: string) => x.delete(needFiles).where(eq(needFiles.id, id));

/** Short descriptions of needs (for the events area: meeting topics). */
export function describeNeeds(x: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return x.select({ id: partNeeds.id, reference: partNeeds.reference, partName: partNeeds.partName, buyerOrgId: partNeeds.buyerOrgId }).from(partNeeds).where(inArray(partNeeds.id, ids));
}

export async function responseCounts(x: Executor, needId: string) {
  const [r] = await x.execute<{ quotations: number; interests: number }>(sql`select
    (select count(*)::int from ${needQuotations} where need_id = ${needId} and status = 'submitted') as quotations,
    (select count(*)::int from ${needInterests} where need_id = ${needId}) as interests`).then((res) => res.rows);
  return { quotationCount: Number(r?.quotations ?? 0), interestCount: Number(r?.interests ?? 0) };
}
