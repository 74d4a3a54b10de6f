import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { developmentEvents, developmentFiles, developmentGates, developmentProjects, developmentSequences } from './schema';

export type ProjectRow = typeof developmentProjects.$inferSelect;
export type GateRow = typeof developmentGates.$inferSelect;

export async function nextProjectNumber(x: Executor, year: number): Promise<number> {
  const [row] = await x
    .insert(developmentSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: developmentSequences.year, set: { last: sql`${developmentSequences.last} + 1` } })
    .returning({ last: developmentSequences.last });
  return row!.last;
}

export const insertProject = (x: Executor, row: typeof developmentProjects.$inferInsert) => x.insert(developmentProjects).values(row);
export const updateProject = (x: Executor, id: string, set: Partial<typeof developmentProjects.$inferInsert>) =>
  x.update(developmentProjects).set(set).where(eq(developmentProjects.id, id)).returning();

export async function findProject(x: Executor, id: string, forUpdate = false): Promise<ProjectRow | null> {
  const q = x.select().from(developmentProjects).where(eq(developmentProjects.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export const findGates = (x: Executor, projectId: string) =>
  x.select().from(developmentGates).where(eq(developmentGates.projectId, projectId)).orderBy(asc(developmentGates.updatedAt));

export async function findGate(x: Executor, projectId: string, stage: string): Promise<GateRow | null> {
  const [row] = await x.select().from(developmentGates).where(and(eq(developmentGates.projectId, projectId), eq(developmentGates.stage, stage))).limit(1);
  return row ?? null;
}

/** Creates the gate of a stage, or reopens it when the project comes back to that stage. */
export async function openGate(x: Executor, row: typeof developmentGates.$inferInsert) {
  await x
    .insert(developmentGates)
    .values(row)
    .onConflictDoUpdate({ target: [developmentGates.projectId, developmentGates.stage], set: { status: 'open', submittedAt: null, updatedAt: row.updatedAt } });
}

export const updateGate = (x: Executor, id: string, set: Partial<typeof developmentGates.$inferInsert>) =>
  x.update(developmentGates).set(set).where(eq(developmentGates.id, id)).returning();

export const insertEvent = (x: Executor, row: typeof developmentEvents.$inferInsert) => x.insert(developmentEvents).values(row);
export const listEvents = (x: Executor, projectId: string) =>
  x.select().from(developmentEvents).where(eq(developmentEvents.projectId, projectId)).orderBy(asc(developmentEvents.at), asc(developmentEvents.id));

export const insertFile = (x: Executor, row: typeof developmentFiles.$inferInsert) => x.insert(developmentFiles).values(row);
export const listFiles = (x: Executor, projectId: string) =>
  x
    .select({ id: developmentFiles.id, stage: developmentFiles.stage, name: developmentFiles.name, contentType: developmentFiles.contentType, size: developmentFiles.size, sha256: developmentFiles.sha256, uploadedOrgId: developmentFiles.uploadedOrgId, uploadedAt: developmentFiles.uploadedAt })
    .from(developmentFiles)
    .where(eq(developmentFiles.projectId, projectId))
    .orderBy(asc(developmentFiles.uploadedAt));

export async function findFile(x: Executor, id: string) {
  const [row] = await x.select().from(developmentFiles).where(eq(developmentFiles.id, id)).limit(1);
  return row ?? null;
}

export interface ProjectFilter {
  /** Only projects this organisation is buyer or IKM of (undefined: all). */
  partyOrgId?: string;
  buyerOrgId?: string;
  ikmOrgId?: string;
  stage?: string;
  status?: string;
  mouId?: string;
  limit: number;
  offset: number;
}

function projectWhere(f: Omit<ProjectFilter, 'limit' | 'offset'>) {
  const conds: (SQL | undefined)[] = [
    f.partyOrgId ? or(eq(developmentProjects.buyerOrgId, f.partyOrgId), eq(developmentProjects.ikmOrgId, f.partyOrgId)) : undefined,
    f.buyerOrgId ? eq(developmentProjects.buyerOrgId, f.buyerOrgId) : undefined,
    f.ikmOrgId ? eq(developmentProjects.ikmOrgId, f.ikmOrgId) : undefined,
    f.stage ? eq(developmentProjects.stage, f.stage) : undefined,
    f.status ? eq(developmentProjects.status, f.status) : undefined,
    f.mouId ? eq(developmentProjects.mouId, f.mouId) : undefined,
  ];
  return and(...conds.filter(Boolean));
}

const summaryColumns = {
  id: developmentProjects.id,
  reference: developmentProjects.reference,
  buyerOrgId: developmentProjects.buyerOrgId,
  buyerName: sql<string>`(select name from organisations o where o.id = development_projects.buyer_org_id)`.as('buyer_name'),
  ikmOrgId: developmentProjects.ikmOrgId,
  ikmName: sql<string>`(select name from organisations o where o.id = development_projects.ikm_org_id)`.as('ikm_name'),
  partName: developmentProjects.partName,
  partNumber: developmentProjects.partNumber,
  stage: developmentProjects.stage,
  status: developmentProjects.status,
  gateStatus: sql<string | null>`${developmentGates.status}`.as('gate_status'),
  dueDate: developmentGates.dueDate,
  updatedAt: developmentProjects.updatedAt,
};

export async function listProjects(x: Executor, f: ProjectFilter) {
  const where = projectWhere(f);
  const rows = await x
    .select(summaryColumns)
    .from(developmentProjects)
    .leftJoin(developmentGates, and(eq(developmentGates.projectId, developmentProjects.id), eq(developmentGates.stage, developmentProjects.stage)))
    .where(where)
    .orderBy(desc(developmentProjects.updatedAt), desc(developmentProjects.id))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(developmentProjects).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

/** Per stage: the number of projects and the first `perStage` of them (most recently changed first). */
export async function boardRows(x: Executor, f: Omit<ProjectFilter, 'limit' | 'offset'>, perStage: number) {
  const where = and(projectWhere(f), sql`${developmentProjects.status} <> 'cancelled'`);
  const counts = await x.select({ stage: developmentProjects.stage, n: sql<string>`count(*)` }).from(developmentProjects).where(where).groupBy(developmentProjects.stage);
  const ranked = x
    .select({ ...summaryColumns, rank: sql<number>`row_number() over (partition by ${developmentProjects.stage} order by ${developmentProjects.updatedAt} desc)`.as('rank') })
    .from(developmentProjects)
    .leftJoin(developmentGates, and(eq(developmentGates.projectId, developmentProjects.id), eq(developmentGates.stage, developmentProjects.stage)))
    .where(where)
    .as('ranked');
  const items = await x.select().from(ranked).where(sql`${ranked.rank} <= ${perStage}`);
  return { counts: new Map(counts.map((c) => [c.stage, Number(c.n)])), items };
}
