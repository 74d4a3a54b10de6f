import type { Deps } from '../../deps';
import { createAuditService } from '../audit';
import { createAgeingJob } from './ageing-job';
import { createAgeingService } from './ageing-service';

export { createFinanceService, type FinanceService } from './service';
export { financeRoutes } from './routes';
export { wireFinance, paymentRouterFor, underlyingLookupFrom, type InvoicePaid, type OrdersSource, type PaymentRouterFn } from './wiring';
export type { BuyerPaymentInput, BuyerPaymentOutcome } from './escrow-service';
export type { PaymentResult } from './payment-engine';
export { mouLookupFrom, NO_PARTY_INFO, NO_UNDERLYINGS, type FinanceLookups, type MouSource, type PartyLookup, type UnderlyingInvoice, type UnderlyingLookup, type UnderlyingMou, type UnderlyingPo } from './lookups';

/** The daily ageing job (src/jobs/register.ts). */
export function createFinanceAgeingJob(deps: Deps) {
  return createAgeingJob(deps, createAgeingService(deps, createAuditService(deps)));
}
