import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { isIsoDate } from '../../core/dates';
import { notFound, unprocessable } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { ALL, assertParty, assertVisible, isProgramme, notFoundOf, orgNames, RULES } from './access';
import type { AkadService } from './akad-service';
import { currentInstalments } from './akad-view';
import { rescheduleAkad } from './domain/akad-schedule';
import type { LoanMethod } from './domain/loan-schedule';
import type { FinanceLookups } from './lookups';
import { applyPayment, paymentResultOf, type PaymentResult } from './payment-engine';
import * as store from './store';

/** A buyer's payment of an IKM's invoice (from the orders area, or recorded directly). */
export interface BuyerPaymentInput {
  invoiceId: string;
  /** The orders area's payment row id (an invoice may be paid in parts); unique: it is applied once. */
  sourcePaymentId?: string | null;
  poId?: string | null;
  buyerOrgId: string;
  ikmOrgId: string;
  amount: bigint;
  paidOn: string;
  /** The caller's Idempotency-Key, if any; otherwise the invoice itself makes the payment unique. */
  idempotencyKey?: string | null;
  reference?: string | null;
}

export type BuyerPaymentOutcome = ({ routed: true } & PaymentResult) | { routed: false };

export type EscrowService = ReturnType<typeof createEscrowService>;

export function createEscrowService(deps: Deps, audit: AuditService, lookups: FinanceLookups, akads: AkadService) {
  const { db, clock } = deps;

  /** After a payment: akads it repaid are closed; a prepayment re-amortises the rest (a new schedule version). */
  async function settle(tx: Executor, actor: Actor, r: PaymentResult): Promise<void> {
    if (r.duplicate) return;
    const now = clock.now();
    for (const akadId of r.repaidAkads) {
      await store.updateAkadRow(tx, akadId, { status: 'repaid', closedOn: r.paidOn, updatedAt: now });
      await audit.record(tx, actor, { action: 'finance.akad_repaid', entityType: 'akad', entityId: akadId, after: { paymentId: r.paymentId, closedOn: r.paidOn } });
    }
    const prepaid = r.allocations.find((a) => a.no === 0);
    if (!prepaid) return;
    const akad = (await store.findAkad(tx, prepaid.loan, true))!;
    const outstanding = (await store.balances(tx, { akadId: akad.id })).get('loan_principal') ?? 0n;
    const current = await currentInstalments(tx, akad);
    const future = current.filter((i) => i.dueDate > r.paidOn && i.principalPaid + i.interestPaid + i.penaltyPaid === 0n).map((i) => i.dueDate);
    const terms = { annualRate: akad.annualRate, method: akad.method as LoanMethod };
    const rows = rescheduleAkad({ current, outstanding, oldTerms: terms, disbursedOn: akad.disbursedOn!, newTerms: { ...terms, graceMonths: 0 }, startOn: r.paidOn, keepDueDates: future.length ? future : undefined });
    const version = akad.currentVersion + 1;
    await store.insertScheduleVersion(tx, { id: newId(), akadId: akad.id, version, reason: 'prepayment', terms: { ...terms, outstanding: outstanding.toString(), startOn: r.paidOn, paymentId: r.paymentId }, createdBy: actor.userId, createdAt: now });
    await store.insertInstalments(tx, akad.id, version, rows);
    const done = outstanding === 0n && rows.every((i) => i.principalDue + i.interestDue + i.penaltyDue === i.principalPaid + i.interestPaid + i.penaltyPaid);
    await store.updateAkadRow(tx, akad.id, { currentVersion: version, ...(done ? { status: 'repaid', closedOn: r.paidOn } : {}), updatedAt: now });
  }

  /**
   * Routes a buyer's payment of a financed IKM's invoice through escrow inside the caller's
   * transaction (the orders area calls this when it records an invoice payment). Not financed
   * (no disbursed akad of the IKM tied to the buyer): `{ routed: false }`, and the caller pays
   * the IKM directly. A repeat of an already applied payment returns its first result.
   */
  async function recordBuyerPayment(tx: Executor, actor: Actor, input: BuyerPaymentInput): Promise<BuyerPaymentOutcome> {
    const key = input.sourcePaymentId
      ? `orders-payment:${input.sourcePaymentId}`
      : input.idempotencyKey
        ? `buyer:${input.buyerOrgId}:${input.idempotencyKey}`
        : `invoice:${input.invoiceId}`;
    const escrow = await store.lockRoutedEscrow(tx, { ikmOrgId: input.ikmOrgId, buyerOrgId: input.buyerOrgId, poId: input.poId });
    if (!escrow) {
      // The loan may have been repaid by this very payment a moment ago: a repeat still gets the first result.
      const prior = await store.findPaymentByKeyOrInvoice(tx, key, { invoiceId: input.invoiceId, sourcePaymentId: input.sourcePaymentId });
      return prior ? { routed: true, ...paymentResultOf(prior, true) } : { routed: false };
    }
    const result = await applyPayment(tx, actor, audit, {
      escrowAccountId: escrow.id,
      kind: 'buyer_invoice',
      key,
      invoiceId: input.invoiceId,
      sourcePaymentId: input.sourcePaymentId ?? null,
      poId: input.poId ?? null,
      buyerOrgId: input.buyerOrgId,
      amount: input.amount,
      paidOn: input.paidOn,
      memo: `Pembayaran faktur ${input.reference ?? input.invoiceId.slice(0, 8)}`,
      now: clock.now(),
    }, escrow);
    await settle(tx, actor, result);
    return { routed: true, ...result };
  }

  async function loadEscrow(actor: Actor, id: string) {
    const e = await store.findEscrowAccount(db, id);
    const hidden = notFoundOf('escrow', id);
    if (!e) throw hidden();
    assertVisible(actor, [e.lenderOrgId, e.ikmOrgId], hidden);
    return e;
  }

  return {
    recordBuyerPayment,
    loadEscrow,

    /** A buyer records its payment of an invoice into escrow (HTTP). The invoice is checked when the orders area is wired. */
    async payInvoice(actor: Actor, input: Omit<BuyerPaymentInput, 'buyerOrgId' | 'paidOn'> & { paidOn?: string | null }, key: string | null) {
      authorize(actor, { ...RULES.payer, relation: 'any' });
      const buyerOrgId = actor.orgId;
      const invoice = await lookups.underlying.findInvoice(db, input.invoiceId);
      if (invoice && (invoice.buyerOrgId !== buyerOrgId || invoice.ikmOrgId !== input.ikmOrgId)) throw notFound('finance.invoice_not_found', 'Faktur tidak ditemukan.', { field: 'invoiceId' });
      if (invoice && input.amount > invoice.amount) throw unprocessable('finance.amount_exceeds_invoice', 'Jumlah melebihi nilai faktur.', { field: 'amount' });
      const paidOn = input.paidOn ?? today(clock);
      if (!isIsoDate(paidOn) || paidOn > today(clock)) throw unprocessable('finance.paid_on_invalid', 'Tanggal bayar tidak boleh di masa depan.', { field: 'paidOn' });
      const outcome = await db.transaction((tx) => recordBuyerPayment(tx, actor, { ...input, poId: input.poId ?? invoice?.poId ?? null, buyerOrgId, paidOn, idempotencyKey: key }));
      if (!outcome.routed) throw unprocessable('finance.not_financed', 'IKM ini tidak memiliki kredit berjalan yang terkait dengan pembeli ini; bayar langsung ke IKM.', { field: 'ikmOrgId' });
      return outcome;
    },

    /** Manual repayment (angsuran) or prepayment (pelunasan dipercepat) by the IKM into its escrow for one akad. */
    async repay(actor: Actor, akadId: string, input: { amount: bigint; paidOn?: string | null; prepay?: boolean }, key: string | null) {
      const akad = await akads.loadVisible(db, actor, akadId);
      assertParty(actor, RULES.ikmApplicant, [akad.ikmOrgId], notFoundOf('akad', akadId));
      if (akad.status !== 'disbursed') throw unprocessable('finance.akad_not_active', 'Akad ini tidak sedang berjalan.', { status: akad.status });
      const paidOn = input.paidOn ?? today(clock);
      if (!isIsoDate(paidOn) || paidOn > today(clock)) throw unprocessable('finance.paid_on_invalid', 'Tanggal bayar tidak boleh di masa depan.', { field: 'paidOn' });
      return db.transaction(async (tx) => {
        const escrow = (await store.findEscrowAccount(tx, akad.escrowAccountId, true))!;
        const result = await applyPayment(tx, actor, audit, {
          escrowAccountId: akad.escrowAccountId,
          kind: input.prepay ? 'prepayment' : 'repayment',
          key: key ? `ikm:${akad.ikmOrgId}:${key}` : `ikm:${akad.ikmOrgId}:${newId()}`,
          akadId,
          amount: input.amount,
          paidOn,
          memo: `${input.prepay ? 'Pelunasan dipercepat' : 'Angsuran'} ${akad.reference}`,
          now: clock.now(),
        }, escrow);
        await settle(tx, actor, result);
        return result;
      });
    },

    async list(actor: Actor) {
      authorize(actor, { kinds: ALL, relation: 'any' });
      if (!isProgramme(actor) && actor.orgKind !== 'lender' && actor.orgKind !== 'ikm') return [];
      const rows = await store.listEscrowAccounts(db, { lenderOrgId: actor.orgKind === 'lender' ? actor.orgId : undefined, ikmOrgId: actor.orgKind === 'ikm' ? actor.orgId : undefined });
      const names = await orgNames(db, rows.flatMap((r) => [r.lenderOrgId, r.ikmOrgId]));
      return Promise.all(rows.map(async (r) => ({ ...r, lenderName: names.get(r.lenderOrgId) ?? '', ikmName: names.get(r.ikmOrgId) ?? '', balance: (await store.balances(db, { escrowAccountId: r.id })).get('escrow') ?? 0n })));
    },

    async payments(actor: Actor, escrowId: string, q: PageQuery) {
      await loadEscrow(actor, escrowId);
      const { rows, total } = await store.listPayments(db, { escrowAccountId: escrowId, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => paymentResultOf(r, false)), page: q.page, pageSize: q.pageSize, total };
    },
  };
}
