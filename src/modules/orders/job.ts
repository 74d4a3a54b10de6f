import type { Deps } from '../../deps';
import type { JobDefinition } from '../../jobs/queue';
import { createAuditService } from '../audit';
import { createNotificationService } from '../notifications';
import { createBillingService } from './billing-service';

/** Daily at 07:30 WIB: remind buyers of invoices due within 3 days (or overdue), once per invoice. */
export function createOrdersJob(deps: Deps): JobDefinition {
  const billing = createBillingService(deps, createAuditService(deps), createNotificationService(deps), {});
  return {
    name: 'orders.invoice_due',
    cron: '30 0 * * *',
    everyMs: 24 * 3_600_000,
    async handler(data) {
      const r = await billing.runDaily(typeof data.date === 'string' ? data.date : undefined);
      deps.log.info(r, 'orders.invoice_due done');
    },
  };
}
