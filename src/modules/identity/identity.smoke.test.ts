import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

// The embedded default (PGlite): migrations, demo, sign-in, audit trigger.
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('PGlite smoke', () => {
  it('signs in with the demo and reads /api/me', async () => {
    expect(env.database.kind).toBe('pglite');
    const headers = await env.signIn('admin@kemenperin.demo.lingkar.id');
    const me = await env.app.inject({ method: 'GET', url: '/api/me', headers });
    expect(JSON.parse(me.body).kind).toBe('programme');
  });

  it('keeps the audit trail append-only', async () => {
    await expect(env.database.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
  });

  it('is ready', async () => {
    expect(JSON.parse((await env.app.inject({ method: 'GET', url: '/api/ready' })).body).status).toBe('ready');
  });
});
