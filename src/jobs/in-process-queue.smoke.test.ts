import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { createInProcessQueue } from './in-process-queue';
import { backoffMs } from './queue';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.drop());

const waitFor = async (cond: () => Promise<boolean>, ms = 5000) => {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('in-process job queue', () => {
  it('retries with back-off and records each failure, the last as final', async () => {
    const queue = createInProcessQueue(database.db, pino({ level: 'silent' }));
    let calls = 0;
    queue.register({ name: 'test.flaky', retryLimit: 2, retryDelayMs: 5, handler: async () => { calls++; throw new Error('boom'); } });
    await queue.start();
    await queue.send('test.flaky', { n: 1 });
    await waitFor(async () => (await database.query(`select 1 from job_failures where job = 'test.flaky' and final = 'failed'`)).length === 1);
    const rows = await database.query<{ attempt: number; final: string; error: string }>(`select attempt, final, error from job_failures where job = 'test.flaky' order by attempt`);
    expect(rows.map((r) => [r.attempt, r.final])).toEqual([[1, 'retrying'], [2, 'retrying'], [3, 'failed']]);
    expect(rows[0]!.error).toContain('boom');
    expect(calls).toBe(3);
    await queue.stop();
  });

  it('succeeds after a transient failure', async () => {
    const queue = createInProcessQueue(database.db, pino({ level: 'silent' }));
    let calls = 0;
    queue.register({ name: 'test.transient', retryDelayMs: 5, handler: async () => { if (++calls === 1) throw new Error('once'); } });
    await queue.start();
    await queue.send('test.transient');
    await waitFor(async () => calls === 2);
    expect((await database.query(`select 1 from job_failures where job = 'test.transient'`)).length).toBe(1);
    await queue.stop();
  });

  it('doubles the delay and caps it at five minutes', () => {
    expect([1, 2, 3].map((a) => backoffMs(a))).toEqual([2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(300_000);
  });
});
