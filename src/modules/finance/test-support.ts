/**
 * Test support for the finance area: the demo test environment with finance wired to an in-memory
 * stand-in for the orders and partnerships areas (UnderlyingLookup), so POs and MoUs of any value
 * can be made per test. Used by the *.http.test.ts files of this area only.
 */
import { newId } from '../../core/ids';
import { buildApp } from '../../server/app';
import { createTestEnv, TEST_ORIGIN, type TestEnv } from '../../test/harness';
import type { App } from '../../server/types';
import type { UnderlyingInvoice, UnderlyingLookup, UnderlyingMou, UnderlyingPo } from './lookups';
import { createFinanceService, type FinanceService } from './service';

export interface FinanceTestEnv extends TestEnv {
  finance: FinanceService;
  financeApp: App;
  org(key: string): string;
  as(email: string): Promise<Caller>;
  po(buyerKey: string, ikmKey: string, value: bigint, status?: string): UnderlyingPo;
  mou(buyerKey: string, ikmKey: string, value: bigint): UnderlyingMou;
  invoice(po: UnderlyingPo, amount: bigint): UnderlyingInvoice;
}

export interface Caller {
  orgId: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
  call(method: string, url: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; raw: Buffer; headers: Record<string, unknown> }>;
}

export async function createFinanceTestEnv(): Promise<FinanceTestEnv> {
  const env = await createTestEnv();
  const pos = new Map<string, UnderlyingPo>();
  const mous = new Map<string, UnderlyingMou>();
  const invoices = new Map<string, UnderlyingInvoice>();
  const lookup: UnderlyingLookup = {
    findPo: async (_x, id) => pos.get(id) ?? null,
    findMou: async (_x, id) => mous.get(id) ?? null,
    findInvoice: async (_x, id) => invoices.get(id) ?? null,
  };
  const finance = createFinanceService(env.rt.deps, env.rt.services.audit, { underlying: lookup });
  const financeApp = await buildApp(env.rt.deps, { ...env.rt.services, finance }, { serveWeb: false });
  const orgs = new Map<string, string>((await env.database.query<{ id: string; email: string }>(`select m.org_id as id, u.email from users u join memberships m on m.user_id = u.id where u.email like 'admin@%'`)).map((r) => [r.email.split('@')[1]!.split('.')[0]!, r.id]));
  const org = (key: string) => {
    const id = orgs.get(key);
    if (!id) throw new Error(`unknown demo organisation ${key}`);
    return id;
  };
  let n = 0;
  return {
    ...env,
    finance,
    financeApp,
    org,
    async as(email) {
      let headers = await env.signIn(email);
      const me = await financeApp.inject({ method: 'GET', url: '/api/me', headers });
      const send = (method: string, url: string, payload: unknown, extra: Record<string, string>) =>
        financeApp.inject({ method: method as 'GET', url, headers: { ...headers, ...extra }, payload: payload as object });
      return {
        orgId: JSON.parse(me.body).organisation.id,
        async call(method, url, payload, extra = {}) {
          let r = await send(method, url, payload, extra);
          if (r.statusCode === 401) {
            // the test clock moved past the session's expiry: sign in again
            headers = await env.signIn(email);
            r = await send(method, url, payload, extra);
          }
          const type = String(r.headers['content-type'] ?? '');
          return { status: r.statusCode, body: type.includes('json') && r.body ? JSON.parse(r.body) : null, raw: r.rawPayload, headers: r.headers };
        },
      };
    },
    po(buyerKey, ikmKey, value, status = 'acknowledged') {
      const po = { id: newId(), reference: `PO-2026-${String(++n).padStart(6, '0')}`, buyerOrgId: org(buyerKey), ikmOrgId: org(ikmKey), value, status };
      pos.set(po.id, po);
      return po;
    },
    mou(buyerKey, ikmKey, value) {
      const mou = { id: newId(), reference: `MOU-2026-${String(++n).padStart(4, '0')}`, buyerOrgId: org(buyerKey), ikm: [{ orgId: org(ikmKey), value }], status: 'active' };
      mous.set(mou.id, mou);
      return mou;
    },
    invoice(po, amount) {
      const inv = { id: newId(), poId: po.id, buyerOrgId: po.buyerOrgId, ikmOrgId: po.ikmOrgId, amount };
      invoices.set(inv.id, inv);
      return inv;
    },
    async close() {
      await financeApp.close();
      await env.close();
    },
  };
}

export { TEST_ORIGIN };
