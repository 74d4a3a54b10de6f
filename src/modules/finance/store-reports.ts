import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { financeAkads, financeEscrowPayments, financeInstalments, financeJournalEntries, financeJournalLines } from './schema-ledger';
import { financeApplications, financeUnderlyings } from './schema';

export type AkadPortfolioRow = {
  id: string;
  reference: string;
  lender_org_id: string;
  ikm_org_id: string;
  buyer_org_id: string;
  status: string;
  principal: string;
  outstanding: string;
  disbursed: string;
  repaid: string;
  interest: string;
  penalty: string;
  written_off: string;
  oldest_due: string | null;
};

/** Per signed akad: ledger sums (a reversal counts as the kind it reverses) and the oldest unpaid due date before `asOf`. */
export async function akadPortfolioRows(x: Executor, f: { lenderOrgId?: string; asOf: string }): Promise<AkadPortfolioRow[]> {
  const byLender = f.lenderOrgId ? sql` and a.lender_org_id = ${f.lenderOrgId}::uuid` : sql``;
  const r = await x.execute<AkadPortfolioRow>(sql`
    select a.id, a.reference, a.lender_org_id, a.ikm_org_id, a.buyer_org_id, a.status, a.principal::text,
      coalesce(j.outstanding, 0)::text as outstanding, coalesce(j.disbursed, 0)::text as disbursed, coalesce(j.repaid, 0)::text as repaid,
      coalesce(j.interest, 0)::text as interest, coalesce(j.penalty, 0)::text as penalty, coalesce(j.written_off, 0)::text as written_off,
      (select min(i.due_date)::text from ${financeInstalments} i where i.akad_id = a.id and i.version = a.current_version and i.due_date < ${f.asOf}::date
        and (i.principal_paid < i.principal_due or i.interest_paid < i.interest_due or i.penalty_paid < i.penalty_due)) as oldest_due
    from ${financeAkads} a
    left join lateral (
      select sum(l.amount) filter (where l.account = 'loan_principal') as outstanding,
        sum(l.amount) filter (where l.account = 'loan_principal' and coalesce(o.kind, e.kind) = 'disbursement') as disbursed,
        -sum(l.amount) filter (where l.account = 'loan_principal' and coalesce(o.kind, e.kind) = 'allocation') as repaid,
        -sum(l.amount) filter (where l.account = 'interest_income') as interest,
        -sum(l.amount) filter (where l.account = 'penalty_income') as penalty,
        sum(l.amount) filter (where l.account = 'write_off_expense') as written_off
      from ${financeJournalLines} l join ${financeJournalEntries} e on e.id = l.entry_id
      left join ${financeJournalEntries} o on o.id = e.reverses_entry_id
      where l.akad_id = a.id) j on true
    where a.status in ('signed','disbursed','repaid','written_off')${byLender}
    order by a.reference`);
  return r.rows;
}

export type PipelineRow = {
  application_status: string;
  akad_status: string | null;
  amount: string;
  principal: string | null;
  lender_org_id: string;
};

export async function pipelineRows(x: Executor, f: { lenderOrgId?: string; ikmOrgId?: string; buyerOrgId?: string }): Promise<PipelineRow[]> {
  const conds: SQL[] = [sql`true`];
  if (f.lenderOrgId) conds.push(sql`a.lender_org_id = ${f.lenderOrgId}::uuid`);
  if (f.ikmOrgId) conds.push(sql`a.ikm_org_id = ${f.ikmOrgId}::uuid`);
  if (f.buyerOrgId) conds.push(sql`a.status <> 'draft' and exists (select 1 from ${financeUnderlyings} u where u.application_id = a.id and u.buyer_org_id = ${f.buyerOrgId}::uuid)`);
  const r = await x.execute<PipelineRow>(sql`
    select a.status as application_status, k.status as akad_status, a.amount::text as amount, k.principal::text as principal, a.lender_org_id
    from ${financeApplications} a left join ${financeAkads} k on k.application_id = a.id
    where ${sql.join(conds, sql` and `)}`);
  return r.rows;
}

export type ReconciliationRow = {
  payment_id: string;
  kind: string;
  invoice_id: string | null;
  paid_on: string;
  amount: string;
  escrow_in: string;
  escrow_out: string;
  principal: string;
  interest: string;
  penalty: string;
  to_ikm: string;
  reversed: boolean;
};

/** Per payment into an escrow: what came in and what went out, from the journal lines. */
export async function reconciliationRows(x: Executor, escrowAccountId: string): Promise<ReconciliationRow[]> {
  const r = await x.execute<ReconciliationRow>(sql`
    select p.id as payment_id, p.kind, p.invoice_id, p.paid_on::text as paid_on, p.amount::text as amount, p.reversed_at is not null as reversed,
      coalesce(sum(l.amount) filter (where l.account = 'escrow' and l.amount > 0), 0)::text as escrow_in,
      coalesce(-sum(l.amount) filter (where l.account = 'escrow' and l.amount < 0), 0)::text as escrow_out,
      coalesce(-sum(l.amount) filter (where l.account = 'loan_principal'), 0)::text as principal,
      coalesce(-sum(l.amount) filter (where l.account = 'interest_income'), 0)::text as interest,
      coalesce(-sum(l.amount) filter (where l.account = 'penalty_receivable'), 0)::text as penalty,
      coalesce(sum(l.amount) filter (where l.account = 'ikm_payable' and coalesce(o.kind, e.kind) = 'release_to_ikm'), 0)::text as to_ikm
    from ${financeEscrowPayments} p
    left join ${financeJournalEntries} e on e.payment_id = p.id
    left join ${financeJournalEntries} o on o.id = e.reverses_entry_id
    left join ${financeJournalLines} l on l.entry_id = e.id
    where p.escrow_account_id = ${escrowAccountId}::uuid
    group by p.id order by p.paid_on, p.created_at`);
  return r.rows;
}

export interface LedgerCheck {
  entries: number;
  lines: number;
  unbalancedEntries: number;
  entriesWithoutLines: number;
  byAccount: { account: string; balance: string }[];
  /** Escrow accounts whose balance is not zero (money held), for information. */
  escrowNonZero: number;
}

/** Trial balance and integrity checks over the whole ledger or one lender's part of it. */
export async function ledgerCheck(x: Executor, lenderOrgId?: string): Promise<LedgerCheck> {
  const w = lenderOrgId ? sql`where l.lender_org_id = ${lenderOrgId}::uuid` : sql``;
  const we = lenderOrgId ? sql`where e.lender_org_id = ${lenderOrgId}::uuid` : sql``;
  const [counts] = (await x.execute<{ entries: string; lines: string }>(sql`select (select count(*) from ${financeJournalEntries} e ${we})::text as entries, (select count(*) from ${financeJournalLines} l ${w})::text as lines`)).rows;
  const [unbalanced] = (await x.execute<{ n: string }>(sql`select count(*)::text as n from (select l.entry_id from ${financeJournalLines} l ${w} group by l.entry_id having sum(l.amount) <> 0 or count(*) < 2) u`)).rows;
  const [empty] = (await x.execute<{ n: string }>(sql`select count(*)::text as n from ${financeJournalEntries} e where not exists (select 1 from ${financeJournalLines} l where l.entry_id = e.id)${lenderOrgId ? sql` and e.lender_org_id = ${lenderOrgId}::uuid` : sql``}`)).rows;
  const byAccount = (await x.execute<{ account: string; balance: string }>(sql`select l.account, sum(l.amount)::text as balance from ${financeJournalLines} l ${w} group by l.account order by l.account`)).rows;
  const [esc] = (await x.execute<{ n: string }>(sql`select count(*)::text as n from (select l.escrow_account_id from ${financeJournalLines} l where l.account = 'escrow'${lenderOrgId ? sql` and l.lender_org_id = ${lenderOrgId}::uuid` : sql``} group by l.escrow_account_id having sum(l.amount) <> 0) z`)).rows;
  return {
    entries: Number(counts?.entries ?? 0),
    lines: Number(counts?.lines ?? 0),
    unbalancedEntries: Number(unbalanced?.n ?? 0),
    entriesWithoutLines: Number(empty?.n ?? 0),
    byAccount,
    escrowNonZero: Number(esc?.n ?? 0),
  };
}
