import type { Deps } from '../deps';
import { createOutboxJob } from '../modules/identity';
import { createFinanceAgeingJob } from '../modules/finance';
import { createPartnershipLoopJobs } from '../modules/orders';
import { createVacuumJob } from './vacuum-job';

/** Every background job of the app. Areas add theirs here (e.g. the finance ageing job). */
export function registerJobs(deps: Deps): void {
  const jobs = [createVacuumJob(deps), createOutboxJob(deps), createFinanceAgeingJob(deps), ...createPartnershipLoopJobs(deps)];
  for (const job of jobs) if (job) deps.jobs.register(job);
}
