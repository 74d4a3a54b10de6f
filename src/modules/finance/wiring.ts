/**
 * How finance is wired to the orders and partnerships areas (src/server/services.ts calls
 * `wireFinance`). Finance does not import those areas: it takes their services by the shape it
 * needs, builds its UnderlyingLookup from them, and registers its payment router with orders, so a
 * buyer's payment of a financed IKM's invoice goes through escrow inside the payment's transaction.
 */
import { systemActor, type Actor } from '../../core/actor';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { mouLookupFrom, type MouSource, type PartyLookup, type UnderlyingLookup } from './lookups';
import { createFinanceService, type FinanceService } from './service';

/** What orders tells a payment router (orders' InvoicePaidEvent, the fields finance uses). */
export interface InvoicePaid {
  paymentId: string;
  invoiceId: string;
  invoiceReference: string;
  poId: string;
  buyerOrgId: string;
  ikmOrgId: string;
  amount: bigint;
  paidOn: string;
  idempotencyKey: string;
}

export type PaymentRouterFn = (tx: Executor, event: InvoicePaid, actor: Actor) => Promise<void>;

/** The orders service as finance uses it. */
export interface OrdersSource {
  getPo(actor: Actor, id: string, x?: Executor): Promise<{ id: string; reference: string; status: string; buyerOrgId: string; ikmOrgId: string; total: bigint }>;
  getInvoice(actor: Actor, id: string, x?: Executor): Promise<{ id: string; poId: string; buyerOrgId: string; ikmOrgId: string; total: bigint }>;
  setPaymentRouter(router: PaymentRouterFn | undefined): void;
  /** The supplier scorecard (quality ppm, on-time delivery) of an IKM, last 12 months. */
  ikmScorecard(actor: Actor, ikmOrgId: string, q: Record<string, never>, x?: Executor): Promise<{ totals: unknown; months: unknown[] }>;
}

/** The registry service as finance uses it: an IKM's province for the programme portfolio. */
export interface RegistrySource {
  profiles: { get(actor: Actor, orgId: string): Promise<{ place: { provinceName: string } }> };
}

const LOOKUP_ACTOR = systemActor('00000000-0000-0000-0000-000000000000', 'finance.lookup');

async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

export function underlyingLookupFrom(orders: OrdersSource, partnerships: MouSource): UnderlyingLookup {
  return {
    // Lookups run on the caller's transaction: on PGlite (one connection) a query outside it would wait forever.
    async findPo(x, id) {
      const po = await orNull(orders.getPo(LOOKUP_ACTOR, id, x));
      return po && { id: po.id, reference: po.reference, status: po.status, buyerOrgId: po.buyerOrgId, ikmOrgId: po.ikmOrgId, value: po.total };
    },
    findMou: mouLookupFrom(partnerships),
    async findInvoice(x, id) {
      const inv = await orNull(orders.getInvoice(LOOKUP_ACTOR, id, x));
      return inv && { id: inv.id, poId: inv.poId, buyerOrgId: inv.buyerOrgId, ikmOrgId: inv.ikmOrgId, amount: inv.total };
    },
  };
}

/** The analyst's view of an IKM beyond finance: scorecard from orders, province from the registry (mentoring: not yet available). */
export function partyLookupFrom(orders: OrdersSource, registry: RegistrySource): PartyLookup {
  return {
    async scorecardOf(x, ikmOrgId) {
      const s = await orNull(orders.ikmScorecard(LOOKUP_ACTOR, ikmOrgId, {}, x));
      return s ? { source: 'orders.supplier_scorecard', months: s.months.length, totals: s.totals } : null;
    },
    mentoringLevelOf: async () => null,
    async provinceOf(_x, orgIds) {
      const out = new Map<string, string>();
      for (const id of orgIds) {
        const p = await orNull(registry.profiles.get(LOOKUP_ACTOR, id));
        if (p) out.set(id, p.place.provinceName);
      }
      return out;
    },
  };
}

/** Routes a recorded invoice payment through escrow when the IKM has a disbursed akad tied to the buyer (else nothing: orders pays the IKM). */
export function paymentRouterFor(finance: FinanceService): PaymentRouterFn {
  return async (tx, e, actor) => {
    await finance.escrow.recordBuyerPayment(tx, actor, {
      invoiceId: e.invoiceId,
      sourcePaymentId: e.paymentId,
      poId: e.poId,
      buyerOrgId: e.buyerOrgId,
      ikmOrgId: e.ikmOrgId,
      amount: e.amount,
      paidOn: e.paidOn,
      idempotencyKey: e.idempotencyKey,
      reference: e.invoiceReference,
    });
  };
}

/** Builds the finance service on top of orders and partnerships, and hooks it into orders' payment recording. */
export function wireFinance(deps: Deps, audit: AuditService, areas: { orders: OrdersSource; partnerships: MouSource; registry: RegistrySource }): FinanceService {
  const finance = createFinanceService(deps, audit, { underlying: underlyingLookupFrom(areas.orders, areas.partnerships), parties: partyLookupFrom(areas.orders, areas.registry) });
  areas.orders.setPaymentRouter(paymentRouterFor(finance));
  return finance;
}
