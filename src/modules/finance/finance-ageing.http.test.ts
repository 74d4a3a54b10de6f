import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { penaltyFor } from './domain/penalty';
import { createFinanceAgeingJob } from './index';
import { actorsFor, createProduct, email, journey, type Actors } from './test-journey';
import { createFinanceTestEnv, type Caller, type FinanceTestEnv } from './test-support';

let env: FinanceTestEnv;
let a: Actors;
let programme: Caller;
let akad: { id: string; escrowAccountId: string; schedule: { instalments: { principalDue: string; interestDue: string; dueDate: string }[] } };
let poId: string;

beforeAll(async () => {
  env = await createFinanceTestEnv();
  a = await actorsFor(env, 'amv', 'ikm10', 'tier05');
  programme = await env.as(email('admin', 'kemenperin'));
  const product = await createProduct(a.lender, { annualRate: '12', penaltyRate: '36', requiredDocuments: [] });
  const po = env.po('tier05', 'ikm10', 1_000_000_000n);
  poId = po.id;
  ({ akad } = await journey(a, { productId: product.id, amount: 120_000_000n, underlyings: [{ kind: 'po', id: po.id }], tenorMonths: 12, plannedDisbursementOn: '2026-11-25' }));
});
afterAll(() => env.close());

const getAkad = async () => (await a.lender.call('GET', `/api/finance/akad/${akad.id}`)).body;
const run = async () => {
  const r = await programme.call('POST', '/api/finance/ageing/run');
  expect(r.status).toBe(200);
  return r.body;
};

describe('ageing with the test clock', () => {
  it('is current on the due date and registers the daily job', async () => {
    expect(akad.schedule.instalments[0]!.dueDate).toBe('2026-12-25');
    env.clock.set('2026-12-25T02:00:00Z');
    await run();
    expect(await getAkad()).toMatchObject({ dpd: 0, collectibility: 1 });
    const job = createFinanceAgeingJob(env.rt.deps);
    expect(job).toMatchObject({ name: 'finance.ageing', cron: '0 18 * * *' });
  });

  it('15 days late: DPD 15, class 2, penalty roundHalfUp(overdue × 36% × 15/360) as a journal entry; a repeat run adds nothing', async () => {
    env.clock.set('2027-01-09T02:00:00Z');
    await run();
    const first = akad.schedule.instalments[0]!;
    const overdue = BigInt(first.principalDue) + BigInt(first.interestDue);
    const expected = penaltyFor(overdue, '36', 15);
    const v = await getAkad();
    expect(v).toMatchObject({ dpd: 15, collectibility: 2, collectibilityLabel: 'Dalam Perhatian Khusus' });
    expect(v.schedule.instalments[0].penaltyDue).toBe(expected.toString());
    expect(v.balances.penaltyReceivable).toBe(expected.toString());
    const journal = (await a.lender.call('GET', `/api/finance/akad/${akad.id}/journal`)).body;
    expect(journal.filter((e: { kind: string }) => e.kind === 'penalty_accrual')).toHaveLength(1);
    await run();
    expect((await getAkad()).schedule.instalments[0].penaltyDue).toBe(expected.toString());
  });

  it('96 days late: class 3 (non-performing) in the lender portfolio and NPL ratio', async () => {
    env.clock.set('2027-03-31T02:00:00Z');
    await run();
    expect(await getAkad()).toMatchObject({ dpd: 96, collectibility: 3, collectibilityLabel: 'Kurang Lancar' });
    const p = (await a.lender.call('GET', '/api/finance/portfolio')).body;
    const mine = p.akads.find((x: { id: string }) => x.id === akad.id);
    expect(mine).toMatchObject({ dpd: 96, collectibility: 3, outstanding: '120000000' });
    expect(BigInt(p.npl)).toBeGreaterThanOrEqual(120_000_000n);
    expect(Number(p.nplRatio)).toBeGreaterThan(0);
    expect(p.byClass.find((c: { class: number }) => c.class === 3).count).toBeGreaterThanOrEqual(1);
  });

  it('a buyer payment pays the oldest instalment’s penalty, then interest, then principal', async () => {
    const before = await getAkad();
    const i1 = before.schedule.instalments[0];
    expect(BigInt(i1.interestDue)).toBe(1_200_000n);
    const amount = BigInt(i1.penaltyDue) + 1_000_000n;
    const r = await a.buyer.call('POST', '/api/finance/escrow/payments', { invoiceId: newId(), poId, ikmOrgId: a.ikm.orgId, amount: amount.toString() }, { 'idempotency-key': 'late-1' });
    expect(r.status).toBe(200);
    expect(r.body.allocations).toEqual([{ loan: akad.id, no: 1, penalty: i1.penaltyDue, interest: '1000000', principal: '0' }]);
    expect(r.body.toIkm).toBe('0');
  });

  it('past 180 days: class 5; a write-off closes the loan with a balanced journal', async () => {
    env.clock.set('2027-07-01T02:00:00Z');
    await run();
    expect((await getAkad()).collectibility).toBe(5);
    const w = await a.approver.call('POST', `/api/finance/akad/${akad.id}/write-off`, { reason: 'Macet lebih dari 180 hari' });
    expect(w.status).toBe(200);
    expect(w.body.status).toBe('written_off');
    expect(w.body.balances.outstandingPrincipal).toBe('0');
    expect(w.body.balances.penaltyReceivable).toBe('0');
    const check = await programme.call('GET', '/api/finance/ledger/check');
    expect(check.body.balanced).toBe(true);
    const pipeline = await a.lender.call('GET', '/api/finance/pipeline');
    expect(pipeline.body.stages.find((s: { stage: string }) => s.stage === 'written_off')).toEqual({ stage: 'written_off', count: 1, value: '120000000' });
  });
});
