import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { buyerPlants, buyerProfiles } from './schema';

export type BuyerRow = typeof buyerProfiles.$inferSelect;
export type PlantRow = typeof buyerPlants.$inferSelect;

export async function findBuyer(x: Executor, orgId: string) {
  const [row] = await x.select().from(buyerProfiles).where(eq(buyerProfiles.orgId, orgId)).limit(1);
  return row ?? null;
}

export const listPlants = (x: Executor, orgId: string) => x.select().from(buyerPlants).where(eq(buyerPlants.orgId, orgId)).orderBy(asc(buyerPlants.position));

export async function upsertBuyer(x: Executor, row: typeof buyerProfiles.$inferInsert) {
  const { orgId: _orgId, createdAt: _createdAt, ...set } = row;
  const [out] = await x.insert(buyerProfiles).values(row).onConflictDoUpdate({ target: buyerProfiles.orgId, set }).returning();
  return out!;
}

export async function replacePlants(x: Executor, orgId: string, rows: (typeof buyerPlants.$inferInsert)[]) {
  await x.delete(buyerPlants).where(eq(buyerPlants.orgId, orgId));
  if (rows.length) await x.insert(buyerPlants).values(rows);
}

export async function listBuyers(x: Executor, f: { tier?: string; group?: string; q?: string; limit: number; offset: number }) {
  const where = and(
    f.tier ? eq(buyerProfiles.tier, f.tier) : undefined,
    f.group ? sql`lower(${buyerProfiles.groupName}) = lower(${f.group})` : undefined,
    f.q ? sql`${buyerProfiles.companyName} ilike ${`%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}` : undefined,
  );
  const rows = await x
    .select({ profile: buyerProfiles, plantCount: sql<string>`(select count(*) from ${buyerPlants} bp where bp.org_id = ${buyerProfiles.orgId})` })
    .from(buyerProfiles)
    .where(where)
    .orderBy(asc(buyerProfiles.tier), asc(buyerProfiles.companyName))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(buyerProfiles).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}
