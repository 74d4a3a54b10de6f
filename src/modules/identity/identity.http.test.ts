import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TEST_ORIGIN, type TestEnv } from '../../test/harness';

const PROGRAMME = 'admin@kemenperin.demo.lingkar.id';
const BUYER = 'admin@ahm.demo.lingkar.id';
const IKM = 'admin@ikm01.demo.lingkar.id';
const LENDER = 'admin@mandiri.demo.lingkar.id';

let env: TestEnv;
const h: Record<string, Record<string, string>> = {};
const orgOf: Record<string, string> = {};

async function call(method: string, url: string, who?: string, payload?: unknown) {
  const headers = who ? h[who] : { origin: TEST_ORIGIN };
  const r = await env.app.inject({ method: method as 'GET', url, headers, payload: payload as object });
  return { status: r.statusCode, body: r.body ? JSON.parse(r.body) : null, headers: r.headers };
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const who of [PROGRAMME, BUYER, IKM, LENDER]) {
    h[who] = await env.signIn(who);
    orgOf[who] = (await call('GET', '/api/me', who)).body.organisation.id;
  }
});
afterAll(() => env.close());

describe('sign-in and session', () => {
  it('returns the user, organisation, kind and roles', async () => {
    const me = await call('GET', '/api/me', BUYER);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'buyer', roles: ['admin'], organisation: { name: 'PT Astra Honda Motor' } });
  });

  it('sets an httpOnly cookie', async () => {
    const r = await call('POST', '/api/auth/sign-in', undefined, { email: IKM, password: 'lingkar-demo-2026' });
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly/);
  });

  it('answers 401 with a stable code when signed out', async () => {
    const r = await call('GET', '/api/me');
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({ code: 'auth.unauthenticated' });
    expect(r.body.error.requestId).toBeTruthy();
  });

  it('names the field on bad input, never a 500', async () => {
    const r = await call('POST', '/api/auth/sign-in', undefined, { email: 'bukan-email', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation.invalid');
    expect(r.body.error.params.field).toBe('body.email');
    const bad = await env.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, payload: '{"email":' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('request.invalid_json');
  });

  it('rate-limits repeated failures with a clear message', async () => {
    const email = 'admin@ydba.demo.lingkar.id';
    for (let i = 0; i < 5; i++) expect((await call('POST', '/api/auth/sign-in', undefined, { email, password: 'salah-sandi-123' })).status).toBe(401);
    const r = await call('POST', '/api/auth/sign-in', undefined, { email, password: 'lingkar-demo-2026' });
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe('auth.too_many_attempts');
    expect(r.headers['retry-after']).toBeDefined();
    env.clock.advance(16 * 60_000);
    expect((await call('POST', '/api/auth/sign-in', undefined, { email, password: 'lingkar-demo-2026' })).status).toBe(200);
  });

  it('refuses state-changing cookie requests from another origin', async () => {
    const r = await env.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: h[BUYER]!.cookie, origin: 'https://evil.example' } });
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).error.code).toBe('auth.cross_origin');
  });

  it('signs out and the session no longer works', async () => {
    const headers = await env.signIn(IKM);
    expect((await env.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers })).statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });
});

describe('organisations: who can see and change what', () => {
  it('programme staff list all organisations; others only their own', async () => {
    expect((await call('GET', '/api/organisations', PROGRAMME)).body.total).toBeGreaterThanOrEqual(5);
    const own = await call('GET', '/api/organisations', BUYER);
    expect(own.body.items.map((o: { id: string }) => o.id)).toEqual([orgOf[BUYER]]);
  });

  it('a user cannot read another organisation by changing the id', async () => {
    const r = await call('GET', `/api/organisations/${orgOf[IKM]}`, BUYER);
    expect(r.status).toBe(404);
    expect((await call('GET', `/api/organisations/${orgOf[IKM]}/users`, BUYER)).status).toBe(404);
    expect((await call('PATCH', `/api/organisations/${orgOf[IKM]}`, BUYER, { name: 'Diambil alih' })).status).toBe(404);
    expect((await call('POST', `/api/organisations/${orgOf[IKM]}/users`, BUYER, { email: 'x@y.id', name: 'Penyusup', roles: ['admin'] })).status).toBe(404);
  });

  it('only programme admins create organisations', async () => {
    expect((await call('POST', '/api/organisations', BUYER, { name: 'PT Baru', kind: 'ikm' })).status).toBe(403);
    const r = await call('POST', '/api/organisations', PROGRAMME, { name: 'CV Karya Baru', kind: 'ikm' });
    expect(r.status).toBe(201);
    expect((await call('POST', '/api/organisations', PROGRAMME, { name: 'cv karya baru', kind: 'ikm' })).body.error.code).toBe('identity.organisation_exists');
  });

  it('an organisation admin invites users to their own organisation; the invitation goes to the outbox', async () => {
    const r = await call('POST', `/api/organisations/${orgOf[BUYER]}/users`, BUYER, { email: 'staf@ahm.test', name: 'Staf Pembelian', roles: ['staff'] });
    expect(r.status).toBe(201);
    const mail = await env.database.query<{ body: string }>(`select body from outbox where recipient = 'staf@ahm.test'`);
    expect(mail[0]!.body).toMatch(/undangan\?token=/);
    const token = /token=([\w-]+)/.exec(mail[0]!.body)![1];
    expect((await call('POST', '/api/auth/invitation/accept', undefined, { token, password: 'pendek' })).body.error.code).toBe('auth.password_too_short');
    expect((await call('POST', '/api/auth/invitation/accept', undefined, { token, password: 'sandi-baru-yang-panjang' })).status).toBe(200);
    expect((await call('POST', '/api/auth/invitation/accept', undefined, { token, password: 'sandi-baru-yang-panjang' })).body.error.code).toBe('auth.link_invalid');
    const staff = await env.signIn('staf@ahm.test', 'sandi-baru-yang-panjang');
    // staff is not admin: cannot list users nor invite
    expect((await env.app.inject({ method: 'GET', url: `/api/organisations/${orgOf[BUYER]}/users`, headers: staff })).statusCode).toBe(403);
    expect((await env.app.inject({ method: 'GET', url: '/api/audit', headers: staff })).statusCode).toBe(403);
  });

  it('rejects roles the organisation kind cannot hold', async () => {
    const r = await call('POST', `/api/organisations/${orgOf[IKM]}/users`, IKM, { email: 'a@b.id', name: 'Analis', roles: ['approver'] });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('identity.role_invalid');
  });

  it('an admin cannot change a user of another organisation', async () => {
    const users = await call('GET', `/api/organisations/${orgOf[IKM]}/users`, IKM);
    const ikmUser = users.body.items[0].id;
    expect((await call('PATCH', `/api/users/${ikmUser}`, BUYER, { isActive: false })).status).toBe(404);
    expect((await call('PATCH', `/api/users/${ikmUser}`, IKM, { isActive: false })).body.error.code).toBe('identity.cannot_demote_self');
  });
});

describe('password reset and change', () => {
  it('sends a reset link and never reveals whether the e-mail exists', async () => {
    expect((await call('POST', '/api/auth/password-reset/request', undefined, { email: 'tidak-ada@contoh.id' })).status).toBe(200);
    expect((await call('POST', '/api/auth/password-reset/request', undefined, { email: LENDER })).status).toBe(200);
    const [mail] = await env.database.query<{ body: string }>(`select body from outbox where recipient = $1`, [LENDER]);
    const token = /token=([\w-]+)/.exec(mail!.body)![1];
    expect((await call('POST', '/api/auth/password-reset/complete', undefined, { token, password: 'sandi-pemulihan-2026' })).status).toBe(200);
    h[LENDER] = await env.signIn(LENDER, 'sandi-pemulihan-2026');
  });

  it('changes the password after checking the current one', async () => {
    const headers = await env.signIn('admin@ydba.demo.lingkar.id');
    const wrong = await env.app.inject({ method: 'POST', url: '/api/auth/password', headers, payload: { currentPassword: 'salah-sekali-123', newPassword: 'sandi-baru-ydba-2026' } });
    expect(JSON.parse(wrong.body).error.code).toBe('auth.current_password_wrong');
    const ok = await env.app.inject({ method: 'POST', url: '/api/auth/password', headers, payload: { currentPassword: 'lingkar-demo-2026', newPassword: 'sandi-baru-ydba-2026' } });
    expect(ok.statusCode).toBe(200);
    await env.signIn('admin@ydba.demo.lingkar.id', 'sandi-baru-ydba-2026');
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, authenticate as the organisation, and can be revoked', async () => {
    const created = await call('POST', '/api/tokens', LENDER, { name: 'Core banking', roles: ['viewer'] });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const stored = await env.database.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [created.body.id]);
    expect(stored[0]!.token_hash).not.toContain(token);
    const me = await env.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(JSON.parse(me.body)).toMatchObject({ kind: 'lender', roles: ['viewer'] });
    const list = await call('GET', '/api/tokens', LENDER);
    expect(list.body[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect((await call('DELETE', `/api/tokens/${created.body.id}`, BUYER)).status).toBe(404);
    expect((await call('DELETE', `/api/tokens/${created.body.id}`, LENDER)).status).toBe(200);
    const after = await env.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(JSON.parse(after.body).error.code).toBe('auth.token_invalid');
  });
});

describe('audit', () => {
  it('programme admins see every event; organisation admins only their own', async () => {
    const all = await call('GET', '/api/audit?pageSize=200', PROGRAMME);
    const orgs = new Set(all.body.items.map((e: { orgId: string }) => e.orgId));
    expect(orgs.size).toBeGreaterThan(2);
    const own = await call('GET', `/api/audit?pageSize=200&orgId=${orgOf[IKM]}`, BUYER);
    expect(own.body.items.every((e: { orgId: string }) => e.orgId === orgOf[BUYER])).toBe(true);
    const filtered = await call('GET', '/api/audit?action=identity.user_created', PROGRAMME);
    expect(filtered.body.items.every((e: { action: string }) => e.action === 'identity.user_created')).toBe(true);
  });

  it('the table refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(env.database.query(`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(env.database.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
    await expect(env.database.query(`truncate audit_events`)).rejects.toThrow(/append-only/);
  });
});

describe('system', () => {
  it('health, readiness and OpenAPI', async () => {
    expect((await call('GET', '/api/health')).body).toEqual({ status: 'ok' });
    expect((await call('GET', '/api/ready')).body.status).toBe('ready');
    const doc = await call('GET', '/api/openapi.json');
    expect(doc.body.paths['/api/auth/sign-in']).toBeDefined();
  });

  it('job failures are for programme admins only', async () => {
    expect((await call('GET', '/api/jobs/failures', PROGRAMME)).status).toBe(200);
    expect((await call('GET', '/api/jobs/failures', BUYER)).status).toBe(403);
  });

  it('unknown API routes answer 404 JSON; security headers are set', async () => {
    const r = await call('GET', '/api/tidak-ada', PROGRAMME);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('route.not_found');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toBeDefined();
  });
});
