/** The apply → confirm → review → approve → akad → sign → disburse journey over HTTP, for tests of this area. */
import { expect } from 'vitest';
import type { Caller, FinanceTestEnv } from './test-support';

export const email = (local: string, key: string) => `${local}@${key}.demo.lingkar.id`;

export interface Actors {
  lender: Caller;
  analyst: Caller;
  approver: Caller;
  ikm: Caller;
  buyer: Caller;
}

export async function actorsFor(env: FinanceTestEnv, lenderKey: string, ikmKey: string, buyerKey: string): Promise<Actors> {
  return {
    lender: await env.as(email('admin', lenderKey)),
    analyst: await env.as(email('analis', lenderKey)),
    approver: await env.as(email('pemutus', lenderKey)),
    ikm: await env.as(email('admin', ikmKey)),
    buyer: await env.as(email('admin', buyerKey)),
  };
}

let productNo = 0;

export async function createProduct(lender: Caller, over: Record<string, unknown> = {}) {
  const r = await lender.call('POST', '/api/finance/products', {
    code: `KMK-${++productNo}`,
    name: 'Kredit Modal Kerja IKM',
    kind: 'instalment',
    method: 'annuity',
    annualRate: '12',
    minTenorMonths: 3,
    maxTenorMonths: 36,
    minAmount: '1000000',
    maxAmount: '5000000000',
    financeableShare: '80',
    penaltyRate: '36',
    graceMonths: 0,
    requiredDocuments: ['nib'],
    ...over,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

export async function bulletProduct(lender: Caller) {
  return createProduct(lender, { kind: 'bullet', method: 'bullet', annualRate: '9', minTenorMonths: 1, maxTenorMonths: 6, requiredDocuments: [] });
}

export interface JourneyOptions {
  productId: string;
  amount: bigint;
  underlyings: { kind: 'po' | 'mou'; id: string; amount?: string }[];
  tenorMonths?: number;
  repaidOn?: string;
  plannedDisbursementOn?: string;
  stopAt?: 'submitted' | 'approved' | 'akad' | 'signed' | 'disbursed';
}

/** Runs the journey as far as `stopAt` (default: disbursed); returns the application and akad bodies. */
export async function journey(a: Actors, o: JourneyOptions) {
  const created = await a.ikm.call('POST', '/api/finance/applications', {
    productId: o.productId,
    amount: o.amount.toString(),
    tenorMonths: o.repaidOn ? undefined : (o.tenorMonths ?? 12),
    repaidOn: o.repaidOn,
    purpose: 'Modal kerja pesanan',
    documents: [{ kind: 'nib', name: 'NIB.pdf' }],
    underlyings: o.underlyings,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const submitted = await a.ikm.call('POST', `/api/finance/applications/${id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  if (o.stopAt === 'submitted') return { application: submitted.body, akad: null };
  for (const u of submitted.body.underlyings) {
    const c = await a.buyer.call('POST', `/api/finance/applications/${id}/confirmations`, { underlyingId: u.id, confirmed: true });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
  }
  const reviewed = await a.analyst.call('POST', `/api/finance/applications/${id}/review`, { checklist: [{ item: 'NIB valid', ok: true }], recommendation: 'approve' });
  expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
  const approved = await a.approver.call('POST', `/api/finance/applications/${id}/decision`, { decision: 'approved', reasons: ['PO dikonfirmasi pembeli'] });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  if (o.stopAt === 'approved') return { application: approved.body, akad: null };
  const akad = await a.approver.call('POST', `/api/finance/applications/${id}/akad`, { plannedDisbursementOn: o.plannedDisbursementOn ?? '2026-11-25' });
  expect(akad.status, JSON.stringify(akad.body)).toBe(201);
  if (o.stopAt === 'akad') return { application: approved.body, akad: akad.body };
  const akadId = akad.body.id as string;
  expect((await a.approver.call('POST', `/api/finance/akad/${akadId}/sign`, undefined, { 'idempotency-key': `sign-l-${akadId}` })).status).toBe(200);
  const signed = await a.ikm.call('POST', `/api/finance/akad/${akadId}/sign`, undefined, { 'idempotency-key': `sign-i-${akadId}` });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  expect(signed.body.status).toBe('signed');
  if (o.stopAt === 'signed') return { application: approved.body, akad: signed.body };
  const disbursed = await a.approver.call('POST', `/api/finance/akad/${akadId}/disburse`, { disbursedOn: o.plannedDisbursementOn ?? '2026-11-25' }, { 'idempotency-key': `disb-${akadId}` });
  expect(disbursed.status, JSON.stringify(disbursed.body)).toBe(200);
  return { application: approved.body, akad: disbursed.body };
}
