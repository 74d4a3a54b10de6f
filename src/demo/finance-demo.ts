/**
 * Finance part of the demo: the five lenders' products; 10 akad signed for exactly Rp24 miliar (two
 * PO-financing loans already repaid by the tier's invoice payment through escrow, one instalment loan
 * paid by its tier's invoice payment, one overdue, two still to be disbursed) and 24 applications
 * pending for exactly Rp82 miliar. Loans that started in the past are made with the finance service
 * on a clock set back to that day (everything else, and every payment, with the real one).
 */
import type { Actor, Role } from '../core/actor';
import { fixedClock, today } from '../core/clock';
import { addDays } from '../core/dates';
import { createFinanceService, type FinanceService } from '../modules/finance';
import { identityStore } from '../modules/identity';
import { DEMO_PRODUCTS, INSTALMENT_PRODUCT, LENDERS, PENDING, SIGNED, tierOf, type PendingStage, type SignedSpec } from './finance-demo-data';
import type { DemoContext, DemoPart } from './loader';
import { demoMous } from './partnerships-launch';

const DOCS = ['nib', 'npwp', 'laporan_keuangan', 'penawaran_mesin', 'po'].map((kind) => ({ kind, name: `${kind}.pdf` }));

async function user(ctx: DemoContext, local: string, key: string): Promise<Actor> {
  const found = await identityStore.findUserByEmail(ctx.deps.db, `${local}@${key}.demo.lingkar.id`);
  if (!found?.orgId) throw new Error(`demo: no user ${local}@${key}`);
  return { type: 'user', userId: found.user.id, orgId: found.orgId, orgKind: found.orgKind as Actor['orgKind'], roles: (found.roles ?? []) as Role[], requestId: 'demo' };
}

interface Ctx {
  ctx: DemoContext;
  d: string;
  products: Map<string, string>;
  /** The finance service with its clock set `daysAgo` days back (09:00 WIB). */
  at(daysAgo: number): FinanceService;
}

/** A PO from the IKM's tier, acknowledged; `deliver` also delivers, receives and invoices it all. */
async function tierPo(c: Ctx, ikm: string, subtotal: bigint, orderDaysAgo: number, tag: string) {
  const orders = c.ctx.services.orders;
  const buyer = await user(c.ctx, 'admin', tierOf(ikm));
  const seller = await user(c.ctx, 'admin', ikm);
  const quantity = 5_000;
  const orderDate = addDays(c.d, -orderDaysAgo);
  const po = await orders.createPo(buyer, {
    ikmOrgId: c.ctx.orgs.get(ikm)!,
    orderDate,
    paymentTermsDays: 30,
    deliveryAddress: 'Gudang penerimaan, kawasan industri (demo)',
    lines: [{ partNumber: `FIN-${tag}`, partName: 'Komponen pesanan dibiayai (demo)', uom: 'pcs', quantity, unitPrice: subtotal / BigInt(quantity), schedule: [{ date: addDays(c.d, -20), quantity }] }],
  });
  await orders.answerPo(seller, po.id, 'acknowledge', 'Siap dipenuhi.');
  return {
    po,
    async deliverAndInvoice() {
      const note = await orders.createDeliveryNote(seller, po.id, { deliveredOn: addDays(c.d, -20), vehicle: `B 77${tag} FIN`, lines: [{ poLineId: po.lines[0]!.id, quantity }] });
      await orders.createReceipt(buyer, note.id, { receivedOn: addDays(c.d, -19), lines: [{ deliveryNoteLineId: note.lines[0]!.id, acceptedQty: quantity, rejectedQty: 0 }] }, `demo-fin-gr-${tag}`);
      const { invoice } = await orders.createInvoice(seller, po.id, { invoiceDate: addDays(c.d, -17), supplierInvoiceNo: `${ikm.toUpperCase()}/FIN/${tag}`, lines: [{ poLineId: po.lines[0]!.id, quantity }] }, `demo-fin-inv-${tag}`);
      return { invoice, pay: (daysAgo: number) => orders.recordPayment(buyer, invoice.id, { paidOn: addDays(c.d, -daysAgo), method: 'transfer', externalRef: `VA-${tag}` }, `demo-fin-pay-${tag}`) };
    },
  };
}

/** Runs an application up to `stage` with `f` (a clock of the day); returns its id and, for 'akad'/'signed', the akad id. */
async function apply(c: Ctx, f: FinanceService, lender: string, ikm: string, productCode: string, input: { amount: bigint; tenorMonths?: number; repaidOn?: string; underlyings: { kind: 'po' | 'mou'; id: string }[] }, stage: PendingStage | 'signed', plannedOn?: string) {
  const who = { ikm: await user(c.ctx, 'admin', ikm), analyst: await user(c.ctx, 'analis', lender), approver: await user(c.ctx, 'pemutus', lender) };
  const app = await f.applications.create(who.ikm, { productId: c.products.get(`${lender}:${productCode}`)!, amount: input.amount, tenorMonths: input.tenorMonths, repaidOn: input.repaidOn, purpose: 'Modal kerja untuk memenuhi pesanan pembeli tier', documents: DOCS, underlyings: input.underlyings });
  await f.applications.submit(who.ikm, app.id);
  if (stage === 'submitted') return { applicationId: app.id, akadId: null };
  for (const u of app.underlyings) {
    const buyerKey = [...c.ctx.orgs.entries()].find(([, id]) => id === u.buyerOrgId)![0];
    await f.reviews.confirm(await user(c.ctx, 'admin', buyerKey), app.id, { underlyingId: u.id, confirmed: true, note: 'Pesanan/kerja sama berjalan.' });
  }
  if (stage === 'confirmed') return { applicationId: app.id, akadId: null };
  await f.reviews.review(who.analyst, app.id, { checklist: [{ item: 'Legalitas (NIB, NPWP) sesuai', ok: true }, { item: 'Pesanan pembeli dikonfirmasi', ok: true }, { item: 'Kapasitas produksi memadai', ok: true }], recommendation: 'approve', notes: 'Arus kas dari pembeli tier melalui escrow.' });
  if (stage === 'reviewed') return { applicationId: app.id, akadId: null };
  await f.reviews.decide(who.approver, app.id, { decision: 'approved', reasons: ['Dasar pembiayaan dikonfirmasi pembeli', 'Riwayat pemasokan baik'] });
  if (stage === 'approved') return { applicationId: app.id, akadId: null };
  const akad = await f.akads.create(who.approver, app.id, { plannedDisbursementOn: plannedOn ?? c.d });
  if (stage === 'akad') return { applicationId: app.id, akadId: akad.id };
  await f.akads.sign(who.approver, akad.id, `demo-sign-l-${akad.id}`);
  await f.akads.sign(who.ikm, akad.id, `demo-sign-i-${akad.id}`);
  return { applicationId: app.id, akadId: akad.id };
}

const mouBacking = (ikm: string) => [
  { kind: 'mou' as const, id: demoMous.get(tierOf(ikm))! },
  { kind: 'mou' as const, id: demoMous.get('ydba')! },
];

async function signedLoan(c: Ctx, s: SignedSpec, i: number) {
  const started = s.daysAgo ?? 0;
  const f = s.daysAgo === null ? c.ctx.services.finance : c.at(s.daysAgo);
  const day = addDays(c.d, -started);
  const lender = await user(c.ctx, 'pemutus', s.lender);
  let financedPo: Awaited<ReturnType<typeof tierPo>> | null = null;
  let akadId: string;
  if (s.bullet) {
    financedPo = await tierPo(c, s.ikm, (s.amount * 5n) / 4n, started + 15, `B${i}`);
    ({ akadId } = (await apply(c, f, s.lender, s.ikm, 'PO-FIN', { amount: s.amount, repaidOn: addDays(day, s.bullet.bulletDays), underlyings: [{ kind: 'po', id: financedPo.po.id }] }, 'signed', day)) as { akadId: string });
  } else {
    const planned = s.daysAgo === null ? addDays(c.d, s.plannedInDays ?? 7) : day;
    ({ akadId } = (await apply(c, f, s.lender, s.ikm, INSTALMENT_PRODUCT[s.lender]!, { amount: s.amount, tenorMonths: s.tenorMonths, underlyings: mouBacking(s.ikm) }, 'signed', planned)) as { akadId: string });
  }
  if (s.daysAgo === null) return;
  await f.akads.disburse(lender, akadId, { disbursedOn: day, account: `Rekening giro ${s.ikm.toUpperCase()}` }, `demo-disburse-${akadId}`);
  if (s.bullet?.paidByTier && financedPo) {
    const { pay } = await financedPo.deliverAndInvoice();
    await pay(2); // the tier pays the invoice: the bullet loan tied to this PO is settled in full, the rest goes to the IKM
  }
  if (s.tierPayment) {
    const extra = await tierPo(c, s.ikm, s.tierPayment.subtotal, 30, `T${i}`);
    const { pay } = await extra.deliverAndInvoice();
    await pay(s.tierPayment.payDaysAgo); // the due instalments are paid first, the remainder released to the IKM
  }
}

export const financeDemo: DemoPart = {
  name: 'finance',
  async load(ctx) {
    const live = ctx.services.finance;
    const d = today(ctx.deps.clock);
    const c: Ctx = {
      ctx,
      d,
      products: new Map(),
      at: (daysAgo) => createFinanceService({ ...ctx.deps, clock: fixedClock(`${addDays(d, -daysAgo)}T02:00:00Z`) }, ctx.services.audit, live.lookups),
    };
    for (const { lender, product } of DEMO_PRODUCTS) {
      const p = await live.products.create(await user(ctx, 'admin', lender), product);
      c.products.set(`${lender}:${product.code}`, p.id);
    }
    for (const [i, s] of SIGNED.entries()) await signedLoan(c, s, i);
    for (const [i, p] of PENDING.entries()) {
      const lender = LENDERS[i % LENDERS.length]!;
      await apply(c, live, lender, p.ikm, INSTALMENT_PRODUCT[lender]!, { amount: p.amount, tenorMonths: 36, underlyings: mouBacking(p.ikm) }, p.stage, addDays(d, 14));
    }
    await live.ageing.run(ctx.actor); // days past due, penalty and collectibility as of the demo date
  },
};
