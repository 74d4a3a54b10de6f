import type { Deps } from '../../deps';
import type { JobDefinition } from '../../jobs/queue';
import type { App } from '../../server/types';
import type { AuditService } from '../audit';
import { createDevelopmentService, developmentRoutes } from '../development';
import { createNotificationService, notificationRoutes } from '../notifications';
import { createPartnershipsJob, createPartnershipsService, partnershipRoutes } from '../partnerships';
import { createOrdersJob } from './job';
import { ordersRoutes } from './routes';
import { createOrdersService, type OrdersOptions } from './service';

/**
 * The market-certainty half of the closed loop, wired together: notifications, partnerships (MoU),
 * development (stage gates) and orders (PO → payment, scorecard). `opts.paymentRouter` is the finance hook.
 */
export function createPartnershipLoopServices(deps: Deps, audit: AuditService, opts: OrdersOptions = {}) {
  const notifications = createNotificationService(deps);
  const partnerships = createPartnershipsService(deps, audit, notifications);
  const development = createDevelopmentService(deps, audit, notifications, partnerships);
  const orders = createOrdersService(deps, audit, notifications, opts);
  return { notifications, partnerships, development, orders };
}

export type PartnershipLoopServices = ReturnType<typeof createPartnershipLoopServices>;

export function partnershipLoopRoutes(s: PartnershipLoopServices) {
  return async function routes(app: App) {
    await app.register(notificationRoutes(s.notifications));
    await app.register(partnershipRoutes(s.partnerships));
    await app.register(developmentRoutes(s.development));
    await app.register(ordersRoutes(s.orders));
  };
}

export function createPartnershipLoopJobs(deps: Deps): JobDefinition[] {
  return [createPartnershipsJob(deps), createOrdersJob(deps)];
}
