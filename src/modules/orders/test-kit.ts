import { createTestEnv, TEST_ORIGIN, type TestEnv } from '../../test/harness';

/** HTTP test helpers for the partnerships / development / orders areas (demo loaded, fixed clock 2026-11-25). */
export interface Kit {
  env: TestEnv;
  /** `admin@<key>.demo.lingkar.id` (or another local part). */
  email(key: string, local?: string): string;
  orgId(key: string): Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
  call(method: string, url: string, who?: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, unknown>; raw: Buffer }>;
  /** Signs in with a password other than the demo one; later calls as `email` use that session. */
  login(email: string, password: string): Promise<void>;
  close(): Promise<void>;
}

export async function openKit(): Promise<Kit> {
  const env = await createTestEnv();
  const sessions = new Map<string, Record<string, string>>();
  const orgs = new Map<string, string>();
  const email = (key: string, local = 'admin') => (key.includes('@') ? key : `${local}@${key}.demo.lingkar.id`);
  return {
    env,
    email,
    async orgId(key) {
      if (!orgs.has(key)) {
        const [row] = await env.database.query<{ org_id: string }>('select m.org_id from users u join memberships m on m.user_id = u.id where u.email = $1', [email(key)]);
        if (!row) throw new Error(`no demo user for ${key}`);
        orgs.set(key, row.org_id);
      }
      return orgs.get(key)!;
    },
    async call(method, url, who, payload, headers = {}) {
      let h: Record<string, string> = { origin: TEST_ORIGIN };
      if (who) {
        const e = email(who);
        if (!sessions.has(e)) sessions.set(e, await env.signIn(e));
        h = sessions.get(e)!;
      }
      const r = await env.app.inject({ method: method as 'GET', url, headers: { ...h, ...headers }, payload: payload as object });
      const type = String(r.headers['content-type'] ?? '');
      return { status: r.statusCode, body: type.includes('json') && r.body ? JSON.parse(r.body) : r.body, headers: r.headers as Record<string, unknown>, raw: r.rawPayload };
    },
    async login(e, password) {
      sessions.set(e, await env.signIn(e, password));
    },
    close: () => env.close(),
  };
}
