import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoicePaidEvent } from './billing-service';
import { openKit, type Kit } from './test-kit';

let k: Kit;
let po: { id: string; lines: { id: string }[] };
let note: { id: string; lines: { id: string; poLineId: string }[] };
const key = (s: string) => ({ 'idempotency-key': s });

beforeAll(async () => {
  k = await openKit();
  const ikm = await k.orgId('ikm13');
  const r = await k.call('POST', '/api/purchase-orders', 'tier09', {
    ikmOrgId: ikm,
    orderDate: '2026-11-01',
    paymentTermsDays: 30,
    lines: [
      { partNumber: 'CT-01', partName: 'Tutup coating', quantity: 1000, unitPrice: '1250', schedule: [{ date: '2026-11-20', quantity: 1000 }] },
      { partNumber: 'CT-02', partName: 'Braket coating', quantity: 200, unitPrice: '4500', schedule: [{ date: '2026-11-30', quantity: 200 }] },
    ],
  });
  po = r.body;
  await k.call('POST', `/api/purchase-orders/${po.id}/acknowledge`, 'ikm13', {});
});
afterAll(() => k.close());

describe('delivery notes', () => {
  it('never above the open quantity', async () => {
    const over = await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'ikm13', { deliveredOn: '2026-11-20', lines: [{ poLineId: po.lines[0]!.id, quantity: 1001 }] });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'orders.delivery_above_ordered', params: { field: 'lines.0.quantity', open: 1000 } });
    const future = await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'ikm13', { deliveredOn: '2026-12-01', lines: [{ poLineId: po.lines[0]!.id, quantity: 1 }] });
    expect(future.body.error.code).toBe('orders.dates_out_of_order');
    expect((await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'tier09', { lines: [{ poLineId: po.lines[0]!.id, quantity: 1 }] })).status).toBe(403);
    expect((await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'ikm14', { lines: [{ poLineId: po.lines[0]!.id, quantity: 1 }] })).status).toBe(404);
  });

  it('the IKM sends goods; the buyer is notified; the PDF prints', async () => {
    const r = await k.call('POST', `/api/purchase-orders/${po.id}/delivery-notes`, 'ikm13', { deliveredOn: '2026-11-20', vehicle: 'B 1234 XY', lines: [{ poLineId: po.lines[0]!.id, quantity: 1000 }, { poLineId: po.lines[1]!.id, quantity: 100 }] });
    expect(r.status).toBe(201);
    expect(r.body.reference).toMatch(/^SJ-2026-\d{6}$/);
    note = r.body;
    const notes = (await k.call('GET', '/api/notifications', 'tier09')).body.items;
    expect(notes.some((n: { kind: string }) => n.kind === 'goods_delivered')).toBe(true);
    const pdf = await k.call('GET', `/api/delivery-notes/${note.id}/pdf`, 'tier09');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await k.call('GET', `/api/delivery-notes/${note.id}`, 'ikm14')).status).toBe(404);
  });
});

describe('goods receipts', () => {
  const lineOf = (poLine: number) => note.lines.find((l) => l.poLineId === po.lines[poLine]!.id)!.id;

  it('need an Idempotency-Key, reasons for rejects, and never exceed what was delivered', async () => {
    const body = { receivedOn: '2026-11-21', lines: [{ deliveryNoteLineId: lineOf(0), acceptedQty: 960, rejectedQty: 40, rejectReason: 'Cat mengelupas' }] };
    expect((await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', body)).body.error.code).toBe('request.idempotency_key_required');
    const noReason = await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', { lines: [{ deliveryNoteLineId: lineOf(0), acceptedQty: 1, rejectedQty: 1 }] }, key('gr-x'));
    expect(noReason.body.error).toMatchObject({ code: 'orders.reject_reason_required', params: { field: 'lines.0.rejectReason' } });
    const over = await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', { lines: [{ deliveryNoteLineId: lineOf(1), acceptedQty: 101, rejectedQty: 0 }] }, key('gr-over'));
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('orders.receipt_above_delivered');
    const early = await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', { ...body, receivedOn: '2026-11-19' }, key('gr-early'));
    expect(early.body.error.code).toBe('orders.dates_out_of_order');
    expect((await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'ikm13', body, key('gr-ikm'))).status).toBe(403);
    expect((await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier10', body, key('gr-other'))).status).toBe(404);
  });

  it('concurrent double submission with one key creates one receipt', async () => {
    const body = { receivedOn: '2026-11-21', lines: [{ deliveryNoteLineId: lineOf(0), acceptedQty: 960, rejectedQty: 40, rejectReason: 'Cat mengelupas' }] };
    const [a, b] = await Promise.all([
      k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', body, key('gr-1')),
      k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', body, key('gr-1')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(a.body.reference).toMatch(/^GR-2026-\d{6}$/);
    const rows = await k.env.database.query('select 1 from goods_receipts where delivery_note_id = $1', [note.id]);
    expect(rows).toHaveLength(1);
    const line = (await k.call('GET', `/api/purchase-orders/${po.id}`, 'tier09')).body.lines[0];
    expect(line).toMatchObject({ acceptedQty: 960, rejectedQty: 40, openQty: 40 });
    const replay = await k.call('POST', `/api/delivery-notes/${note.id}/receipts`, 'tier09', body, key('gr-1'));
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });

  it('the IKM is told goods were received', async () => {
    const notes = (await k.call('GET', '/api/notifications', 'ikm13')).body.items;
    expect(notes.some((n: { kind: string; body: string }) => n.kind === 'goods_received' && /960/.test(n.body))).toBe(true);
  });
});

describe('invoices and payments', () => {
  let invoiceId = '';

  it('never above accepted − invoiced; partial invoices allowed; due date from payment terms', async () => {
    const over = await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { lines: [{ poLineId: po.lines[0]!.id, quantity: 961 }] }, key('inv-over'));
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'orders.invoice_above_accepted', params: { field: 'lines.0.quantity', available: 960 } });
    const notReceived = await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { lines: [{ poLineId: po.lines[1]!.id, quantity: 1 }] }, key('inv-nr'));
    expect(notReceived.body.error.code).toBe('orders.invoice_above_accepted');
    expect((await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { lines: [{ poLineId: po.lines[0]!.id, quantity: 1 }] })).body.error.code).toBe('request.idempotency_key_required');
    expect((await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'tier09', { lines: [{ poLineId: po.lines[0]!.id, quantity: 1 }] }, key('inv-b'))).status).toBe(403);

    const body = { invoiceDate: '2026-11-22', supplierInvoiceNo: 'IKM13/001', lines: [{ poLineId: po.lines[0]!.id, quantity: 500 }] };
    const [a, b] = await Promise.all([
      k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', body, key('inv-1')),
      k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', body, key('inv-1')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    // 500 × 1250 = 625,000; PPN 68,750; total 693,750; due 22 Nov + 30 days
    expect(a.body).toMatchObject({ subtotal: '625000', ppnAmount: '68750', total: '693750', dueDate: '2026-12-22', status: 'issued', outstanding: '693750' });
    expect(a.body.amountInWords).toBe('Enam ratus sembilan puluh tiga ribu tujuh ratus lima puluh rupiah');
    invoiceId = a.body.id;
    const left = await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { lines: [{ poLineId: po.lines[0]!.id, quantity: 461 }] }, key('inv-2'));
    expect(left.body.error.params.available).toBe(460);
    const reuse = await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { ...body, lines: [{ poLineId: po.lines[0]!.id, quantity: 60 }] }, key('gr-1'));
    expect(reuse.status).toBe(201); // keys are per organisation and kind of request
    expect((await k.call('GET', `/api/invoices/${invoiceId}`, 'ikm14')).status).toBe(404);
    const pdf = await k.call('GET', `/api/invoices/${invoiceId}/pdf`, 'tier09');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('payments: buyer admin, Idempotency-Key, never above outstanding; the finance hook runs in the same transaction', async () => {
    const events: InvoicePaidEvent[] = [];
    const orders = k.env.rt.services.orders;
    orders.setPaymentRouter(async (_tx, e) => {
      events.push(e);
    });
    expect((await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', { amount: '1000' })).body.error.code).toBe('request.idempotency_key_required');
    expect((await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'ikm13', { amount: '1000' }, key('p-ikm'))).status).toBe(403);
    const over = await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', { amount: '693751' }, key('p-over'));
    expect(over.body.error.code).toBe('orders.payment_above_outstanding');
    const [a, b] = await Promise.all([
      k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', { amount: '193750', paidOn: '2026-11-24' }, key('p-1')),
      k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', { amount: '193750', paidOn: '2026-11-24' }, key('p-1')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.paymentId).toBe(b.body.paymentId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ invoiceId, amount: 193_750n, fullyPaid: false });
    expect(b.body.invoice).toMatchObject({ paidAmount: '193750', outstanding: '500000', status: 'issued' });

    orders.setPaymentRouter(async () => {
      throw new Error('escrow unavailable');
    });
    const refused = await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', {}, key('p-2'));
    expect(refused.status).toBe(500);
    expect((await k.call('GET', `/api/invoices/${invoiceId}`, 'tier09')).body.paidAmount).toBe('193750');

    orders.setPaymentRouter(undefined);
    const rest = await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', {}, key('p-3'));
    expect(rest.status).toBe(201);
    expect(rest.body.invoice).toMatchObject({ status: 'paid', outstanding: '0' });
    expect(rest.body.invoice.payments).toHaveLength(2);
    expect((await k.call('POST', `/api/invoices/${invoiceId}/payments`, 'tier09', {}, key('p-4'))).body.error.code).toBe('orders.invoice_paid');
    const notes = (await k.call('GET', '/api/notifications', 'ikm13')).body.items;
    expect(notes.some((n: { kind: string }) => n.kind === 'payment_received')).toBe(true);
  });

  it('reminds the buyer of invoices due, once', async () => {
    const { id } = (await k.call('POST', `/api/purchase-orders/${po.id}/invoices`, 'ikm13', { invoiceDate: '2026-11-24', lines: [{ poLineId: po.lines[0]!.id, quantity: 100 }] }, key('inv-due'))).body;
    const orders = k.env.rt.services.orders;
    const count = async () => (await k.env.database.query<{ n: number }>(`select count(*)::int as n from notifications where entity_id = $1 and kind = 'invoice_due'`, [id]))[0]!.n;
    await orders.runDaily('2026-12-01');
    expect(await count()).toBe(0);
    await orders.runDaily('2026-12-21'); // due 2026-12-24, 3 days ahead
    const once = await count();
    expect(once).toBeGreaterThan(0);
    await orders.runDaily('2026-12-22');
    expect(await count()).toBe(once);
  });

  it('lists invoices for both parties and no one else', async () => {
    expect((await k.call('GET', `/api/invoices?poId=${po.id}`, 'ikm13')).body.total).toBeGreaterThanOrEqual(2);
    expect((await k.call('GET', `/api/invoices?poId=${po.id}`, 'ikm14')).body.total).toBe(0);
    expect((await k.call('GET', `/api/goods-receipts?poId=${po.id}`, 'tier09')).body.total).toBe(1);
    expect((await k.call('GET', `/api/delivery-notes?poId=${po.id}`, 'tier10')).body.total).toBe(0);
  });
});
