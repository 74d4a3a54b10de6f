import type { Logger } from 'pino';
import type { Clock } from './core/clock';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import type { JobQueue } from './jobs/queue';

/** What every service factory receives. Built once per process in src/server/assemble.ts. */
export interface Deps {
  database: Database;
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
  jobs: JobQueue;
}
