import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

// The embedded default (PGlite): the needs, matching and events SQL runs there too.
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('PGlite smoke: needs, matching, events', () => {
  it('ranks IKM for the demo need and lists needs for an IKM', async () => {
    expect(env.database.kind).toBe('pglite');
    const ahm = await env.signIn('admin@ahm.demo.lingkar.id');
    const needs = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/needs?q=Headpipe', headers: ahm })).body);
    const m = await env.app.inject({ method: 'GET', url: `/api/needs/${needs.items[0].id}/matches?limit=5`, headers: ahm });
    expect(JSON.parse(m.body).results.length).toBeGreaterThanOrEqual(2);
    const ikm = await env.signIn('admin@ikm01.demo.lingkar.id');
    const me = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/me', headers: ikm })).body);
    const list = await env.app.inject({ method: 'GET', url: `/api/ikm/${me.organisation.id}/matches`, headers: ikm });
    expect(JSON.parse(list.body).results.length).toBeGreaterThanOrEqual(1);
  });

  it('re-runs the demo event schedule and serves the agenda', async () => {
    const p = await env.signIn('admin@kemenperin.demo.lingkar.id');
    const events = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/events', headers: p })).body);
    const id = events.items[0].id;
    const run = JSON.parse((await env.app.inject({ method: 'POST', url: `/api/events/${id}/schedule`, headers: p, payload: {} })).body);
    expect(run.moved).toBe(0);
    const ikm = await env.signIn('admin@ikm02.demo.lingkar.id');
    const ics = await env.app.inject({ method: 'GET', url: `/api/events/${id}/agenda.ics`, headers: ikm });
    expect(ics.body).toContain('BEGIN:VEVENT');
  });
});
