import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

let env: TestEnv;
const headers: Record<string, Record<string, string>> = {};
async function get(who: string, url: string) {
  headers[who] ??= await env.signIn(who);
  const r = await env.app.inject({ method: 'GET', url, headers: headers[who] });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('finance demo (DOMAIN.md "The demo scenario")', () => {
  it('has exactly 10 akad signed worth Rp24 miliar and 24 pending worth Rp82 miliar', async () => {
    const p = await get('admin@kemenperin.demo.lingkar.id', '/api/finance/pipeline');
    expect(p.status).toBe(200);
    expect(p.body.signed).toEqual({ count: 10, value: '24000000000' });
    expect(p.body.pending).toEqual({ count: 24, value: '82000000000' });
    const byStage = Object.fromEntries(p.body.stages.map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect(byStage).toMatchObject({ repaid: 2, disbursed: 6, signed: 2 });
  });

  it('shows repayments from tier payments through escrow, a balanced ledger and reconciled escrows', async () => {
    const check = await get('admin@kemenperin.demo.lingkar.id', '/api/finance/ledger/check');
    expect(check.body).toMatchObject({ balanced: true, unbalancedEntries: 0, escrowNonZero: 0 });
    const portfolio = await get('admin@mandiri.demo.lingkar.id', '/api/finance/portfolio');
    expect(BigInt(portfolio.body.repaid)).toBeGreaterThan(2_000_000_000n);
    const escrows = await get('admin@mandiri.demo.lingkar.id', '/api/finance/escrow');
    for (const e of escrows.body) {
      const rec = await get('admin@mandiri.demo.lingkar.id', `/api/finance/escrow/${e.id}/reconciliation`);
      expect(rec.body.balanced).toBe(true);
    }
    const programme = await get('admin@kemenperin.demo.lingkar.id', '/api/finance/portfolio/programme');
    expect(programme.body.byLender).toHaveLength(5);
    expect(programme.body.total.byClass.find((c: { class: number }) => c.class === 2).count).toBeGreaterThanOrEqual(1);
  });
});
