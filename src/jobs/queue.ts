/**
 * The job interface every area uses. On PostgreSQL it is pg-boss (pg-boss-queue.ts); on PGlite the
 * same interface runs in-process (in-process-queue.ts). Handlers must be idempotent: a job can run again.
 */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface JobDefinition {
  name: string;
  handler: JobHandler;
  /** Cron expression (UTC) for periodic jobs, e.g. '*\/15 * * * *'. */
  cron?: string;
  /** Interval in ms used by the in-process runner for periodic jobs (default derived from cron: 15 min). */
  everyMs?: number;
  retryLimit?: number;
  /** First retry delay in ms for the in-process runner (doubles each attempt; default 2 s). */
  retryDelayMs?: number;
}

export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process' | 'none';
  register(def: JobDefinition): void;
  send(name: string, data?: Record<string, unknown>): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A queue that only records definitions (tests, CLI one-shots); `send` runs nothing. */
export function createNullQueue(): JobQueue {
  return {
    kind: 'none',
    register() {},
    async send() {},
    async start() {},
    async stop() {},
  };
}

/** Back-off before retry n (1-based): firstMs · 2^(n−1), capped at 5 minutes. */
export function backoffMs(attempt: number, firstMs = 2000): number {
  return Math.min(300_000, firstMs * 2 ** (attempt - 1));
}
