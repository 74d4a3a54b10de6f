import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { StoredInstalment } from './domain/akad-schedule';
import { financeAkads, financeEscrowAccounts, financeInstalments, financeScheduleVersions } from './schema-ledger';

export type AkadRow = typeof financeAkads.$inferSelect;
export type InstalmentRow = typeof financeInstalments.$inferSelect;
export type EscrowAccountRow = typeof financeEscrowAccounts.$inferSelect;

export const insertAkad = (x: Executor, row: typeof financeAkads.$inferInsert) => x.insert(financeAkads).values(row);

export async function findAkad(x: Executor, id: string, lock = false): Promise<AkadRow | null> {
  const q = x.select().from(financeAkads).where(eq(financeAkads.id, id)).limit(1);
  const [row] = lock ? await q.for('no key update') : await q;
  return row ?? null;
}

export async function findAkadByApplication(x: Executor, applicationId: string): Promise<AkadRow | null> {
  const [row] = await x.select().from(financeAkads).where(eq(financeAkads.applicationId, applicationId)).limit(1);
  return row ?? null;
}

export const updateAkadRow = (x: Executor, id: string, set: Partial<typeof financeAkads.$inferInsert>) =>
  x.update(financeAkads).set(set).where(eq(financeAkads.id, id)).returning();

export async function listAkads(x: Executor, f: { lenderOrgId?: string; ikmOrgId?: string; buyerOrgId?: string; status?: string; limit: number; offset: number }) {
  const conds: (SQL | undefined)[] = [
    f.lenderOrgId ? eq(financeAkads.lenderOrgId, f.lenderOrgId) : undefined,
    f.ikmOrgId ? eq(financeAkads.ikmOrgId, f.ikmOrgId) : undefined,
    f.buyerOrgId ? eq(financeAkads.buyerOrgId, f.buyerOrgId) : undefined,
    f.status ? eq(financeAkads.status, f.status) : undefined,
  ];
  const where = and(...conds);
  const rows = await x.select().from(financeAkads).where(where).orderBy(desc(financeAkads.createdAt), desc(financeAkads.id)).limit(f.limit).offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(financeAkads).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const insertScheduleVersion = (x: Executor, row: typeof financeScheduleVersions.$inferInsert) => x.insert(financeScheduleVersions).values(row);
export const listScheduleVersions = (x: Executor, akadId: string) =>
  x.select().from(financeScheduleVersions).where(eq(financeScheduleVersions.akadId, akadId)).orderBy(asc(financeScheduleVersions.version));

export function instalmentRow(akadId: string, version: number, i: StoredInstalment): typeof financeInstalments.$inferInsert {
  return {
    akadId,
    version,
    no: i.no,
    dueDate: i.dueDate,
    principalDue: i.principalDue.toString(),
    interestDue: i.interestDue.toString(),
    penaltyDue: i.penaltyDue.toString(),
    principalPaid: i.principalPaid.toString(),
    interestPaid: i.interestPaid.toString(),
    penaltyPaid: i.penaltyPaid.toString(),
  };
}

export async function insertInstalments(x: Executor, akadId: string, version: number, rows: StoredInstalment[]) {
  if (rows.length) await x.insert(financeInstalments).values(rows.map((r) => instalmentRow(akadId, version, r)));
}

export const findInstalments = (x: Executor, akadId: string, version: number) =>
  x.select().from(financeInstalments).where(and(eq(financeInstalments.akadId, akadId), eq(financeInstalments.version, version))).orderBy(asc(financeInstalments.no));

export function toStored(r: InstalmentRow): StoredInstalment & { penaltyAccruedThrough: string | null } {
  return {
    no: r.no,
    dueDate: r.dueDate,
    principalDue: BigInt(r.principalDue),
    interestDue: BigInt(r.interestDue),
    penaltyDue: BigInt(r.penaltyDue),
    principalPaid: BigInt(r.principalPaid),
    interestPaid: BigInt(r.interestPaid),
    penaltyPaid: BigInt(r.penaltyPaid),
    penaltyAccruedThrough: r.penaltyAccruedThrough,
  };
}

/** Adds paid amounts to instalments (one statement for many rows); the check constraint refuses paying more than due. */
export async function addPaid(x: Executor, akadInstalments: { akadId: string; version: number; no: number; principal: bigint; interest: bigint; penalty: bigint }[]) {
  if (!akadInstalments.length) return;
  const values = sql.join(
    akadInstalments.map((p) => sql`(${p.akadId}::uuid, ${p.version}::int, ${p.no}::int, ${p.principal.toString()}::numeric, ${p.interest.toString()}::numeric, ${p.penalty.toString()}::numeric)`),
    sql`, `,
  );
  await x.execute(sql`
    update ${financeInstalments} i set
      principal_paid = i.principal_paid + v.p, interest_paid = i.interest_paid + v.i, penalty_paid = i.penalty_paid + v.n
    from (values ${values}) as v(akad_id, version, no, p, i, n)
    where i.akad_id = v.akad_id and i.version = v.version and i.no = v.no`);
}

/** Adds accrued penalty to instalments and moves their accrual date. */
export async function addPenalty(x: Executor, akadId: string, version: number, accruals: { no: number; amount: bigint }[], through: string) {
  await x.execute(sql`update ${financeInstalments} set penalty_accrued_through = ${through}
    where akad_id = ${akadId} and version = ${version} and due_date < ${through}`);
  for (const a of accruals) {
    await x.execute(sql`update ${financeInstalments} set penalty_due = penalty_due + ${a.amount.toString()}::numeric
      where akad_id = ${akadId} and version = ${version} and no = ${a.no}`);
  }
}

export async function findEscrowAccount(x: Executor, id: string, lock = false): Promise<EscrowAccountRow | null> {
  const q = x.select().from(financeEscrowAccounts).where(eq(financeEscrowAccounts.id, id)).limit(1);
  const [row] = lock ? await q.for('no key update') : await q;
  return row ?? null;
}

/** The escrow of an IKM × lender relationship, created on first use (race-safe upsert). */
export async function ensureEscrowAccount(x: Executor, row: typeof financeEscrowAccounts.$inferInsert): Promise<EscrowAccountRow> {
  await x.insert(financeEscrowAccounts).values(row).onConflictDoNothing();
  const [found] = await x
    .select()
    .from(financeEscrowAccounts)
    .where(and(eq(financeEscrowAccounts.ikmOrgId, row.ikmOrgId), eq(financeEscrowAccounts.lenderOrgId, row.lenderOrgId)))
    .limit(1);
  return found!;
}

export async function listEscrowAccounts(x: Executor, f: { lenderOrgId?: string; ikmOrgId?: string }) {
  return x
    .select()
    .from(financeEscrowAccounts)
    .where(and(f.lenderOrgId ? eq(financeEscrowAccounts.lenderOrgId, f.lenderOrgId) : undefined, f.ikmOrgId ? eq(financeEscrowAccounts.ikmOrgId, f.ikmOrgId) : undefined))
    .orderBy(asc(financeEscrowAccounts.accountNo));
}
