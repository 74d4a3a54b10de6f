import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { actorsFor, bulletProduct, createProduct, email, journey, type Actors } from './test-journey';
import { createFinanceTestEnv, type FinanceTestEnv } from './test-support';

let env: FinanceTestEnv;
let a: Actors;
let product: { id: string };
let bullet: { id: string };

beforeAll(async () => {
  env = await createFinanceTestEnv();
  a = await actorsFor(env, 'mandiri', 'ikm11', 'tier06');
  product = await createProduct(a.lender);
  bullet = await bulletProduct(a.lender);
});
afterAll(() => env.close());

const pay = (poId: string, amount: bigint, key: string) =>
  a.buyer.call('POST', '/api/finance/escrow/payments', { invoiceId: newId(), poId, ikmOrgId: a.ikm.orgId, amount: amount.toString() }, { 'idempotency-key': key });

describe('apply → confirm → review → approve → akad → sign → disburse → buyer pays → waterfall', () => {
  it('refuses what the rules refuse, with the field named', async () => {
    const po = env.po('tier06', 'ikm11', 100_000_000n);
    const tooBig = await a.ikm.call('POST', '/api/finance/applications', { productId: product.id, amount: '9000000000', tenorMonths: 12, purpose: 'x', documents: [], underlyings: [{ kind: 'po', id: po.id }] });
    expect(tooBig.body.error).toMatchObject({ code: 'finance.amount_out_of_range', params: { field: 'amount' } });
    const noDocs = await a.ikm.call('POST', '/api/finance/applications', { productId: product.id, amount: '10000000', tenorMonths: 12, purpose: 'x', documents: [], underlyings: [{ kind: 'po', id: po.id }] });
    expect(noDocs.status).toBe(201);
    const submit = await a.ikm.call('POST', `/api/finance/applications/${noDocs.body.id}/submit`);
    expect(submit.body.error).toMatchObject({ code: 'finance.documents_missing', params: { field: 'documents', missing: ['nib'] } });
    const { application } = await journey(a, { productId: product.id, amount: 10_000_000n, underlyings: [{ kind: 'po', id: po.id }], stopAt: 'submitted' });
    await a.analyst.call('POST', `/api/finance/applications/${application.id}/review`, { checklist: [{ item: 'x', ok: true }], recommendation: 'approve' });
    const unconfirmed = await a.approver.call('POST', `/api/finance/applications/${application.id}/decision`, { decision: 'approved', reasons: ['ok'] });
    expect(unconfirmed.body.error.code).toBe('finance.buyer_confirmation_pending');
  });

  it('runs the whole journey; signing and disbursing are idempotent; the ledger balances', async () => {
    const po = env.po('tier06', 'ikm11', 250_000_000n);
    const { akad } = await journey(a, { productId: product.id, amount: 120_000_000n, underlyings: [{ kind: 'po', id: po.id }], tenorMonths: 12, stopAt: 'akad' });
    expect(akad.reference).toMatch(/^AKAD-2026-\d{4}$/);
    expect(akad.schedule.fixed).toBe(false);
    const s1 = await a.approver.call('POST', `/api/finance/akad/${akad.id}/sign`, undefined, { 'idempotency-key': 'sig-1' });
    const s1again = await a.approver.call('POST', `/api/finance/akad/${akad.id}/sign`, undefined, { 'idempotency-key': 'sig-1' });
    expect(s1again.body.lenderSignedAt).toBe(s1.body.lenderSignedAt);
    expect(s1.body.status).toBe('awaiting_signatures');
    const signed = await a.ikm.call('POST', `/api/finance/akad/${akad.id}/sign`, undefined, { 'idempotency-key': 'sig-2' });
    expect(signed.body).toMatchObject({ status: 'signed', currentVersion: 1, schedule: { fixed: true } });
    expect(signed.body.schedule.instalments).toHaveLength(12);
    const d1 = await a.approver.call('POST', `/api/finance/akad/${akad.id}/disburse`, { disbursedOn: '2026-11-25' }, { 'idempotency-key': 'disb-1' });
    const d2 = await a.approver.call('POST', `/api/finance/akad/${akad.id}/disburse`, { disbursedOn: '2026-11-25' }, { 'idempotency-key': 'disb-1' });
    expect(d1.status).toBe(200);
    expect(d2.body.balances).toEqual(d1.body.balances);
    expect(d1.body.balances.outstandingPrincipal).toBe('120000000');
    const d3 = await a.approver.call('POST', `/api/finance/akad/${akad.id}/disburse`, {});
    expect(d3.body.error.code).toBe('finance.akad_not_disbursable');

    env.clock.set('2027-01-26T02:00:00Z');
    const paid = await pay(po.id, 50_000_000n, 'pay-1');
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    const [i1, i2] = signed.body.schedule.instalments;
    expect(paid.body.allocations).toEqual([
      { loan: akad.id, no: 1, penalty: '0', interest: i1.interestDue, principal: i1.principalDue },
      { loan: akad.id, no: 2, penalty: '0', interest: i2.interestDue, principal: i2.principalDue },
    ]);
    expect(BigInt(paid.body.toIkm) + BigInt(paid.body.toLender)).toBe(50_000_000n);
    const check = await (await env.as(email('admin', 'kemenperin'))).call('GET', '/api/finance/ledger/check');
    expect(check.body).toMatchObject({ balanced: true, unbalancedEntries: 0, escrowNonZero: 0 });
    const rec = await a.lender.call('GET', `/api/finance/escrow/${akad.escrowAccountId}/reconciliation`);
    expect(rec.body).toMatchObject({ balanced: true, totals: { in: '50000000', out: '50000000', toIkm: paid.body.toIkm } });

    // prepayment: the due is paid first, the rest repays principal ahead; a new schedule version re-amortises the rest
    env.clock.set('2027-02-10T02:00:00Z');
    const pre = await a.ikm.call('POST', `/api/finance/akad/${akad.id}/repayments`, { amount: '30000000', prepay: true }, { 'idempotency-key': 'pre-1' });
    expect(pre.status, JSON.stringify(pre.body)).toBe(200);
    expect(pre.body.allocations).toEqual([{ loan: akad.id, no: 0, penalty: '0', interest: '0', principal: '30000000' }]);
    const after = (await a.lender.call('GET', `/api/finance/akad/${akad.id}`)).body;
    expect(after.currentVersion).toBe(2);
    expect(after.versions.map((v: { reason: string }) => v.reason)).toEqual(['signing', 'prepayment']);
    expect(BigInt(after.balances.outstandingPrincipal)).toBe(120_000_000n - BigInt(i1.principalDue) - BigInt(i2.principalDue) - 30_000_000n);
    const future = after.schedule.instalments.filter((i: { dueDate: string }) => i.dueDate > '2027-02-10');
    expect(future.reduce((s: bigint, i: { principalDue: string }) => s + BigInt(i.principalDue), 0n)).toBe(BigInt(after.balances.outstandingPrincipal));
    expect(after.schedule.instalments.map((i: { dueDate: string }) => i.dueDate)).toEqual(signed.body.schedule.instalments.map((i: { dueDate: string }) => i.dueDate));
    const v1 = await a.lender.call('GET', `/api/finance/akad/${akad.id}/schedule/1`);
    expect(v1.body).toMatchObject({ version: 1, current: false });

    // restructuring: a new version with new terms for the outstanding principal
    const r = await a.approver.call('POST', `/api/finance/akad/${akad.id}/restructure`, { annualRate: '9', method: 'declining', tenorMonths: 18, reason: 'Penurunan pesanan musiman' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ currentVersion: 3, annualRate: '9', method: 'declining', tenorMonths: 18 });
    expect(r.body.versions.at(-1)).toMatchObject({ version: 3, reason: 'restructuring', note: 'Penurunan pesanan musiman' });
    expect(r.body.schedule.totals.principal).toBe(String(BigInt(after.balances.outstandingPrincipal) + BigInt(i1.principalDue) + BigInt(i2.principalDue)));
    expect((await a.analyst.call('POST', `/api/finance/akad/${akad.id}/restructure`, { reason: 'x' })).status).toBe(403);
  });

  it('a bullet loan tied to the paid PO is settled in full when the buyer pays that PO’s invoice', async () => {
    const po = env.po('tier06', 'ikm11', 500_000_000n);
    const { akad } = await journey(a, { productId: bullet.id, amount: 300_000_000n, repaidOn: '2027-05-25', underlyings: [{ kind: 'po', id: po.id }], plannedDisbursementOn: '2027-02-10' });
    const total = BigInt(akad.schedule.instalments[0].principalDue) + BigInt(akad.schedule.instalments[0].interestDue);
    env.clock.set('2027-03-15T02:00:00Z');
    const r = await pay(po.id, 450_000_000n, 'bullet-1');
    const mine = r.body.allocations.filter((x: { loan: string }) => x.loan === akad.id);
    expect(mine).toEqual([{ loan: akad.id, no: 1, penalty: '0', interest: akad.schedule.instalments[0].interestDue, principal: '300000000' }]);
    expect(BigInt(r.body.toIkm)).toBeLessThanOrEqual(450_000_000n - total);
    const v = (await a.lender.call('GET', `/api/finance/akad/${akad.id}`)).body;
    expect(v).toMatchObject({ status: 'repaid', closedOn: '2027-03-15', balances: { outstandingPrincipal: '0' } });
  });

  it('statements as PDF and XLSX, reconciliation as XLSX', async () => {
    const list = (await a.lender.call('GET', '/api/finance/akad?status=disbursed')).body.items;
    const id = list[0].id;
    const pdf = await a.lender.call('GET', `/api/finance/akad/${id}/statement.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await a.ikm.call('GET', `/api/finance/akad/${id}/statement.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Akad', expect.stringMatching(/^Jadwal v\d+$/), 'Mutasi']);
    const json = await a.lender.call('GET', `/api/finance/akad/${id}/statement`);
    expect(json.body.movements[0]).toMatchObject({ kind: 'Pencairan' });
    const rec = await a.lender.call('GET', `/api/finance/escrow/${list[0].escrowAccountId}/reconciliation.xlsx`);
    expect(rec.status).toBe(200);
    expect(rec.raw.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('pipeline', () => {
  it('counts and values by stage, signed and pending totals', async () => {
    const view = async () => (await a.lender.call('GET', '/api/finance/pipeline')).body;
    const before = await view();
    const stage = (p: { stages: { stage: string; count: number; value: string }[] }, s: string) => p.stages.find((x) => x.stage === s)!;
    const po = env.po('tier06', 'ikm11', 9_000_000_000n);
    const u = [{ kind: 'po' as const, id: po.id }];
    await journey(a, { productId: product.id, amount: 11_000_000n, underlyings: u, stopAt: 'submitted' });
    await journey(a, { productId: product.id, amount: 22_000_000n, underlyings: u, stopAt: 'approved' });
    await journey(a, { productId: product.id, amount: 33_000_000n, underlyings: u, stopAt: 'akad', plannedDisbursementOn: '2027-04-01' });
    await journey(a, { productId: product.id, amount: 44_000_000n, underlyings: u, stopAt: 'signed', plannedDisbursementOn: '2027-04-01' });
    const after = await view();
    const delta = (s: string) => ({ count: stage(after, s).count - stage(before, s).count, value: BigInt(stage(after, s).value) - BigInt(stage(before, s).value) });
    expect(delta('submitted')).toEqual({ count: 1, value: 11_000_000n });
    expect(delta('approved')).toEqual({ count: 2, value: 55_000_000n });
    expect(delta('signed')).toEqual({ count: 1, value: 44_000_000n });
    expect(after.pending.count - before.pending.count).toBe(3);
    expect(BigInt(after.pending.value) - BigInt(before.pending.value)).toBe(66_000_000n);
    expect(after.signed.count - before.signed.count).toBe(1);
    expect(stage(after, 'repaid').count).toBeGreaterThanOrEqual(1);
    const buyerView = (await a.buyer.call('GET', '/api/finance/pipeline')).body;
    expect(buyerView.pending.count).toBeGreaterThanOrEqual(3);
  });
});
