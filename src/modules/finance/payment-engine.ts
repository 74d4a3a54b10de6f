/**
 * Applying one payment into escrow, exactly once, inside the caller's transaction:
 *   1. the caller has locked the escrow account (every writer of its instalments locks it first,
 *      so a concurrent duplicate waits here until the first one commits);
 *   2. insert the payment row (unique idempotency key; unique invoice per escrow, or unique source
 *      payment) — a duplicate finds it taken and returns the first payment's result — and, in the
 *      same statement (a fresh snapshot, taken after the lock), read the unpaid instalments;
 *   4. run the domain waterfall (allocatePayment; a bullet loan tied to the paid PO settles in full);
 *   5. one statement writes the journal entries and lines, the instalments' paid amounts and the
 *      payment's result. A crash anywhere rolls all of it back.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Executor } from '../../db/client';
import type { AuditService } from '../audit';
import { requestHash } from './access';
import { paymentEntries } from './domain/ledger';
import { allocatePayment, type Allocation, type WaterfallLoan } from './domain/waterfall';
import { financeEscrowPayments, financeInstalments } from './schema-ledger';
import * as store from './store';
import { execPrepared } from './store-prepared';

export interface PaymentRequest {
  escrowAccountId: string;
  kind: 'buyer_invoice' | 'repayment' | 'prepayment';
  /** Scoped idempotency key (unique across all payments). */
  key: string;
  invoiceId?: string | null;
  /** The orders area's payment row, when the payment was routed from there. */
  sourcePaymentId?: string | null;
  poId?: string | null;
  buyerOrgId?: string | null;
  akadId?: string | null;
  amount: bigint;
  paidOn: string;
  memo: string;
  now: Date;
}

export interface PaymentResult {
  paymentId: string;
  escrowAccountId: string;
  kind: string;
  amount: bigint;
  paidOn: string;
  toLender: bigint;
  toIkm: bigint;
  allocations: Allocation[];
  /** Akads fully repaid by this payment. */
  repaidAkads: string[];
  /** Principal paid ahead of schedule (prepayment), to reschedule. */
  prepaidPrincipal: bigint;
  duplicate: boolean;
}

export type AllocationJson = { loan: string; no: number; version?: number | null; penalty: string; interest: string; principal: string };

export function paymentResultOf(row: store.PaymentRow, duplicate: boolean): PaymentResult {
  const allocations = ((row.allocations ?? []) as AllocationJson[]).map((a) => ({ loan: a.loan, no: a.no, penalty: BigInt(a.penalty), interest: BigInt(a.interest), principal: BigInt(a.principal) }));
  return {
    paymentId: row.id,
    escrowAccountId: row.escrowAccountId,
    kind: row.kind,
    amount: BigInt(row.amount),
    paidOn: row.paidOn,
    toLender: BigInt(row.toLender ?? '0'),
    toIkm: BigInt(row.toIkm ?? '0'),
    allocations,
    repaidAkads: [],
    prepaidPrincipal: allocations.filter((a) => a.no === 0).reduce((s, a) => s + a.principal, 0n),
    duplicate,
  };
}

function groupLoans(rows: store.OpenInstalment[], settleAkad: string | null) {
  const loans = new Map<string, WaterfallLoan & { version: number; unpaid: bigint }>();
  for (const r of rows) {
    let loan = loans.get(r.akad_id);
    if (!loan) {
      const settleInFull = r.method === 'bullet' && (r.tied_po || r.akad_id === settleAkad);
      loan = { id: r.akad_id, settleInFull, instalments: [], version: r.version, unpaid: 0n };
      loans.set(r.akad_id, loan);
    }
    const inst = {
      no: r.no,
      dueDate: r.due_date,
      penaltyDue: BigInt(r.penalty_due) - BigInt(r.penalty_paid),
      interestDue: BigInt(r.interest_due) - BigInt(r.interest_paid),
      principalDue: BigInt(r.principal_due) - BigInt(r.principal_paid),
    };
    loan.unpaid += inst.penaltyDue + inst.interestDue + inst.principalDue;
    loan.instalments.push(inst);
  }
  return loans;
}

/** `escrow` must be locked by the caller (store.lockRoutedEscrow or store.findEscrowAccount(…, true)). */
export async function applyPayment(tx: Executor, actor: Actor, audit: AuditService, req: PaymentRequest, escrow: { lenderOrgId: string; ikmOrgId: string }): Promise<PaymentResult> {
  const parties = { lenderOrgId: escrow.lenderOrgId, ikmOrgId: escrow.ikmOrgId };
  const hash = requestHash({ e: req.escrowAccountId, k: req.kind, i: req.invoiceId ?? null, s: req.sourcePaymentId ?? null, p: req.poId ?? null, b: req.buyerOrgId ?? null, a: req.akadId ?? null, m: req.amount, d: req.paidOn });
  const id = newId();
  const { inserted, rows } = await store.insertPaymentAndLoad(
    tx,
    {
      id,
      escrowAccountId: req.escrowAccountId,
      kind: req.kind,
      idempotencyKey: req.key,
      requestHash: hash,
      invoiceId: req.invoiceId ?? null,
      sourcePaymentId: req.sourcePaymentId ?? null,
      poId: req.poId ?? null,
      buyerOrgId: req.buyerOrgId ?? null,
      akadId: req.akadId ?? null,
      amount: req.amount.toString(),
      paidOn: req.paidOn,
      recordedBy: actor.userId,
      createdAt: req.now,
    },
    { buyerOrgId: req.kind === 'buyer_invoice' ? req.buyerOrgId : null, akadId: req.akadId, poId: req.poId },
  );
  if (!inserted) {
    const first = await store.findPaymentByKeyOrInvoice(tx, req.key, { escrowAccountId: req.escrowAccountId, invoiceId: req.invoiceId, sourcePaymentId: req.sourcePaymentId });
    if (!first || first.requestHash !== hash) {
      throw conflict('finance.idempotency_conflict', 'Kunci idempotensi atau faktur ini sudah dipakai untuk pembayaran lain.', { field: 'Idempotency-Key' });
    }
    return paymentResultOf(first, true);
  }
  const settleAkad = req.kind === 'prepayment' ? (req.akadId ?? null) : null;
  const loans = groupLoans(rows, settleAkad);
  const w = allocatePayment({ payment: req.amount, paidOn: req.paidOn, loans: [...loans.values()] });
  const allocations = [...w.allocations];
  let toIkm = w.toIkm;
  // Prepayment of an instalment loan: after everything due, the rest repays principal ahead of schedule.
  const target = req.akadId ? loans.get(req.akadId) : undefined;
  if (req.kind === 'prepayment' && target && !target.settleInFull && toIkm > 0n) {
    const principalLeft = target.instalments.reduce((s, i) => s + i.principalDue, 0n) - w.allocations.filter((a) => a.loan === target.id).reduce((s, a) => s + a.principal, 0n);
    const extra = toIkm < principalLeft ? toIkm : principalLeft;
    if (extra > 0n) {
      allocations.push({ loan: target.id, no: 0, penalty: 0n, interest: 0n, principal: extra });
      toIkm -= extra;
    }
  }
  const toLender = req.amount - toIkm;
  const entries = paymentEntries({ ...parties, escrowAccountId: req.escrowAccountId, amount: req.amount, memo: req.memo, allocations, toIkm });
  const { cte } = store.journalInsertSql(entries, { ...parties, occurredOn: req.paidOn, createdAt: req.now, paymentId: id });
  const paid = allocations.filter((a) => a.no > 0);
  const paidCte = paid.length
    ? sql`, paid as (update ${financeInstalments} i set principal_paid = i.principal_paid + v.p, interest_paid = i.interest_paid + v.i, penalty_paid = i.penalty_paid + v.n
        from unnest(${store.arr(paid.map((a) => a.loan), 'uuid')}, ${store.arr(paid.map((a) => loans.get(a.loan)!.version), 'int')}, ${store.arr(paid.map((a) => a.no), 'int')},
          ${store.arr(paid.map((a) => a.principal.toString()), 'numeric')}, ${store.arr(paid.map((a) => a.interest.toString()), 'numeric')}, ${store.arr(paid.map((a) => a.penalty.toString()), 'numeric')}) as v(akad_id, version, no, p, i, n)
        where i.akad_id = v.akad_id and i.version = v.version and i.no = v.no)`
    : sql``;
  const allocationsJson = JSON.stringify(allocations.map((a) => ({ loan: a.loan, no: a.no, version: loans.get(a.loan)?.version ?? null, penalty: a.penalty.toString(), interest: a.interest.toString(), principal: a.principal.toString() })));
  await execPrepared(tx, `fin_apply_${paid.length ? 1 : 0}`, sql`with ${cte}${paidCte},
    pay as (update ${financeEscrowPayments} set to_lender = ${toLender.toString()}::numeric, to_ikm = ${toIkm.toString()}::numeric, allocations = ${allocationsJson}::jsonb where id = ${id}::uuid)
    select 1`);
  const repaidAkads: string[] = [];
  for (const loan of loans.values()) {
    const allocated = allocations.filter((a) => a.loan === loan.id && a.no > 0).reduce((s, a) => s + a.penalty + a.interest + a.principal, 0n);
    if (allocated > 0n && allocated === loan.unpaid) repaidAkads.push(loan.id);
  }
  await audit.record(tx, actor, {
    action: 'finance.escrow_payment_applied',
    entityType: 'escrow_payment',
    entityId: id,
    orgId: parties.ikmOrgId,
    after: { kind: req.kind, amount: req.amount, invoiceId: req.invoiceId ?? null, toLender, toIkm, allocations: allocations.length },
  });
  return {
    paymentId: id,
    escrowAccountId: req.escrowAccountId,
    kind: req.kind,
    amount: req.amount,
    paidOn: req.paidOn,
    toLender,
    toIkm,
    allocations,
    repaidAkads,
    prepaidPrincipal: allocations.filter((a) => a.no === 0).reduce((s, a) => s + a.principal, 0n),
    duplicate: false,
  };
}
