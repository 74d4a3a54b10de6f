import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { actorsFor, createProduct, journey, type Actors } from './test-journey';
import { createFinanceTestEnv, type FinanceTestEnv } from './test-support';
import { paymentRouterFor } from './wiring';

let env: FinanceTestEnv;
let a: Actors;
let productId: string;

beforeAll(async () => {
  env = await createFinanceTestEnv();
  a = await actorsFor(env, 'bri', 'ikm04', 'tier02');
  productId = (await createProduct(a.lender, { requiredDocuments: [] })).id;
});
afterAll(() => env.close());

const apply = (poId: string, amount: string) =>
  a.ikm.call('POST', '/api/finance/applications', { productId, amount, tenorMonths: 12, purpose: 'modal kerja', documents: [], underlyings: [{ kind: 'po', id: poId }] });
const reserved = async (poId: string) => (await env.database.query<{ r: string }>('select reserved::text as r from finance_po_reservations where po_id = $1', [poId]))[0]?.r;

describe('no double financing', () => {
  it('concurrent applications on one PO never exceed its financeable share (80% of Rp100 juta)', async () => {
    const po = env.po('tier02', 'ikm04', 100_000_000n);
    const results = await Promise.all(Array.from({ length: 8 }, () => apply(po.id, '30000000')));
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(2);
    for (const r of results.filter((x) => x.status !== 201)) expect(r.body.error.code).toBe('finance.po_already_financed');
    expect(await reserved(po.id)).toBe('60000000');
    // withdrawing releases the reservation; the freed share can be financed again, but not a rupiah more
    expect((await a.ikm.call('POST', `/api/finance/applications/${created[0]!.body.id}/withdraw`)).status).toBe(200);
    expect(await reserved(po.id)).toBe('30000000');
    expect((await apply(po.id, '50000000')).status).toBe(201);
    expect((await apply(po.id, '1000000')).body.error.code).toBe('finance.po_already_financed');
    const [sum] = await env.database.query<{ s: string }>(
      `select sum(u.financed_amount)::text as s from finance_underlyings u join finance_applications a on a.id = u.application_id where u.ref_id = $1 and a.status not in ('rejected','withdrawn')`,
      [po.id],
    );
    expect(sum!.s).toBe('80000000');
  });

  it('the database itself refuses a reservation above the PO value', async () => {
    await expect(env.database.query(`insert into finance_po_reservations (po_id, po_value, reserved, updated_at) values ($1, 10, 11, now())`, [newId()])).rejects.toThrow(/within_check/);
  });
});

describe('exactly-once payments', () => {
  let akad: { id: string; escrowAccountId: string; schedule: { instalments: { principalDue: string; interestDue: string }[] } };
  let po: { id: string };
  beforeAll(async () => {
    po = env.po('tier02', 'ikm04', 2_000_000_000n);
    ({ akad } = await journey(a, { productId, amount: 600_000_000n, underlyings: [{ kind: 'po', id: po.id }], tenorMonths: 12, plannedDisbursementOn: '2026-11-25' }));
    env.clock.set('2027-03-01T02:00:00Z'); // three instalments due
  });
  const pay = (invoiceId: string, amount: string, key?: string) =>
    a.buyer.call('POST', '/api/finance/escrow/payments', { invoiceId, poId: po.id, ikmOrgId: a.ikm.orgId, amount }, key ? { 'idempotency-key': key } : {});
  const count = async (sql: string, p: unknown[]) => Number((await env.database.query<{ n: string }>(sql, p))[0]!.n);

  it('ten concurrent submissions with one Idempotency-Key apply once and all return the first result', async () => {
    const inv = newId();
    const rs = await Promise.all(Array.from({ length: 10 }, () => pay(inv, '70000000', 'dup-key-1')));
    expect(rs.every((r) => r.status === 200)).toBe(true);
    expect(new Set(rs.map((r) => r.body.paymentId)).size).toBe(1);
    expect(rs.filter((r) => !r.body.duplicate)).toHaveLength(1);
    const { duplicate: _d, ...first } = rs.find((r) => !r.body.duplicate)!.body;
    for (const r of rs) expect({ ...r.body, duplicate: false }).toEqual({ ...first, duplicate: false });
    expect(await count(`select count(*)::text as n from finance_escrow_payments where invoice_id = $1`, [inv])).toBe(1);
    expect(await count(`select count(*)::text as n from finance_journal_entries where payment_id = $1 and kind = 'payment_received'`, [rs[0]!.body.paymentId])).toBe(1);
  });

  it('the same invoice under different keys, concurrently, is applied once', async () => {
    const inv = newId();
    const rs = await Promise.all(Array.from({ length: 6 }, (_, i) => pay(inv, '20000000', `inv-key-${i}`)));
    expect(rs.every((r) => r.status === 200)).toBe(true);
    expect(new Set(rs.map((r) => r.body.paymentId)).size).toBe(1);
    expect(await count(`select count(*)::text as n from finance_escrow_payments where invoice_id = $1`, [inv])).toBe(1);
  });

  it('a key reused for another payment is refused', async () => {
    expect((await pay(newId(), '1000', 'reuse-1')).status).toBe(200);
    const again = await pay(newId(), '2000', 'reuse-1');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('finance.idempotency_conflict');
  });

  it('concurrent distinct payments into one escrow: instalments never overpaid, paid amounts = journal, escrow in = out', async () => {
    const rs = await Promise.all(Array.from({ length: 12 }, () => pay(newId(), '15000000')));
    expect(rs.map((r) => r.status)).toEqual(Array(12).fill(200));
    const [row] = await env.database.query<{ paid: string; journal: string; due: string }>(
      `select (select sum(principal_paid + interest_paid + penalty_paid) from finance_instalments where akad_id = $1)::text as paid,
              (select -sum(l.amount) from finance_journal_lines l join finance_journal_entries e on e.id = l.entry_id where l.akad_id = $1 and e.kind = 'allocation' and l.account in ('loan_principal','interest_income','penalty_receivable'))::text as journal,
              (select sum(principal_due + interest_due) from finance_instalments where akad_id = $1 and due_date <= '2027-03-01')::text as due`,
      [akad.id],
    );
    expect(row!.paid).toBe(row!.journal);
    expect(BigInt(row!.paid)).toBeLessThanOrEqual(BigInt(row!.due));
    const rec = await a.lender.call('GET', `/api/finance/escrow/${akad.escrowAccountId}/reconciliation`);
    expect(rec.body.balanced).toBe(true);
    expect(rec.body.totals.in).toBe(rec.body.totals.out);
  });

  it('the orders hook applies a routed payment once, even when called twice at the same time', async () => {
    const event = { paymentId: newId(), invoiceId: newId(), invoiceReference: 'INV-2027-000001', poId: po.id, buyerOrgId: a.buyer.orgId, ikmOrgId: a.ikm.orgId, amount: 5_000_000n, paidOn: '2027-03-01', idempotencyKey: 'orders-key-1' };
    const router = paymentRouterFor(env.finance);
    const actor = { type: 'user' as const, userId: null, orgId: a.buyer.orgId, orgKind: 'buyer' as const, roles: ['admin' as const] };
    await Promise.all([0, 1].map(() => env.rt.deps.db.transaction((tx) => router(tx, event, actor))));
    expect(await count(`select count(*)::text as n from finance_escrow_payments where source_payment_id = $1`, [event.paymentId])).toBe(1);
  });

  it('a correction reverses a payment with reversing entries; the invoice can then be paid again', async () => {
    const inv = newId();
    const paidBefore = async () => (await env.database.query<{ s: string }>(`select sum(principal_paid + interest_paid + penalty_paid)::text as s from finance_instalments where akad_id = $1`, [akad.id]))[0]!.s;
    const before = await paidBefore();
    const first = await pay(inv, '12000000', 'to-reverse');
    expect(first.status).toBe(200);
    const otherLender = await env.as('admin@sinarmas.demo.lingkar.id');
    expect((await otherLender.call('POST', `/api/finance/escrow/payments/${first.body.paymentId}/reverse`, { reason: 'salah rekening' })).status).toBe(404);
    const rev = await a.approver.call('POST', `/api/finance/escrow/payments/${first.body.paymentId}/reverse`, { reason: 'salah rekening' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(200);
    expect(await paidBefore()).toBe(before);
    expect((await a.approver.call('POST', `/api/finance/escrow/payments/${first.body.paymentId}/reverse`, { reason: 'lagi' })).body.error.code).toBe('finance.payment_already_reversed');
    const again = await pay(inv, '12000000', 'after-reverse');
    expect(again.status).toBe(200);
    expect(again.body.paymentId).not.toBe(first.body.paymentId);
    const rec = await a.lender.call('GET', `/api/finance/escrow/${akad.escrowAccountId}/reconciliation`);
    expect(rec.body.balanced).toBe(true);
    expect(rec.body.payments.find((p: { paymentId: string }) => p.paymentId === first.body.paymentId)).toMatchObject({ reversed: true, balanced: true, principal: '0', interest: '0' });
    const check = await (await env.as('admin@kemenperin.demo.lingkar.id')).call('GET', '/api/finance/ledger/check');
    expect(check.body).toMatchObject({ balanced: true, escrowNonZero: 0 });
  });

  it('all or nothing: a failure after the payment was applied leaves no trace', async () => {
    const inv = newId();
    const before = await count(`select count(*)::text as n from finance_journal_lines`, []);
    await expect(
      env.rt.deps.db.transaction(async (tx) => {
        const r = await env.finance.escrow.recordBuyerPayment(tx, { type: 'system', userId: null, orgId: a.buyer.orgId, orgKind: 'programme', roles: ['admin'] }, { invoiceId: inv, poId: po.id, buyerOrgId: a.buyer.orgId, ikmOrgId: a.ikm.orgId, amount: 9_000_000n, paidOn: '2027-03-01' });
        expect(r.routed).toBe(true);
        throw new Error('crash after the waterfall');
      }),
    ).rejects.toThrow(/crash/);
    expect(await count(`select count(*)::text as n from finance_escrow_payments where invoice_id = $1`, [inv])).toBe(0);
    expect(await count(`select count(*)::text as n from finance_journal_lines`, [])).toBe(before);
  });
});

describe('the ledger guards itself', () => {
  it('rejects UPDATE, DELETE and an unbalanced entry', async () => {
    await expect(env.database.query(`update finance_journal_lines set amount = amount + 1`)).rejects.toThrow(/append-only/);
    await expect(env.database.query(`delete from finance_journal_entries`)).rejects.toThrow(/append-only/);
    const id = newId();
    const org = env.org('bri');
    await expect(
      env.database.query(
        `with e as (insert into finance_journal_entries (id, kind, occurred_on, memo, lender_org_id, ikm_org_id, created_at) values ($1, 'reversal', '2027-03-01', 'x', $2, $2, now()))
         insert into finance_journal_lines (entry_id, account, amount, lender_org_id, ikm_org_id) values ($1, 'escrow', 10, $2, $2), ($1, 'lender_cash', -9, $2, $2)`,
        [id, org],
      ),
    ).rejects.toThrow(/does not balance/);
    // an entry written without its lines is refused at the end of its statement
    await expect(env.database.query(`insert into finance_journal_entries (id, kind, occurred_on, memo, lender_org_id, ikm_org_id, created_at) values ($1, 'reversal', '2027-03-01', 'x', $2, $2, now())`, [newId(), org])).rejects.toThrow(/does not balance/);
    const check = await (await env.as('admin@kemenperin.demo.lingkar.id')).call('GET', '/api/finance/ledger/check');
    expect(check.body.balanced).toBe(true);
  });
});
