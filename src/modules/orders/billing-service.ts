import type { Actor } from '../../core/actor';
import { systemActor } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { addDays, compareIsoDates } from '../../core/dates';
import { conflict, unprocessable } from '../../core/errors';
import { formatReference, newId } from '../../core/ids';
import { pageOffset, type PageQuery } from '../../core/pagination';
import { parseRupiah, type Rupiah } from '../../core/rupiah';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import type { NotificationService } from '../notifications';
import { assertDocLines, assertParty, businessYear, idempotent, invoiceLink, keyReused, requireIdempotencyKey } from './common';
import { basisPointsToPercent, documentTotals, invoiceDueDate, lineAmount } from './domain/money';
import { capitalise, terbilangRupiah } from './domain/terbilang';
import * as b from './store-billing';
import * as po from './store-po';
import { orgNames } from './store-scorecard';

/** What the finance area receives when a buyer pays an invoice (inside the payment's transaction). */
export interface InvoicePaidEvent {
  paymentId: string;
  invoiceId: string;
  invoiceReference: string;
  poId: string;
  poReference: string;
  buyerOrgId: string;
  ikmOrgId: string;
  amount: Rupiah;
  paidOn: string;
  invoiceTotal: Rupiah;
  invoicePaidAmount: Rupiah;
  fullyPaid: boolean;
  idempotencyKey: string;
}

/**
 * Called inside the payment transaction, after the payment row is written and before commit: throw to refuse the
 * payment (everything rolls back). The finance area provides one to route financed payments through escrow.
 */
export type PaymentRouter = (tx: Executor, event: InvoicePaidEvent, actor: Actor) => Promise<void>;

export interface InvoiceInput {
  invoiceDate?: string;
  supplierInvoiceNo?: string | null;
  lines: { poLineId: string; quantity: number }[];
}

export interface PaymentInput {
  amount?: Rupiah;
  paidOn?: string;
  method?: string;
  externalRef?: string | null;
}

/** Reminders go to the buyer this many days before the due date (and for overdue invoices not yet reminded). */
export const INVOICE_DUE_NOTICE_DAYS = 3;

export function createBillingService(deps: Deps, audit: AuditService, notifications: NotificationService, opts: { paymentRouter?: PaymentRouter }) {
  const { db, clock } = deps;
  let router = opts.paymentRouter;

  async function invoiceView(id: string, x: Executor = db) {
    const inv = (await b.findInvoice(x, id))!;
    const [lines, poRow, paymentRows, names] = await Promise.all([b.findInvoiceLines(x, id), po.findPo(x, inv.poId), b.listPayments(x, [id]), orgNames(x, [inv.buyerOrgId, inv.ikmOrgId])]);
    const total = parseRupiah(inv.total);
    return {
      ...inv,
      poReference: poRow!.reference,
      buyerName: names.get(inv.buyerOrgId) ?? '',
      ikmName: names.get(inv.ikmOrgId) ?? '',
      status: inv.status as 'issued' | 'paid',
      ppnRate: basisPointsToPercent(inv.ppnRateBp),
      subtotal: parseRupiah(inv.subtotal),
      ppnAmount: parseRupiah(inv.ppnAmount),
      total,
      paidAmount: parseRupiah(inv.paidAmount),
      outstanding: total - parseRupiah(inv.paidAmount),
      amountInWords: capitalise(terbilangRupiah(total)),
      lines: lines.map((l) => ({ ...l, unitPrice: parseRupiah(l.unitPrice), amount: parseRupiah(l.amount) })),
      payments: paymentRows.map((p) => ({ ...p, amount: parseRupiah(p.amount) })),
    };
  }

  return {
    invoiceView,

    /** Lets the finance area register its router after the services are built (one router; the last wins). */
    setPaymentRouter(r: PaymentRouter | undefined) {
      router = r;
    },

    /** The IKM invoices accepted quantities: never above accepted − already invoiced; partial invoices allowed. */
    async createInvoice(actor: Actor, poId: string, input: InvoiceInput, key: string | null) {
      const k = requireIdempotencyKey(key);
      const poRow = await po.findPo(db, poId);
      assertParty(actor, poRow, 'orders.po_not_found', 'PO', poId);
      authorize(actor, { kinds: ['ikm'], roles: ['admin', 'staff'], programmeOverride: false }, { parties: [poRow.ikmOrgId] });
      if (poRow.status === 'cancelled') throw conflict('orders.invalid_transition', 'PO dibatalkan; tidak dapat ditagih.', { status: poRow.status });
      assertDocLines(input.lines.map((l) => ({ id: l.poLineId, quantity: l.quantity })));
      if (input.lines.some((l) => l.quantity <= 0)) throw unprocessable('orders.quantity_invalid', 'Jumlah tagihan harus positif.', { field: 'lines' });
      const invoiceDate = input.invoiceDate ?? today(clock);
      if (compareIsoDates(invoiceDate, poRow.orderDate) < 0) throw unprocessable('orders.dates_out_of_order', 'Tanggal faktur tidak boleh sebelum tanggal PO.', { field: 'invoiceDate' });
      const poLines = new Map((await po.findLines(db, poId)).map((l) => [l.id, l]));
      const priced = input.lines.map((l, i) => {
        const line = poLines.get(l.poLineId);
        if (!line) throw unprocessable('orders.line_not_found', 'Baris PO tidak ditemukan.', { field: `lines.${i}.poLineId` });
        return { ...l, unitPrice: parseRupiah(line.unitPrice) };
      });
      const totals = documentTotals(priced, poRow.ppnRateBp);
      const { result, created } = await idempotent(
        () => b.findInvoiceByKey(db, poRow.ikmOrgId, k),
        async () => {
          const id = newId();
          const year = businessYear(clock);
          await db.transaction(async (tx) => {
            const reference = formatReference('INV', year, await po.nextNumber(tx, 'INV', year), 6);
            await b.insertInvoice(tx, {
              id, reference, supplierInvoiceNo: input.supplierInvoiceNo ?? null, poId, buyerOrgId: poRow.buyerOrgId, ikmOrgId: poRow.ikmOrgId, invoiceDate, dueDate: invoiceDueDate(invoiceDate, poRow.paymentTermsDays),
              ppnRateBp: poRow.ppnRateBp, subtotal: totals.subtotal.toString(), ppnAmount: totals.ppn.toString(), total: totals.total.toString(), status: 'issued', idempotencyKey: k, createdBy: actor.userId, createdAt: clock.now(),
            });
            await b.insertInvoiceLines(tx, priced.map((l) => ({ id: newId(), invoiceId: id, poLineId: l.poLineId, quantity: l.quantity, unitPrice: l.unitPrice.toString(), amount: lineAmount(l.quantity, l.unitPrice).toString() })));
            for (const [i, l] of priced.entries()) {
              if (!(await b.addInvoiced(tx, poId, l.poLineId, l.quantity))) {
                const line = (await po.findLines(tx, poId)).find((x) => x.id === l.poLineId)!;
                const available = line.acceptedQty - line.invoicedQty;
                throw unprocessable('orders.invoice_above_accepted', `Jumlah tagihan melebihi barang diterima yang belum ditagih (${available}).`, { field: `lines.${i}.quantity`, available });
              }
            }
            await audit.record(tx, actor, { action: 'orders.invoice_created', entityType: 'invoice', entityId: id, orgId: poRow.ikmOrgId, after: { reference, poId, total: totals.total, lines: input.lines } });
            await notifications.notify(tx, { orgId: poRow.buyerOrgId, kind: 'invoice_received', title: `Faktur ${reference} untuk ${poRow.reference}`, body: `IKM menagih Rp${totals.total.toLocaleString('id-ID')} (termasuk PPN Rp${totals.ppn.toLocaleString('id-ID')}), jatuh tempo ${invoiceDueDate(invoiceDate, poRow.paymentTermsDays)}.`, entityType: 'invoice', entityId: id, link: invoiceLink(id) });
          });
          return (await b.findInvoice(db, id))!;
        },
      );
      if (!created && result.poId !== poId) keyReused();
      return { invoice: await invoiceView(result.id), created };
    },

    /** `x`: run inside the caller's transaction (e.g. the finance payment router). */
    async getInvoice(actor: Actor, id: string, x: Executor = db) {
      assertParty(actor, await b.findInvoice(x, id), 'orders.invoice_not_found', 'Faktur', id);
      return invoiceView(id, x);
    },

    async listInvoices(actor: Actor, q: PageQuery & { poId?: string; status?: 'issued' | 'paid'; dueBefore?: string }) {
      authorize(actor, { kinds: ALL_KINDS, relation: 'any' });
      const all = actor.type === 'system' || actor.orgKind === 'programme';
      const { rows, total } = await b.listInvoices(db, { partyOrgId: all ? undefined : actor.orgId, poId: q.poId, status: q.status, dueBefore: q.dueBefore, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows.map((r) => ({ ...r.invoice, poReference: r.poReference, buyerName: r.buyerName, ikmName: r.ikmName })), page: q.page, pageSize: q.pageSize, total };
    },

    /** The buyer records a payment (default: the outstanding amount). Idempotency-Key required; the payment router runs in the same transaction. */
    async recordPayment(actor: Actor, invoiceId: string, input: PaymentInput, key: string | null) {
      const k = requireIdempotencyKey(key);
      const inv = await b.findInvoice(db, invoiceId);
      assertParty(actor, inv, 'orders.invoice_not_found', 'Faktur', invoiceId);
      authorize(actor, { kinds: ['buyer'], roles: ['admin'], programmeOverride: false }, { parties: [inv.buyerOrgId] });
      const replay = await b.findPaymentByKey(db, inv.buyerOrgId, k);
      if (replay) {
        if (replay.invoiceId !== invoiceId) keyReused();
        return { invoice: await invoiceView(invoiceId), paymentId: replay.id, created: false };
      }
      const outstanding = parseRupiah(inv.total) - parseRupiah(inv.paidAmount);
      if (outstanding === 0n) throw conflict('orders.invoice_paid', 'Faktur ini sudah lunas.');
      const amount = input.amount ?? outstanding;
      if (amount <= 0n) throw unprocessable('orders.amount_invalid', 'Jumlah pembayaran harus positif.', { field: 'amount' });
      if (amount > outstanding) throw unprocessable('orders.payment_above_outstanding', `Pembayaran melebihi sisa tagihan (Rp${outstanding.toLocaleString('id-ID')}).`, { field: 'amount', outstanding: outstanding.toString() });
      const paidOn = input.paidOn ?? today(clock);
      if (compareIsoDates(paidOn, inv.invoiceDate) < 0) throw unprocessable('orders.dates_out_of_order', 'Tanggal bayar tidak boleh sebelum tanggal faktur.', { field: 'paidOn' });
      const { result, created } = await idempotent(
        () => b.findPaymentByKey(db, inv.buyerOrgId, k),
        async () => {
          const id = newId();
          await db.transaction(async (tx) => {
            await b.insertPayment(tx, { id, invoiceId, poId: inv.poId, buyerOrgId: inv.buyerOrgId, ikmOrgId: inv.ikmOrgId, amount: amount.toString(), paidOn, method: input.method ?? 'transfer', externalRef: input.externalRef ?? null, idempotencyKey: k, createdBy: actor.userId, createdAt: clock.now() });
            const after = await b.addPaid(tx, invoiceId, amount, clock.now());
            if (!after) throw unprocessable('orders.payment_above_outstanding', 'Pembayaran melebihi sisa tagihan.', { field: 'amount' });
            const poRow = (await po.findPo(tx, inv.poId))!;
            const event: InvoicePaidEvent = {
              paymentId: id, invoiceId, invoiceReference: inv.reference, poId: inv.poId, poReference: poRow.reference, buyerOrgId: inv.buyerOrgId, ikmOrgId: inv.ikmOrgId, amount, paidOn,
              invoiceTotal: parseRupiah(after.total), invoicePaidAmount: parseRupiah(after.paidAmount), fullyPaid: after.status === 'paid', idempotencyKey: k,
            };
            if (router) await router(tx, event, actor);
            await audit.record(tx, actor, { action: 'orders.payment_recorded', entityType: 'invoice', entityId: invoiceId, orgId: inv.buyerOrgId, after: { paymentId: id, amount, paidOn, status: after.status } });
            await notifications.notify(tx, { orgId: inv.ikmOrgId, kind: 'payment_received', title: `Pembayaran ${inv.reference}`, body: `Pembeli mencatat pembayaran Rp${amount.toLocaleString('id-ID')} untuk faktur ${inv.reference} (${after.status === 'paid' ? 'lunas' : 'sebagian'}).`, entityType: 'invoice', entityId: invoiceId, link: invoiceLink(invoiceId) });
          });
          return (await b.findPaymentByKey(db, inv.buyerOrgId, k))!;
        },
      );
      if (result.invoiceId !== invoiceId) keyReused();
      return { invoice: await invoiceView(invoiceId), paymentId: result.id, created };
    },

    /** Daily: tell the buyer about invoices due within INVOICE_DUE_NOTICE_DAYS (or overdue), once per invoice. */
    async runDaily(on?: string): Promise<{ reminded: number }> {
      const day = on ?? today(clock);
      let reminded = 0;
      for (const inv of await b.invoicesToRemind(db, addDays(day, INVOICE_DUE_NOTICE_DAYS))) {
        await db.transaction(async (tx) => {
          if (!(await b.markReminded(tx, inv.id, clock.now())).length) return;
          const outstanding = parseRupiah(inv.total) - parseRupiah(inv.paidAmount);
          const overdue = compareIsoDates(inv.dueDate, day) < 0;
          await notifications.notify(tx, { orgId: inv.buyerOrgId, roles: ['admin'], kind: 'invoice_due', title: `Faktur ${inv.reference} ${overdue ? 'lewat jatuh tempo' : 'segera jatuh tempo'} (${inv.dueDate})`, body: `Sisa tagihan Rp${outstanding.toLocaleString('id-ID')} jatuh tempo ${inv.dueDate}.`, entityType: 'invoice', entityId: inv.id, link: invoiceLink(inv.id) });
          await audit.record(tx, systemActor(inv.buyerOrgId, 'job:orders.daily'), { action: 'orders.invoice_due_notified', entityType: 'invoice', entityId: inv.id, orgId: inv.buyerOrgId });
          reminded++;
        });
      }
      return { reminded };
    },
  };
}
