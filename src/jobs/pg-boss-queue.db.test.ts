import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { createPgBossQueue } from './pg-boss-queue';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.drop());

describe('pg-boss job queue', () => {
  it('runs a sent job and records a failed attempt', async () => {
    if (!database.url) return; // PGlite fallback: pg-boss needs a PostgreSQL server
    const queue = createPgBossQueue(database.url, database.db, pino({ level: 'silent' }));
    const seen: unknown[] = [];
    queue.register({ name: 'test-ok', handler: async (data) => { seen.push(data); } });
    queue.register({ name: 'test-fail', retryLimit: 0, handler: async () => { throw new Error('kaput'); } });
    await queue.start();
    await queue.send('test-ok', { n: 7 });
    await queue.send('test-fail', {});
    const until = Date.now() + 20_000;
    while ((seen.length === 0 || (await database.query(`select 1 from job_failures where job = 'test-fail'`)).length === 0) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await queue.stop();
    expect(seen).toEqual([{ n: 7 }]);
    const [failure] = await database.query<{ error: string }>(`select error from job_failures where job = 'test-fail'`);
    expect(failure!.error).toContain('kaput');
    expect((await database.query<{ final: string }>(`select final from job_failures where job = 'test-fail'`))[0]!.final).toBe('failed');
  }, 40_000);
});
