import type { Logger } from 'pino';
import type { Db } from '../db/client';
import { backoffMs, type JobDefinition, type JobQueue } from './queue';
import { recordJobFailure } from './failures';

/** PGlite has no second connection for pg-boss: run the same jobs in this process, with retries and back-off. */
export function createInProcessQueue(db: Db, log: Logger): JobQueue {
  const defs = new Map<string, JobDefinition>();
  const timers = new Set<NodeJS.Timeout>();
  let running = false;

  async function run(def: JobDefinition, data: Record<string, unknown>, attempt = 1): Promise<void> {
    if (!running) return;
    try {
      await def.handler(data);
    } catch (error) {
      const limit = def.retryLimit ?? 3;
      const final = attempt > limit;
      log.warn({ job: def.name, attempt, err: error }, 'job failed');
      await recordJobFailure(db, { job: def.name, payload: data, attempt, error, final }).catch(() => undefined);
      if (!final) {
        const t = setTimeout(() => {
          timers.delete(t);
          void run(def, data, attempt + 1);
        }, backoffMs(attempt, def.retryDelayMs));
        timers.add(t);
      }
    }
  }

  return {
    kind: 'in-process',
    register(def) {
      defs.set(def.name, def);
    },
    async send(name, data = {}) {
      const def = defs.get(name);
      if (!def) throw new Error(`unknown job ${name}`);
      setImmediate(() => void run(def, data));
    },
    async start() {
      running = true;
      for (const def of defs.values()) {
        if (!def.cron && !def.everyMs) continue;
        const t = setInterval(() => void run(def, {}), def.everyMs ?? 15 * 60_000);
        t.unref();
        timers.add(t);
      }
    },
    async stop() {
      running = false;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
