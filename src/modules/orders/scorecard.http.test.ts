import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKit, type Kit } from './test-kit';

let k: Kit;
const ids: Record<string, string> = {};
const key = (s: string) => ({ 'idempotency-key': s });

/** tier12 → ikm23 (CV Alam Cor Klaten): October 2,003 received / 3 rejected, 2 schedule entries of which 1 on time in full; November 12 of 40,000 rejected; price +10 %. */
beforeAll(async () => {
  k = await openKit();
  for (const x of ['tier12', 'ikm23', 'tier13', 'ikm24']) ids[x] = await k.orgId(x);
  const po = (await k.call('POST', '/api/purchase-orders', 'tier12', {
    ikmOrgId: ids.ikm23,
    orderDate: '2026-10-01',
    lines: [
      { partNumber: 'CT-A', partName: 'Rantai A', quantity: 2000, unitPrice: '1000', schedule: [{ date: '2026-10-05', quantity: 1000 }, { date: '2026-10-20', quantity: 1000 }] },
      { partNumber: 'CT-B', partName: 'Rantai B', quantity: 40000, unitPrice: '50', schedule: [{ date: '2026-11-10', quantity: 40000 }] },
    ],
  })).body;
  k.env.clock.advance(3.5 * 3_600_000);
  await k.call('POST', `/api/purchase-orders/${po.id}/acknowledge`, 'ikm23', {});
  const deliver = async (on: string, line: number, qty: number, rejected: number, tag: string) => {
    const n = (await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'ikm23', { deliveredOn: on, lines: [{ poLineId: po.lines[line].id, quantity: qty }] })).body;
    const r = await k.call('POST', `/api/delivery-notes/${n.id}/receipts`, 'tier12', { receivedOn: on, lines: [{ deliveryNoteLineId: n.lines[0].id, acceptedQty: qty - rejected, rejectedQty: rejected, rejectReason: rejected ? 'Retak' : null }] }, key(tag));
    expect(r.status).toBe(201);
  };
  await deliver('2026-10-05', 0, 1000, 3, 'g1');
  await deliver('2026-10-18', 0, 1003, 0, 'g2');
  await deliver('2026-11-10', 1, 40000, 12, 'g3');
  const po2 = (await k.call('POST', '/api/purchase-orders', 'tier12', { ikmOrgId: ids.ikm23, orderDate: '2026-11-02', lines: [{ partNumber: 'CT-A', partName: 'Rantai A', quantity: 10, unitPrice: '1100', schedule: [{ date: '2026-12-01', quantity: 10 }] }] })).body;
  expect(po2.id).toBeTruthy();
});
afterAll(() => k.close());

describe('supplier scorecard', () => {
  it("a buyer's suppliers by month: reject ppm, on-time-in-full, responsiveness", async () => {
    const r = await k.call('GET', `/api/scorecards/buyer/${ids.tier12}?month=2026-10`, 'tier12');
    expect(r.status).toBe(200);
    const row = r.body.suppliers.find((s: { orgId: string }) => s.orgId === ids.ikm23);
    expect(row).toMatchObject({ orgName: 'CV Alam Cor Klaten', receivedQty: 2003, rejectedQty: 3, rejectPpm: 1498, scheduleDue: 2, scheduleOnTimeInFull: 1, otifPercent: 50, posIssued: 1, posAcknowledged: 1, ackHoursMean: 3.5 });
  });

  it('12 rejected of 40,000 received → 300 ppm; price trend against the previous month', async () => {
    const r = await k.call('GET', `/api/scorecards/buyer/${ids.tier12}?month=2026-11`, 'tier12');
    const row = r.body.suppliers.find((s: { orgId: string }) => s.orgId === ids.ikm23);
    expect(row).toMatchObject({ receivedQty: 40000, rejectedQty: 12, rejectPpm: 300, scheduleDue: 1, scheduleOnTimeInFull: 0, otifPercent: 0, priceTrendPercent: 10 });
  });

  it('one IKM by month: the IKM itself, its buyer (own orders only), the programme office; others 404', async () => {
    const own = await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}?from=2026-10&to=2026-11`, 'ikm23');
    expect(own.status).toBe(200);
    expect(own.body.months.map((m: { month: string; rejectPpm: number | null }) => [m.month, m.rejectPpm])).toEqual([['2026-10', 1498], ['2026-11', 300]]);
    expect(own.body.totals).toMatchObject({ receivedQty: 42003, rejectedQty: 15 });
    const buyer = await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}?from=2026-10&to=2026-11`, 'tier12');
    expect(buyer.body.buyerOrgId).toBe(ids.tier12);
    expect(buyer.body.totals.receivedQty).toBe(42003);
    expect((await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}`, 'kemenperin')).status).toBe(200);
    expect((await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}`, 'tier13')).status).toBe(404);
    expect((await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}`, 'ikm24')).status).toBe(404);
    expect((await k.call('GET', `/api/scorecards/ikm/${ids.ikm23}`, 'mandiri')).status).toBe(403);
  });

  it('buyer and programme views are theirs only', async () => {
    expect((await k.call('GET', `/api/scorecards/buyer/${ids.tier12}`, 'tier13')).status).toBe(404);
    expect((await k.call('GET', `/api/scorecards/buyer/${ids.tier12}`, 'ikm23')).status).toBe(403);
    expect((await k.call('GET', '/api/scorecards/programme?month=2026-11', 'tier12')).status).toBe(403);
    const prog = await k.call('GET', '/api/scorecards/programme?month=2026-11', 'kemenperin');
    expect(prog.body.suppliers.some((s: { orgId: string }) => s.orgId === ids.ikm23)).toBe(true);
    expect(prog.body.totals.receivedQty).toBeGreaterThanOrEqual(40000);
    expect((await k.call('GET', '/api/scorecards/programme?month=2026-13', 'kemenperin')).status).toBe(400);
  });

  it('exports the quality and delivery history for matching', async () => {
    const h = await k.env.rt.services.orders.supplierHistory(ids.ikm23!, { from: '2026-10', to: '2026-11', asOf: '2026-11-25' });
    expect(h.months[0]).toMatchObject({ month: '2026-10', rejectPpm: 1498, otifPercent: 50 });
    expect(h.totals.scheduleDue).toBe(3);
  });

  it('the demo orders give every demo supplier a scorecard', async () => {
    const prog = await k.call('GET', '/api/scorecards/programme?month=2026-10', 'kemenperin');
    expect(prog.body.suppliers.length).toBeGreaterThanOrEqual(6);
    const paid = await k.env.database.query<{ n: number }>(`select count(*)::int as n from invoices where status = 'paid'`);
    const open = await k.env.database.query<{ n: number }>(`select count(*)::int as n from invoices where status = 'issued'`);
    expect(paid[0]!.n).toBeGreaterThan(0);
    expect(open[0]!.n).toBeGreaterThan(0);
  });
});

describe('notifications API', () => {
  it('lists, counts and marks read for the signed-in user only', async () => {
    const before = (await k.call('GET', '/api/notifications/unread-count', 'ikm23')).body.unread;
    expect(before).toBeGreaterThan(0);
    const list = await k.call('GET', '/api/notifications?pageSize=5', 'ikm23');
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items[0]).not.toHaveProperty('userId');
    expect((await k.call('POST', '/api/notifications/read-all', 'ikm23')).body.updated).toBe(before);
    expect((await k.call('GET', '/api/notifications/unread-count', 'ikm23')).body.unread).toBe(0);
    expect((await k.call('GET', '/api/notifications/unread-count')).status).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('describes the orders and scorecard endpoints', async () => {
    const doc = (await k.call('GET', '/api/openapi.json')).body;
    for (const p of [
      '/api/purchase-orders',
      '/api/purchase-orders/{id}',
      '/api/purchase-orders/{id}/revisions',
      '/api/purchase-orders/{id}/acknowledge',
      '/api/purchase-orders/{id}/delivery-notes',
      '/api/delivery-notes/{id}/receipts',
      '/api/purchase-orders/{id}/invoices',
      '/api/invoices/{id}/payments',
      '/api/invoices/{id}/pdf',
      '/api/scorecards/ikm/{id}',
      '/api/scorecards/buyer/{id}',
      '/api/scorecards/programme',
    ]) expect(doc.paths[p], p).toBeDefined();
  });
});
