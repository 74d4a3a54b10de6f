import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsFor, bulletProduct, createProduct, email, journey, type Actors } from './test-journey';
import { createFinanceTestEnv, type Caller, type FinanceTestEnv } from './test-support';

let env: FinanceTestEnv;
let m: Actors; // mandiri, ikm01, tier01
let s: Actors; // sinarmas, ikm02, tier02
let programme: Caller;
let otherIkm: Caller;
let otherBuyer: Caller;
const ids = {} as Record<"mProduct" | "sProduct" | "mApp" | "mAkad" | "mEscrow" | "sApp" | "sAkad" | "sEscrow", string>;

beforeAll(async () => {
  env = await createFinanceTestEnv();
  m = await actorsFor(env, 'mandiri', 'ikm01', 'tier01');
  s = await actorsFor(env, 'sinarmas', 'ikm02', 'tier02');
  programme = await env.as(email('admin', 'kemenperin'));
  otherIkm = await env.as(email('admin', 'ikm03'));
  otherBuyer = await env.as(email('admin', 'tier03'));
  const mp = await createProduct(m.lender);
  const sp = await bulletProduct(s.lender);
  ids.mProduct = mp.id;
  ids.sProduct = sp.id;
  const po1 = env.po('tier01', 'ikm01', 500_000_000n);
  const a = await journey(m, { productId: mp.id, amount: 100_000_000n, underlyings: [{ kind: 'po', id: po1.id }] });
  ids.mApp = a.application.id;
  ids.mAkad = a.akad.id;
  ids.mEscrow = a.akad.escrowAccountId;
  const po2 = env.po('tier02', 'ikm02', 400_000_000n);
  const b = await journey(s, { productId: sp.id, amount: 200_000_000n, repaidOn: '2027-02-25', underlyings: [{ kind: 'po', id: po2.id }] });
  ids.sApp = b.application.id;
  ids.sAkad = b.akad.id;
  ids.sEscrow = b.akad.escrowAccountId;
});
afterAll(() => env.close());

describe('a lender sees only its own', () => {
  it('products: its own in lists; another lender’s ids answer 404', async () => {
    const list = await m.lender.call('GET', '/api/finance/products?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.items.every((p: { lenderOrgId: string }) => p.lenderOrgId === m.lender.orgId)).toBe(true);
    expect((await m.lender.call('GET', `/api/finance/products/${ids.sProduct}`)).status).toBe(404);
    const patch = await m.lender.call('PATCH', `/api/finance/products/${ids.sProduct}`, { name: 'Diambil alih' });
    expect(patch.status).toBe(404);
    expect(patch.body.error.code).toBe('finance.product_not_found');
  });

  it('applications and akad: another lender’s ids answer 404 for reads and every action', async () => {
    for (const who of [s.lender, s.analyst, s.approver]) {
      expect((await who.call('GET', `/api/finance/applications/${ids.mApp}`)).status).toBe(404);
      expect((await who.call('GET', `/api/finance/akad/${ids.mAkad}`)).status).toBe(404);
      expect((await who.call('GET', `/api/finance/akad/${ids.mAkad}/statement.pdf`)).status).toBe(404);
      expect((await who.call('GET', `/api/finance/escrow/${ids.mEscrow}/reconciliation`)).status).toBe(404);
    }
    expect((await s.analyst.call('POST', `/api/finance/applications/${ids.mApp}/review`, { checklist: [{ item: 'x', ok: true }], recommendation: 'approve' })).status).toBe(404);
    expect((await s.approver.call('POST', `/api/finance/applications/${ids.mApp}/decision`, { decision: 'rejected', reasons: ['x'] })).status).toBe(404);
    expect((await s.approver.call('POST', `/api/finance/akad/${ids.mAkad}/disburse`, {})).status).toBe(404);
    expect((await s.approver.call('POST', `/api/finance/akad/${ids.mAkad}/write-off`, { reason: 'bukan milik kami' })).status).toBe(404);
    const apps = await s.lender.call('GET', '/api/finance/applications?pageSize=200');
    expect(apps.body.items.every((a: { lenderOrgId: string }) => a.lenderOrgId === s.lender.orgId)).toBe(true);
    const akads = await s.lender.call('GET', '/api/finance/akad?pageSize=200');
    expect(akads.body.items.map((a: { id: string }) => a.id)).toContain(ids.sAkad);
    expect(akads.body.items.every((a: { lenderOrgId: string }) => a.lenderOrgId === s.lender.orgId)).toBe(true);
  });

  it('portfolio and escrow: only its own loans', async () => {
    const p = await m.lender.call('GET', '/api/finance/portfolio');
    expect(p.status).toBe(200);
    expect(p.body.lenderId).toBe(m.lender.orgId);
    expect(p.body.akads.map((a: { id: string }) => a.id)).toContain(ids.mAkad);
    expect(p.body.akads.map((a: { id: string }) => a.id)).not.toContain(ids.sAkad);
    const asOther = await m.lender.call('GET', `/api/finance/portfolio?lenderId=${s.lender.orgId}`);
    expect(asOther.body.lenderId).toBe(m.lender.orgId);
    const esc = await m.lender.call('GET', '/api/finance/escrow');
    expect(esc.body.every((e: { lenderOrgId: string }) => e.lenderOrgId === m.lender.orgId)).toBe(true);
  });
});

describe('roles', () => {
  it('separates duties inside a lender: an admin cannot review, an analyst cannot decide', async () => {
    const po = env.po('tier01', 'ikm01', 300_000_000n);
    const { application } = await journey(m, { productId: ids.mProduct, amount: 50_000_000n, underlyings: [{ kind: 'po', id: po.id }], stopAt: 'submitted' });
    expect((await m.lender.call('POST', `/api/finance/applications/${application.id}/review`, { checklist: [{ item: 'x', ok: true }], recommendation: 'approve' })).status).toBe(403);
    expect((await m.analyst.call('POST', `/api/finance/applications/${application.id}/decision`, { decision: 'approved', reasons: ['x'] })).status).toBe(403);
    const early = await m.approver.call('POST', `/api/finance/applications/${application.id}/decision`, { decision: 'approved', reasons: ['x'] });
    expect(early.body.error.code).toBe('finance.review_required');
  });

  it('IKM: applies and sees its own; another IKM gets 404; it cannot make products or see portfolios', async () => {
    expect((await m.ikm.call('GET', `/api/finance/applications/${ids.mApp}`)).status).toBe(200);
    expect((await m.ikm.call('GET', `/api/finance/akad/${ids.mAkad}`)).status).toBe(200);
    expect((await otherIkm.call('GET', `/api/finance/applications/${ids.mApp}`)).status).toBe(404);
    expect((await otherIkm.call('GET', `/api/finance/akad/${ids.mAkad}`)).status).toBe(404);
    expect((await otherIkm.call('POST', `/api/finance/akad/${ids.mAkad}/repayments`, { amount: '1000' })).status).toBe(404);
    expect((await m.ikm.call('POST', '/api/finance/products', { code: 'X-1' })).status).toBe(400);
    expect((await m.ikm.call('GET', '/api/finance/portfolio')).status).toBe(403);
    const products = await m.ikm.call('GET', '/api/finance/products?pageSize=200');
    const lenders = new Set(products.body.items.map((p: { lenderOrgId: string }) => p.lenderOrgId));
    expect(lenders.has(m.lender.orgId) && lenders.has(s.lender.orgId)).toBe(true);
    expect((await m.ikm.call('POST', `/api/finance/applications/${ids.mApp}/review`, { checklist: [{ item: 'x', ok: true }], recommendation: 'approve' })).status).toBe(404);
  });

  it('an IKM cannot back an application with another IKM’s PO (404)', async () => {
    const po = env.po('tier01', 'ikm03', 300_000_000n);
    const r = await m.ikm.call('POST', '/api/finance/applications', { productId: ids.mProduct, amount: '10000000', tenorMonths: 12, purpose: 'x', documents: [{ kind: 'nib', name: 'n' }], underlyings: [{ kind: 'po', id: po.id }] });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('finance.underlying_not_found');
  });

  it('buyer: sees and confirms applications backed by its PO; others get 404; no akad, no portfolio', async () => {
    expect((await m.buyer.call('GET', `/api/finance/applications/${ids.mApp}`)).status).toBe(200);
    expect((await otherBuyer.call('GET', `/api/finance/applications/${ids.mApp}`)).status).toBe(404);
    expect((await m.buyer.call('GET', `/api/finance/akad/${ids.mAkad}`)).status).toBe(404);
    expect((await m.buyer.call('GET', '/api/finance/portfolio')).status).toBe(403);
    const mine = await m.buyer.call('GET', '/api/finance/applications?pageSize=200');
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(ids.mApp);
    expect(mine.body.items.map((a: { id: string }) => a.id)).not.toContain(ids.sApp);
    const pay = await otherBuyer.call('POST', '/api/finance/escrow/payments', { invoiceId: '01936f3e-0000-7000-8000-000000000001', ikmOrgId: m.ikm.orgId, amount: '1000' });
    expect(pay.status).toBe(422);
    expect(pay.body.error.code).toBe('finance.not_financed');
  });

  it('programme: sees every lender, runs ageing, but cannot act for a lender or an IKM', async () => {
    expect((await programme.call('GET', `/api/finance/akad/${ids.mAkad}`)).status).toBe(200);
    expect((await programme.call('GET', `/api/finance/applications/${ids.sApp}`)).status).toBe(200);
    expect((await programme.call('GET', `/api/finance/portfolio?lenderId=${s.lender.orgId}`)).body.lenderId).toBe(s.lender.orgId);
    expect((await programme.call('GET', '/api/finance/portfolio/programme')).status).toBe(200);
    expect((await programme.call('POST', `/api/finance/akad/${ids.mAkad}/disburse`, {})).status).toBe(404);
    expect((await programme.call('POST', '/api/finance/ageing/run')).status).toBe(200);
    expect((await m.lender.call('POST', '/api/finance/ageing/run')).status).toBe(403);
    expect((await m.lender.call('GET', '/api/finance/portfolio/programme')).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const r = await env.financeApp.inject({ method: 'GET', url: '/api/finance/pipeline' });
    expect(r.statusCode).toBe(401);
  });
});
