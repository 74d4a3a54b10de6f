import type { Actor } from '../../core/actor';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import type { NotificationService } from '../notifications';
import { createBillingService, type PaymentRouter } from './billing-service';
import { createDeliveryService } from './delivery-service';
import { createPoService } from './po-service';
import { deliveryNotePdf, invoicePdf, poPdf } from './printing';
import { createScorecardService, supplierHistory } from './scorecard-service';

export interface OrdersOptions {
  /** The finance area's hook, called inside each payment's transaction (see PaymentRouter). */
  paymentRouter?: PaymentRouter;
}

export type OrdersService = ReturnType<typeof createOrdersService>;

/** Purchase orders → delivery notes → goods receipts → invoices → payments, documents as PDF, and the supplier scorecard. */
export function createOrdersService(deps: Deps, audit: AuditService, notifications: NotificationService, opts: OrdersOptions = {}) {
  const pos = createPoService(deps, audit, notifications);
  const deliveries = createDeliveryService(deps, audit, notifications);
  const billing = createBillingService(deps, audit, notifications, opts);
  const scorecards = createScorecardService(deps);
  return {
    ...pos,
    ...deliveries,
    ...billing,
    ...scorecards,
    async poPdf(actor: Actor, id: string) {
      const po = await pos.getPo(actor, id);
      return { reference: po.reference, pdf: await poPdf(po) };
    },
    async deliveryNotePdf(actor: Actor, id: string) {
      const note = await deliveries.getDeliveryNote(actor, id);
      return { reference: note.reference, pdf: await deliveryNotePdf(note) };
    },
    async invoicePdf(actor: Actor, id: string) {
      const inv = await billing.getInvoice(actor, id);
      return { reference: inv.reference, pdf: await invoicePdf(inv) };
    },
    /** Quality and delivery history of an IKM by month, for the matching area (no actor: aggregates only). */
    supplierHistory: (ikmOrgId: string, o: { from: string; to: string; asOf: string; buyerOrgId?: string }, x: Executor = deps.db) => supplierHistory(x, ikmOrgId, o),
  };
}
