import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { newId } from '../../core/ids';
import type { LedgerEntry } from './domain/ledger';
import { execPrepared } from './store-prepared';
import { financeAkads, financeEscrowAccounts, financeEscrowPayments, financeIdempotency, financeInstalments, financeJournalEntries, financeJournalLines } from './schema-ledger';
import { financeUnderlyings } from './schema';

export type PaymentRow = typeof financeEscrowPayments.$inferSelect;

export interface EntryMeta {
  occurredOn: string;
  createdAt: Date;
  lenderOrgId: string;
  ikmOrgId: string;
  paymentId?: string | null;
}

/** One array parameter (not expanded into a list): fixed statement text whatever the number of rows. */
export const arr = (values: unknown[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/**
 * SQL that inserts journal entries and their lines: a data-modifying CTE whose rows come from
 * array parameters (unnest), so the statement text is the same for any number of entries. The
 * lines of an entry go in the same statement as the entry (the balance triggers run at its end).
 */
export function journalInsertSql(entries: LedgerEntry[], meta: EntryMeta): { cte: SQL; ids: string[] } {
  const ids = entries.map(() => newId());
  const lines = entries.flatMap((e, k) => e.lines.map((l) => ({ ...l, entryId: ids[k]! })));
  const cte = sql`journal_e as (insert into ${financeJournalEntries} (id, kind, occurred_on, memo, lender_org_id, ikm_org_id, akad_id, escrow_account_id, payment_id, instalment_no, reverses_entry_id, created_at)
      select e.id, e.kind, ${meta.occurredOn}::date, e.memo, ${meta.lenderOrgId}::uuid, ${meta.ikmOrgId}::uuid, e.akad_id, e.escrow_account_id, ${meta.paymentId ?? null}::uuid, e.no, e.reverses, ${meta.createdAt}::timestamptz
      from unnest(${arr(ids, 'uuid')}, ${arr(entries.map((e) => e.kind), 'text')}, ${arr(entries.map((e) => e.memo), 'text')}, ${arr(entries.map((e) => e.akadId ?? null), 'uuid')},
        ${arr(entries.map((e) => e.escrowAccountId ?? null), 'uuid')}, ${arr(entries.map((e) => e.instalmentNo ?? null), 'int')}, ${arr(entries.map((e) => e.reversesEntryId ?? null), 'uuid')}) as e(id, kind, memo, akad_id, escrow_account_id, no, reverses)),
    journal_l as (insert into ${financeJournalLines} (entry_id, account, amount, lender_org_id, ikm_org_id, akad_id, escrow_account_id)
      select * from unnest(${arr(lines.map((l) => l.entryId), 'uuid')}, ${arr(lines.map((l) => l.account), 'text')}, ${arr(lines.map((l) => l.amount.toString()), 'numeric')},
        ${arr(lines.map((l) => l.lenderOrgId), 'uuid')}, ${arr(lines.map((l) => l.ikmOrgId), 'uuid')}, ${arr(lines.map((l) => l.akadId ?? null), 'uuid')}, ${arr(lines.map((l) => l.escrowAccountId ?? null), 'uuid')}))`;
  return { cte, ids };
}

export async function insertJournal(x: Executor, entries: LedgerEntry[], meta: EntryMeta): Promise<string[]> {
  if (!entries.length) return [];
  const { cte, ids } = journalInsertSql(entries, meta);
  await x.execute(sql`with ${cte} select 1`);
  return ids;
}

/** Which earlier payment a new one repeats: same key, same source payment (orders), or same invoice paid directly into escrow. */
function sameAs(key: string, ref: { escrowAccountId?: string; invoiceId?: string | null; sourcePaymentId?: string | null }): SQL {
  const p = financeEscrowPayments;
  if (ref.sourcePaymentId) return sql`(${p.idempotencyKey} = ${key} or (${p.sourcePaymentId} = ${ref.sourcePaymentId} and ${p.reversedAt} is null))`;
  if (!ref.invoiceId) return sql`${p.idempotencyKey} = ${key}`;
  const escrow = ref.escrowAccountId ? sql` and ${p.escrowAccountId} = ${ref.escrowAccountId}` : sql``;
  return sql`(${p.idempotencyKey} = ${key} or (${p.invoiceId} = ${ref.invoiceId} and ${p.sourcePaymentId} is null and ${p.reversedAt} is null${escrow}))`;
}

/** The payment a duplicate repeats (after its insert found the key, source payment or invoice taken). */
export async function findPaymentByKeyOrInvoice(x: Executor, key: string, ref: { escrowAccountId?: string; invoiceId?: string | null; sourcePaymentId?: string | null }): Promise<PaymentRow | null> {
  const [row] = await x.select().from(financeEscrowPayments).where(sameAs(key, ref)).orderBy(asc(financeEscrowPayments.createdAt)).limit(1);
  return row ?? null;
}

export async function findPayment(x: Executor, id: string, lock = false): Promise<PaymentRow | null> {
  const q = x.select().from(financeEscrowPayments).where(eq(financeEscrowPayments.id, id)).limit(1);
  const [row] = lock ? await q.for('no key update') : await q;
  return row ?? null;
}

export const markPaymentReversed = (x: Executor, id: string, at: Date) => x.update(financeEscrowPayments).set({ reversedAt: at }).where(eq(financeEscrowPayments.id, id));

export async function listPayments(x: Executor, f: { escrowAccountId?: string; akadId?: string; limit: number; offset: number }) {
  const where = and(f.escrowAccountId ? eq(financeEscrowPayments.escrowAccountId, f.escrowAccountId) : undefined, f.akadId ? sql`${financeEscrowPayments.allocations} @> ${JSON.stringify([{ loan: f.akadId }])}::jsonb` : undefined);
  const rows = await x.select().from(financeEscrowPayments).where(where).orderBy(desc(financeEscrowPayments.createdAt), desc(financeEscrowPayments.id)).limit(f.limit).offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(financeEscrowPayments).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export type OpenInstalment = {
  akad_id: string;
  method: string;
  version: number;
  tied_po: boolean;
  no: number;
  due_date: string;
  principal_due: string;
  interest_due: string;
  penalty_due: string;
  principal_paid: string;
  interest_paid: string;
  penalty_paid: string;
};

export type NewPayment = typeof financeEscrowPayments.$inferInsert;

/**
 * In one statement: inserts the payment unless its key (or source payment, or directly paid
 * invoice) is taken, and reads the unpaid instalments (current versions) of the disbursed akads in
 * its escrow — tied to the paying buyer, or one akad. Call with the escrow locked: this statement's
 * snapshot then holds every earlier payment's writes. `inserted` false: a duplicate (rows unused).
 */
export async function insertPaymentAndLoad(x: Executor, p: NewPayment, f: { buyerOrgId?: string | null; akadId?: string | null; poId?: string | null }): Promise<{ inserted: boolean; rows: OpenInstalment[] }> {
  const tied = f.poId
    ? sql`exists (select 1 from ${financeUnderlyings} u where u.application_id = a.application_id and u.kind = 'po' and u.ref_id = ${f.poId}::uuid)`
    : sql`false`;
  const byBuyer = f.buyerOrgId ? sql` and exists (select 1 from ${financeUnderlyings} u where u.application_id = a.application_id and u.buyer_org_id = ${f.buyerOrgId}::uuid)` : sql``;
  const byAkad = f.akadId ? sql` and a.id = ${f.akadId}::uuid` : sql``;
  const rows = await execPrepared<OpenInstalment & { inserted: string | null }>(x, `fin_pay_${f.poId ? 1 : 0}${f.buyerOrgId ? 1 : 0}${f.akadId ? 1 : 0}`, sql`
    with ins as (
      insert into ${financeEscrowPayments} (id, escrow_account_id, kind, idempotency_key, request_hash, invoice_id, source_payment_id, po_id, buyer_org_id, akad_id, amount, paid_on, recorded_by, created_at)
      values (${p.id}::uuid, ${p.escrowAccountId}::uuid, ${p.kind}, ${p.idempotencyKey}, ${p.requestHash}, ${p.invoiceId ?? null}::uuid, ${p.sourcePaymentId ?? null}::uuid, ${p.poId ?? null}::uuid,
        ${p.buyerOrgId ?? null}::uuid, ${p.akadId ?? null}::uuid, ${p.amount}::numeric, ${p.paidOn}::date, ${p.recordedBy ?? null}::uuid, ${p.createdAt}::timestamptz)
      on conflict do nothing returning id)
    select (select id from ins) as inserted, o.* from (select 1) one left join lateral (
      select a.id as akad_id, a.method, a.current_version as version, a.tied_po, i.no, i.due_date::text as due_date,
        i.principal_due, i.interest_due, i.penalty_due, i.principal_paid, i.interest_paid, i.penalty_paid
      from (select a.id, a.method, a.current_version, ${tied} as tied_po from ${financeAkads} a
            where a.escrow_account_id = ${p.escrowAccountId}::uuid and a.status = 'disbursed'${byBuyer}${byAkad} offset 0) a
      join ${financeInstalments} i on i.akad_id = a.id and i.version = a.current_version
      where (i.principal_paid < i.principal_due or i.interest_paid < i.interest_due or i.penalty_paid < i.penalty_due)
      order by a.id, i.no) o on true`);
  const inserted = rows[0]?.inserted != null;
  return { inserted, rows: rows.filter((row) => row.akad_id !== null).map(({ inserted: _i, ...rest }) => rest) };
}

/**
 * The escrow a buyer's payment of an IKM's invoice goes to — the lender whose disbursed akad is
 * tied to the paid PO, else the one whose akad tied to the buyer was signed first — locked
 * (FOR NO KEY UPDATE: payments into one escrow run one at a time; inserts referencing it are not blocked).
 */
export async function lockRoutedEscrow(x: Executor, f: { ikmOrgId: string; buyerOrgId: string; poId?: string | null }) {
  const tied = f.poId ? sql`bool_or(u.kind = 'po' and u.ref_id = ${f.poId}::uuid)` : sql`bool_or(false)`;
  const r = await execPrepared<{ id: string; lender_org_id: string; ikm_org_id: string }>(x, `fin_route_${f.poId ? 1 : 0}`, sql`
    select e.id, e.lender_org_id, e.ikm_org_id from ${financeEscrowAccounts} e
    where e.id = (
      select a.escrow_account_id
      from ${financeAkads} a join ${financeUnderlyings} u on u.application_id = a.application_id and u.buyer_org_id = ${f.buyerOrgId}::uuid
      where a.ikm_org_id = ${f.ikmOrgId}::uuid and a.status = 'disbursed'
      group by a.escrow_account_id order by ${tied} desc, min(a.signed_at) asc limit 1)
    for no key update`);
  const row = r[0];
  return row ? { id: row.id, lenderOrgId: row.lender_org_id, ikmOrgId: row.ikm_org_id } : null;
}

/** Outstanding principal of an IKM's akads (optionally with one lender): its existing exposure. */
export async function exposure(x: Executor, ikmOrgId: string, lenderOrgId?: string): Promise<bigint> {
  const byLender = lenderOrgId ? sql` and a.lender_org_id = ${lenderOrgId}::uuid` : sql``;
  const r = await x.execute<{ s: string }>(sql`
    select coalesce(sum(l.amount), 0)::text as s from ${financeAkads} a
    join ${financeJournalLines} l on l.akad_id = a.id and l.account = 'loan_principal'
    where a.ikm_org_id = ${ikmOrgId}::uuid${byLender}`);
  return BigInt(r.rows[0]?.s ?? '0');
}

/** Sums of journal lines by account for a filter (balances). */
export async function balances(x: Executor, f: { akadId?: string; escrowAccountId?: string; lenderOrgId?: string; ikmOrgId?: string }): Promise<Map<string, bigint>> {
  const where = and(
    f.akadId ? eq(financeJournalLines.akadId, f.akadId) : undefined,
    f.escrowAccountId ? eq(financeJournalLines.escrowAccountId, f.escrowAccountId) : undefined,
    f.lenderOrgId ? eq(financeJournalLines.lenderOrgId, f.lenderOrgId) : undefined,
    f.ikmOrgId ? eq(financeJournalLines.ikmOrgId, f.ikmOrgId) : undefined,
  );
  const rows = await x.select({ account: financeJournalLines.account, s: sql<string>`sum(${financeJournalLines.amount})::text` }).from(financeJournalLines).where(where).groupBy(financeJournalLines.account);
  return new Map(rows.map((r) => [r.account, BigInt(r.s)]));
}

export async function entriesWithLines(x: Executor, f: { akadId?: string; paymentId?: string }) {
  const where = f.akadId ? eq(financeJournalEntries.akadId, f.akadId) : eq(financeJournalEntries.paymentId, f.paymentId!);
  const entries = await x.select().from(financeJournalEntries).where(where).orderBy(asc(financeJournalEntries.createdAt), asc(financeJournalEntries.id));
  if (!entries.length) return [];
  const lines = await x
    .select()
    .from(financeJournalLines)
    .where(sql`${financeJournalLines.entryId} in (${sql.join(entries.map((e) => sql`${e.id}::uuid`), sql`, `)})`)
    .orderBy(asc(financeJournalLines.id));
  return entries.map((e) => ({ ...e, lines: lines.filter((l) => l.entryId === e.id) }));
}

/** Idempotency of signing and disbursing: claim a key (waits for a concurrent holder), or get the first response. */
export async function claimIdempotencyKey(x: Executor, key: string, scope: string, requestHash: string, now: Date): Promise<{ fresh: true } | { fresh: false; requestHash: string; response: unknown }> {
  const r = await x.insert(financeIdempotency).values({ key, scope, requestHash, createdAt: now }).onConflictDoNothing().returning({ key: financeIdempotency.key });
  if (r.length) return { fresh: true };
  const [row] = await x.select().from(financeIdempotency).where(eq(financeIdempotency.key, key)).limit(1);
  return { fresh: false, requestHash: row!.requestHash, response: row!.response };
}

export const saveIdempotentResponse = (x: Executor, key: string, response: unknown) =>
  x.update(financeIdempotency).set({ response: response as object }).where(eq(financeIdempotency.key, key));
