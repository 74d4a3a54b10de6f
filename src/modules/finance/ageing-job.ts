import { systemActor } from '../../core/actor';
import type { Deps } from '../../deps';
import type { JobDefinition } from '../../jobs/queue';
import type { AgeingService } from './ageing-service';

/** Daily ageing at 01:00 WIB (18:00 UTC): pg-boss cron on PostgreSQL, an in-process timer on PGlite. */
export function createAgeingJob(deps: Deps, ageing: AgeingService): JobDefinition {
  return {
    name: 'finance.ageing',
    cron: '0 18 * * *',
    everyMs: 24 * 3_600_000,
    retryLimit: 5,
    async handler() {
      const r = await ageing.run(systemActor('00000000-0000-0000-0000-000000000000', 'finance.ageing'));
      deps.log.info({ asOf: r.asOf, akads: r.akads, penaltyAccrued: r.penaltyAccrued.toString(), byClass: r.byClass }, 'finance ageing done');
    },
  };
}
