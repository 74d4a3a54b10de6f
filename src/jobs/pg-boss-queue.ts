import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from '../db/client';
import type { JobDefinition, JobQueue } from './queue';
import { recordJobFailure } from './failures';

/** pg-boss on the same PostgreSQL database: durable jobs, retries with back-off, cron schedules. */
export function createPgBossQueue(connectionString: string, db: Db, log: Logger): JobQueue {
  const defs = new Map<string, JobDefinition>();
  const boss = new PgBoss({ connectionString, max: 3 });
  boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
  let started = false;

  return {
    kind: 'pg-boss',
    register(def) {
      defs.set(def.name, def);
    },
    async send(name, data = {}) {
      const def = defs.get(name);
      await boss.send(name, data, { retryLimit: def?.retryLimit ?? 3, retryBackoff: true, retryDelay: 2 });
    },
    async start() {
      await boss.start();
      started = true;
      for (const def of defs.values()) {
        await boss.createQueue(def.name);
        await boss.work<Record<string, unknown>>(def.name, { includeMetadata: true }, async (jobs) => {
          for (const job of jobs) {
            try {
              await def.handler(job.data ?? {});
            } catch (error) {
              const attempt = job.retryCount + 1;
              const final = job.retryCount >= job.retryLimit;
              await recordJobFailure(db, { job: def.name, payload: job.data, attempt, error, final }).catch(() => undefined);
              throw error;
            }
          }
        });
        if (def.cron) await boss.schedule(def.name, def.cron, {}, { retryLimit: def.retryLimit ?? 3, retryBackoff: true });
      }
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, timeout: 5000 });
      started = false;
    },
  };
}
