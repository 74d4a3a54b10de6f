import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { registryImports } from './schema';

export type ImportRow = typeof registryImports.$inferSelect;
export type ImportInsert = typeof registryImports.$inferInsert;

/** Every column except the file bytes. */
const { content: _content, report: _report, ...columns } = getTableColumns(registryImports);

/** Imports left in a running state this long ago were interrupted (a restart): they may be run again. */
const STALE_MS = 15 * 60_000;

export const insertImport = (x: Executor, row: ImportInsert) => x.insert(registryImports).values(row);

export async function findImport(x: Executor, id: string) {
  const [row] = await x.select(columns).from(registryImports).where(eq(registryImports.id, id)).limit(1);
  return row ?? null;
}

export async function findImportReport(x: Executor, id: string) {
  const [row] = await x.select({ report: registryImports.report }).from(registryImports).where(eq(registryImports.id, id)).limit(1);
  return row?.report ?? null;
}

export async function findImportContent(x: Executor, id: string): Promise<Buffer | null> {
  const [row] = await x.select({ content: registryImports.content }).from(registryImports).where(eq(registryImports.id, id)).limit(1);
  return row ? Buffer.from(row.content) : null;
}

export async function updateImport(x: Executor, id: string, set: Partial<ImportInsert>) {
  await x.update(registryImports).set(set).where(eq(registryImports.id, id));
}

/** Moves an import out of one of the `from` states (or a stale running one) atomically; false when it is busy. */
export async function claimImport(x: Executor, id: string, from: string[], set: Partial<ImportInsert>, now: Date): Promise<boolean> {
  const rows = await x
    .update(registryImports)
    .set(set)
    .where(
      and(
        eq(registryImports.id, id),
        or(
          sql`${registryImports.status} = any(${sql.param(from)}::text[])`,
          and(inArray(registryImports.status, ['validating', 'committing']), lt(registryImports.updatedAt, new Date(now.getTime() - STALE_MS))),
        ),
      ),
    )
    .returning({ id: registryImports.id });
  return rows.length > 0;
}

export async function listImports(x: Executor, f: { orgId?: string; limit: number; offset: number }) {
  const where = f.orgId ? eq(registryImports.orgId, f.orgId) : undefined;
  const rows = await x.select(columns).from(registryImports).where(where).orderBy(desc(registryImports.createdAt)).limit(f.limit).offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(registryImports).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}
