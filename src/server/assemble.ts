import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from '../core/clock';
import type { Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import type { Deps } from '../deps';
import { createInProcessQueue } from '../jobs/in-process-queue';
import { createPgBossQueue } from '../jobs/pg-boss-queue';
import { createNullQueue, type JobQueue } from '../jobs/queue';
import { registerJobs } from '../jobs/register';
import { createServices, type Services } from './services';

export interface Runtime {
  deps: Deps;
  services: Services;
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: undefined });
}

/** Opens the database, applies migrations, wires services and (optionally) the job queue. */
export async function assemble(config: Config, opts: { log?: Logger; clock?: Clock; jobs?: boolean; database?: Database; migrate?: boolean } = {}): Promise<Runtime> {
  const log = opts.log ?? createLogger(config);
  const database = opts.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize }));
  try {
    if (opts.migrate !== false) await migrateDatabase(database);
  } catch (e) {
    await database.close();
    throw e;
  }
  let jobs: JobQueue = createNullQueue();
  if (opts.jobs) {
    jobs = database.kind === 'postgres' ? createPgBossQueue(config.databaseUrl!, database.db, log) : createInProcessQueue(database.db, log);
  }
  const deps: Deps = { database, db: database.db, clock: opts.clock ?? systemClock, config, log, jobs };
  const services = createServices(deps);
  if (opts.jobs) registerJobs(deps);
  return {
    deps,
    services,
    async close() {
      await jobs.stop().catch((err) => log.warn({ err }, 'stopping jobs'));
      if (!opts.database) await database.close();
    },
  };
}
