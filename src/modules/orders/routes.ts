import type { App } from '../../server/types';
import { billingRoutes } from './billing-routes';
import { fulfilmentRoutes } from './fulfilment-routes';
import { poRoutes } from './po-routes';
import type { OrdersService } from './service';

/** Every orders route: POs, delivery notes, goods receipts, invoices, payments, PDFs, scorecards. */
export function ordersRoutes(service: OrdersService) {
  return async function routes(app: App) {
    await app.register(poRoutes(service));
    await app.register(fulfilmentRoutes(service));
    await app.register(billingRoutes(service));
  };
}
