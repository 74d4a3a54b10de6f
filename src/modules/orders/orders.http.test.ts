import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKit, type Kit } from './test-kit';

let k: Kit;
const ids: Record<string, string> = {};

beforeAll(async () => {
  k = await openKit();
  for (const key of ['tier04', 'ikm09', 'ikm10', 'ahm']) ids[key] = await k.orgId(key);
});
afterAll(() => k.close());

const poBody = (over: Record<string, unknown> = {}) => ({
  ikmOrgId: ids.ikm09,
  paymentTermsDays: 45,
  lines: [
    { partNumber: 'GSK-04', partName: 'Gasket karet', quantity: 1000, unitPrice: '1250', schedule: [{ date: '2026-12-01', quantity: 600 }, { date: '2026-12-15', quantity: 400 }] },
    { partNumber: 'SEAL-09', partName: 'Seal oli', quantity: 333, unitPrice: '333', schedule: [{ date: '2026-12-10', quantity: 333 }] },
  ],
  ...over,
});

describe('purchase orders', () => {
  let id = '';

  it('a buyer issues a PO: PO-YYYY-NNNNNN, PPN 11% shown separately (rounded down), terbilang', async () => {
    const r = await k.call('POST', '/api/purchase-orders', 'tier04', poBody());
    expect(r.status).toBe(201);
    expect(r.body.reference).toMatch(/^PO-2026-\d{6}$/);
    // 1000 × 1250 + 333 × 333 = 1,360,889; PPN 11% = 149,697.79 → 149,697
    expect(r.body).toMatchObject({ status: 'issued', subtotal: '1360889', ppnRate: '11', ppnAmount: '149697', total: '1510586', paymentTermsDays: 45 });
    expect(r.body.amountInWords).toBe('Satu juta lima ratus sepuluh ribu lima ratus delapan puluh enam rupiah');
    expect(r.body.lines[0].schedule).toHaveLength(2);
    id = r.body.id;
  });

  it('takes another PPN rate when configured', async () => {
    const r = await k.call('POST', '/api/purchase-orders', 'tier04', poBody({ ppnRate: '12', lines: [{ partNumber: 'A', partName: 'A', quantity: 10, unitPrice: '1000', schedule: [{ date: '2026-12-01', quantity: 10 }] }] }));
    expect(r.body).toMatchObject({ ppnRate: '12', ppnAmount: '1200', total: '11200' });
  });

  it('refuses bad input with clear codes', async () => {
    const dates = await k.call('POST', '/api/purchase-orders', 'tier04', poBody({ orderDate: '2026-12-05' }));
    expect(dates.status).toBe(422);
    expect(dates.body.error).toMatchObject({ code: 'orders.dates_out_of_order', params: { field: 'lines.0.schedule.0.date' } });
    const sum = await k.call('POST', '/api/purchase-orders', 'tier04', poBody({ lines: [{ partNumber: 'A', partName: 'A', quantity: 10, unitPrice: '1', schedule: [{ date: '2026-12-01', quantity: 9 }] }] }));
    expect(sum.body.error.code).toBe('orders.schedule_mismatch');
    const money = await k.call('POST', '/api/purchase-orders', 'tier04', poBody({ lines: [{ partNumber: 'A', partName: 'A', quantity: 1, unitPrice: '12.5', schedule: [{ date: '2026-12-01', quantity: 1 }] }] }));
    expect(money.status).toBe(400);
    expect((await k.call('POST', '/api/purchase-orders', 'tier04', poBody({ ikmOrgId: ids.ahm }))).body.error.code).toBe('orders.ikm_invalid');
  });

  it('only buyers issue POs', async () => {
    expect((await k.call('POST', '/api/purchase-orders', 'ikm09', poBody())).status).toBe(403);
    expect((await k.call('POST', '/api/purchase-orders', 'kemenperin', poBody())).status).toBe(403);
    expect((await k.call('POST', '/api/purchase-orders', 'mandiri', poBody())).status).toBe(403);
  });

  it('the IKM is asked to acknowledge (in-app and e-mail)', async () => {
    const notes = (await k.call('GET', '/api/notifications?unread=true', 'ikm09')).body.items;
    const n = notes.find((x: { kind: string; entityId: string }) => x.kind === 'po_to_acknowledge' && x.entityId === id);
    expect(n).toBeTruthy();
    expect((await k.call('POST', `/api/notifications/${n.id}/read`, 'ikm09')).status).toBe(200);
    expect((await k.call('POST', `/api/notifications/${n.id}/read`, 'tier04')).status).toBe(404);
    const mail = await k.env.database.query(`select 1 from outbox where recipient = 'admin@ikm09.demo.lingkar.id' and subject like '%menunggu konfirmasi%'`);
    expect(mail.length).toBeGreaterThan(0);
  });

  it('other organisations get 404; the programme office sees it', async () => {
    expect((await k.call('GET', `/api/purchase-orders/${id}`, 'ikm10')).status).toBe(404);
    expect((await k.call('GET', `/api/purchase-orders/${id}`, 'ahm')).status).toBe(404);
    expect((await k.call('POST', `/api/purchase-orders/${id}/acknowledge`, 'ikm10', {})).status).toBe(404);
    expect((await k.call('GET', `/api/purchase-orders/${id}/pdf`, 'ikm10')).status).toBe(404);
    expect((await k.call('GET', `/api/purchase-orders/${id}`, 'kemenperin')).status).toBe(200);
    const list = await k.call('GET', '/api/purchase-orders?open=true', 'ikm10');
    expect(list.body.items.some((p: { id: string }) => p.id === id)).toBe(false);
  });

  it('before acknowledgement the buyer edits in place; the IKM cannot edit', async () => {
    const po = (await k.call('GET', `/api/purchase-orders/${id}`, 'tier04')).body;
    const lines = po.lines.map((l: { id: string; partNumber: string; partName: string; uom: string; quantity: number; unitPrice: string; schedule: { date: string; quantity: number }[] }) => ({ id: l.id, partNumber: l.partNumber, partName: l.partName, uom: l.uom, quantity: l.quantity, unitPrice: l.unitPrice, schedule: l.schedule.map((s) => ({ date: s.date, quantity: s.quantity })) }));
    lines[1].quantity = 400;
    lines[1].schedule = [{ date: '2026-12-10', quantity: 400 }];
    const r = await k.call('PATCH', `/api/purchase-orders/${id}`, 'tier04', { lines, notes: 'Kemasan kardus' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ revision: 0, subtotal: String(1_250_000 + 400 * 333), notes: 'Kemasan kardus' });
    expect((await k.call('PATCH', `/api/purchase-orders/${id}`, 'ikm09', { notes: 'x' })).status).toBe(403);
  });

  it('the IKM acknowledges; the buyer cannot acknowledge for it', async () => {
    expect((await k.call('POST', `/api/purchase-orders/${id}/acknowledge`, 'tier04', {})).status).toBe(403);
    const r = await k.call('POST', `/api/purchase-orders/${id}/acknowledge`, 'ikm09', { note: 'Siap' });
    expect(r.body.status).toBe('acknowledged');
    expect(r.body.firstAcknowledgedAt).toBeTruthy();
    expect((await k.call('POST', `/api/purchase-orders/${id}/acknowledge`, 'ikm09', {})).status).toBe(409);
  });

  it('after acknowledgement an edit needs a revision (409); the revision keeps history and asks for a new acknowledgement', async () => {
    const edit = await k.call('PATCH', `/api/purchase-orders/${id}`, 'tier04', { notes: 'ubah' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('orders.po_revision_required');
    expect((await k.call('POST', `/api/purchase-orders/${id}/revisions`, 'tier04', { notes: 'x', reason: 'no' })).body.error.code).toBe('orders.reason_required');
    const rev = await k.call('POST', `/api/purchase-orders/${id}/revisions`, 'tier04', { paymentTermsDays: 30, reason: 'Syarat bayar disesuaikan kontrak' });
    expect(rev.status).toBe(201);
    expect(rev.body).toMatchObject({ revision: 1, status: 'issued', paymentTermsDays: 30 });
    const history = (await k.call('GET', `/api/purchase-orders/${id}/revisions`, 'ikm09')).body;
    expect(history[0]).toMatchObject({ revision: 1, reason: 'Syarat bayar disesuaikan kontrak' });
    expect(history[0].previous.paymentTermsDays).toBe(45);
    const deliver = await k.call('POST', `/api/purchase-orders/${id}/delivery-notes`, 'ikm09', { lines: [{ poLineId: rev.body.lines[0].id, quantity: 1 }] });
    expect(deliver.body.error.code).toBe('orders.po_not_acknowledged');
    expect((await k.call('POST', `/api/purchase-orders/${id}/acknowledge`, 'ikm09', {})).body.status).toBe('acknowledged');
  });

  it('the IKM may reject with a reason; only POs without deliveries can be cancelled', async () => {
    const p = (await k.call('POST', '/api/purchase-orders', 'tier04', poBody())).body;
    expect((await k.call('POST', `/api/purchase-orders/${p.id}/reject`, 'ikm09', { reason: 'x' })).body.error.code).toBe('orders.reason_required');
    const rej = await k.call('POST', `/api/purchase-orders/${p.id}/reject`, 'ikm09', { reason: 'Kapasitas penuh sampai Maret' });
    expect(rej.body).toMatchObject({ status: 'rejected', answerNote: 'Kapasitas penuh sampai Maret' });
    const q = (await k.call('POST', '/api/purchase-orders', 'tier04', poBody())).body;
    expect((await k.call('POST', `/api/purchase-orders/${q.id}/cancel`, 'ikm09', { reason: 'Batal saja' })).status).toBe(403);
    expect((await k.call('POST', `/api/purchase-orders/${q.id}/cancel`, 'tier04', { reason: 'Model dihentikan' })).body.status).toBe('cancelled');
  });

  it('lists open orders for the IKM with progress', async () => {
    const r = await k.call('GET', '/api/purchase-orders?open=true', 'ikm09');
    const row = r.body.items.find((p: { id: string }) => p.id === id);
    expect(row).toMatchObject({ status: 'acknowledged', lineCount: 2, orderedQty: 1400, deliveredQty: 0, nextDueDate: '2026-12-01' });
    expect(r.body.items.every((p: { status: string }) => ['issued', 'acknowledged'].includes(p.status))).toBe(true);
  });

  it('a viewer reads but cannot issue, answer or pay; staff issue but only admins cancel', async () => {
    const add = async (org: string, email: string, roles: string[]) => {
      expect((await k.call('POST', `/api/organisations/${ids[org]}/users`, org, { email, name: `Pengguna ${roles[0]}`, roles, password: 'sandi-uji-panjang-1' })).status).toBe(201);
      await k.login(email, 'sandi-uji-panjang-1');
    };
    await add('tier04', 'lihat@tier04.test', ['viewer']);
    await add('tier04', 'staf@tier04.test', ['staff']);
    await add('ikm09', 'lihat@ikm09.test', ['viewer']);
    expect((await k.call('GET', `/api/purchase-orders/${id}`, 'lihat@tier04.test')).status).toBe(200);
    expect((await k.call('POST', '/api/purchase-orders', 'lihat@tier04.test', poBody())).status).toBe(403);
    const staffPo = await k.call('POST', '/api/purchase-orders', 'staf@tier04.test', poBody());
    expect(staffPo.status).toBe(201);
    expect((await k.call('POST', `/api/purchase-orders/${staffPo.body.id}/acknowledge`, 'lihat@ikm09.test', {})).status).toBe(403);
    expect((await k.call('POST', `/api/purchase-orders/${staffPo.body.id}/cancel`, 'staf@tier04.test', { reason: 'Salah input' })).status).toBe(403);
    expect((await k.call('GET', '/api/purchase-orders?open=true', 'lihat@ikm09.test')).body.total).toBeGreaterThan(0);
  });

  it('prints the PO as PDF', async () => {
    const r = await k.call('GET', `/api/purchase-orders/${id}/pdf`, 'ikm09');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.raw.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
