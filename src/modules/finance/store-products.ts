import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { financeProducts, financeSequences } from './schema';

export type ProductRow = typeof financeProducts.$inferSelect;

export const insertProduct = (x: Executor, row: typeof financeProducts.$inferInsert) => x.insert(financeProducts).values(row).returning();

export async function findProduct(x: Executor, id: string): Promise<ProductRow | null> {
  const [row] = await x.select().from(financeProducts).where(eq(financeProducts.id, id)).limit(1);
  return row ?? null;
}

export async function findProductByCode(x: Executor, lenderOrgId: string, code: string): Promise<ProductRow | null> {
  const [row] = await x.select().from(financeProducts).where(and(eq(financeProducts.lenderOrgId, lenderOrgId), eq(financeProducts.code, code))).limit(1);
  return row ?? null;
}

export async function listProducts(x: Executor, f: { lenderOrgId?: string; activeOnly?: boolean; kind?: string; limit: number; offset: number }) {
  const where = and(
    f.lenderOrgId ? eq(financeProducts.lenderOrgId, f.lenderOrgId) : undefined,
    f.activeOnly ? eq(financeProducts.isActive, true) : undefined,
    f.kind ? eq(financeProducts.kind, f.kind) : undefined,
  );
  const rows = await x.select().from(financeProducts).where(where).orderBy(asc(financeProducts.lenderOrgId), asc(financeProducts.code)).limit(f.limit).offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(financeProducts).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const updateProductRow = (x: Executor, id: string, set: Partial<typeof financeProducts.$inferInsert>) =>
  x.update(financeProducts).set(set).where(eq(financeProducts.id, id)).returning();

/** Next number of a per-year sequence; the upsert's row lock makes it race-free (gap-free within committed transactions). */
export async function nextSequence(x: Executor, name: string, year: number): Promise<number> {
  const [row] = await x
    .insert(financeSequences)
    .values({ name, year, last: 1 })
    .onConflictDoUpdate({ target: [financeSequences.name, financeSequences.year], set: { last: sql`${financeSequences.last} + 1` } })
    .returning({ last: financeSequences.last });
  return row!.last;
}
