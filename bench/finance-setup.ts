/**
 * Seeds a database for the finance benchmark and fault test: lenders, buyers and IKM, one disbursed
 * akad per IKM (annuity, tied to one buyer through a PO), going through the real finance service
 * (apply → confirm → review → approve → akad → sign → disburse). POs come from an in-memory
 * stand-in for the orders area (the UnderlyingLookup interface). Buyer admins can sign in with
 * `password` (for HTTP load).
 */
import type { Actor, OrgKind, Role } from '../src/core/actor';
import { newId } from '../src/core/ids';
import type { Deps } from '../src/deps';
import type { AuditService } from '../src/modules/audit';
import { createFinanceService, type FinanceService, type UnderlyingPo } from '../src/modules/finance';
import { hashPassword, identityStore } from '../src/modules/identity';

export interface SeedOptions {
  lenders?: number;
  buyers?: number;
  ikms?: number;
  /** Principal of each akad (default Rp2 miliar, 24-month annuity at 12%). */
  principal?: bigint;
  tenorMonths?: number;
  password?: string;
  concurrency?: number;
}

export interface SeededPair {
  ikmOrgId: string;
  buyerOrgId: string;
  lenderOrgId: string;
  poId: string;
  akadId: string;
  escrowAccountId: string;
}

export interface Seeded {
  finance: FinanceService;
  pairs: SeededPair[];
  buyerEmails: Map<string, string>;
}

const actorOf = (orgId: string, orgKind: OrgKind, roles: Role[]): Actor => ({ type: 'user', userId: null, orgId, orgKind, roles, requestId: 'bench' });

async function pool<T>(items: T[], n: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

export async function seedFinance(deps: Deps, audit: AuditService, opts: SeedOptions = {}): Promise<Seeded> {
  const lenders = opts.lenders ?? 5;
  const buyers = opts.buyers ?? 16;
  const ikms = opts.ikms ?? 400;
  const principal = opts.principal ?? 2_000_000_000n;
  const passwordHash = await hashPassword(opts.password ?? 'lingkar-bench-2026');
  const pos = new Map<string, UnderlyingPo>();
  const finance = createFinanceService(deps, audit, {
    underlying: { findPo: async (_x, id) => pos.get(id) ?? null, findMou: async () => null, findInvoice: async () => null },
  });
  const now = deps.clock.now();
  async function org(name: string, kind: OrgKind, emailLocal?: string) {
    const id = newId();
    await identityStore.insertOrganisation(deps.db, { id, name, kind, createdAt: now, updatedAt: now });
    if (emailLocal) {
      const userId = newId();
      await identityStore.insertUser(deps.db, { id: userId, email: emailLocal, name: `Admin ${name}`, passwordHash, createdAt: now });
      await identityStore.insertMembership(deps.db, { userId, orgId: id, roles: ['admin'] });
    }
    return id;
  }
  const lenderIds: string[] = [];
  const products: string[] = [];
  for (let l = 0; l < lenders; l++) {
    const id = await org(`Bench Lender ${l + 1}`, 'lender');
    lenderIds.push(id);
    const p = await finance.products.create(actorOf(id, 'lender', ['admin']), {
      code: 'KMK-BENCH', name: 'Kredit modal kerja', kind: 'instalment', method: 'annuity', annualRate: '12', minTenorMonths: 3, maxTenorMonths: 60,
      minAmount: 1_000_000n, maxAmount: 100_000_000_000n, financeableShare: '100', penaltyRate: '24', graceMonths: 0, requiredDocuments: [],
    });
    products.push(p.id);
  }
  const buyerIds: string[] = [];
  const buyerEmails = new Map<string, string>();
  for (let b = 0; b < buyers; b++) {
    const email = `admin@bench-buyer${b + 1}.bench.lingkar.id`;
    const id = await org(`PT Bench Buyer ${b + 1}`, 'buyer', email);
    buyerIds.push(id);
    buyerEmails.set(id, email);
  }
  const ikmIds: string[] = [];
  for (let i = 0; i < ikms; i++) ikmIds.push(await org(`CV Bench IKM ${i + 1}`, 'ikm'));
  const today = deps.clock.now().toISOString().slice(0, 10);
  const pairs: SeededPair[] = [];
  await pool(ikmIds, opts.concurrency ?? 8, async (ikmOrgId, i) => {
    const lenderOrgId = lenderIds[i % lenders]!;
    const buyerOrgId = buyerIds[i % buyers]!;
    const po: UnderlyingPo = { id: newId(), reference: `PO-BENCH-${i + 1}`, buyerOrgId, ikmOrgId, value: principal * 2n, status: 'acknowledged' };
    pos.set(po.id, po);
    const ikm = actorOf(ikmOrgId, 'ikm', ['admin']);
    const lender = actorOf(lenderOrgId, 'lender', ['admin', 'analyst', 'approver']);
    const app = await finance.applications.create(ikm, { productId: products[i % lenders]!, amount: principal, tenorMonths: opts.tenorMonths ?? 24, purpose: 'bench', documents: [], underlyings: [{ kind: 'po', id: po.id }] });
    await finance.applications.submit(ikm, app.id);
    await finance.reviews.confirm(actorOf(buyerOrgId, 'buyer', ['admin']), app.id, { underlyingId: app.underlyings[0]!.id, confirmed: true });
    await finance.reviews.review(lender, app.id, { checklist: [{ item: 'bench', ok: true }], recommendation: 'approve' });
    await finance.reviews.decide(lender, app.id, { decision: 'approved', reasons: ['bench'] });
    const akad = await finance.akads.create(lender, app.id, { plannedDisbursementOn: today });
    await finance.akads.sign(lender, akad.id, null);
    await finance.akads.sign(ikm, akad.id, null);
    await finance.akads.disburse(lender, akad.id, { disbursedOn: today }, null);
    pairs.push({ ikmOrgId, buyerOrgId, lenderOrgId, poId: po.id, akadId: akad.id, escrowAccountId: akad.escrowAccountId });
  });
  return { finance, pairs, buyerEmails };
}
