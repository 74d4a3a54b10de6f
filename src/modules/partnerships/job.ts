import type { Deps } from '../../deps';
import type { JobDefinition } from '../../jobs/queue';
import { createAuditService } from '../audit';
import { createNotificationService } from '../notifications';
import { createPartnershipsService } from './service';

/** Daily at 07:00 WIB: activate MoUs on their start date, expire them after the end date, renewal reminders. */
export function createPartnershipsJob(deps: Deps): JobDefinition {
  const service = createPartnershipsService(deps, createAuditService(deps), createNotificationService(deps));
  return {
    name: 'partnerships.daily',
    cron: '0 0 * * *',
    everyMs: 24 * 3_600_000,
    async handler(data) {
      const r = await service.runDaily(typeof data.date === 'string' ? data.date : undefined);
      deps.log.info(r, 'partnerships.daily done');
    },
  };
}
