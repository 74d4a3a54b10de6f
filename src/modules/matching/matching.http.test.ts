import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { DEFAULT_WEIGHTS } from './domain';

const PROGRAMME = 'admin@kemenperin.demo.lingkar.id';
const PROGRAMME_STAFF = 'staf@kemenperin.demo.lingkar.id';
const AHM = 'admin@ahm.demo.lingkar.id';
const TIER = 'admin@tier02.demo.lingkar.id';
const IKM1 = 'admin@ikm01.demo.lingkar.id';
const IKM2 = 'admin@ikm02.demo.lingkar.id';
const LENDER = 'admin@mandiri.demo.lingkar.id';

let env: TestEnv;
const h: Record<string, Record<string, string>> = {};
const orgOf: Record<string, string> = {};
let headpipe = '';

async function call(method: string, url: string, who: string, payload?: unknown) {
  const r = await env.app.inject({ method: method as 'GET', url, headers: h[who], payload: payload as object });
  return { status: r.statusCode, body: r.body ? JSON.parse(r.body) : null };
}

interface Result {
  orgId: string;
  name: string;
  score: number;
  explanations: { key: string; status: string; contribution: number; text: { id: string; en: string } }[];
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const who of [PROGRAMME, PROGRAMME_STAFF, AHM, TIER, IKM1, IKM2, LENDER]) {
    h[who] = await env.signIn(who);
    orgOf[who] = (await call('GET', '/api/me', who)).body.organisation.id;
  }
  const needs = await call('GET', '/api/needs?q=Headpipe', AHM);
  headpipe = needs.body.items[0].id;
});
afterAll(() => env.close());

describe('demo: AHM’s polyurethane headpipe protector', () => {
  it('ranks the two IKM Politeknik Astra brought in the top 5, with readable reasons', async () => {
    const r = await call('GET', `/api/needs/${headpipe}/matches?limit=5`, AHM);
    expect(r.status).toBe(200);
    const results = r.body.results as Result[];
    const top = results.map((x) => x.orgId);
    expect(top).toContain(orgOf[IKM1]);
    expect(top).toContain(orgOf[IKM2]);
    expect(results.length).toBeLessThanOrEqual(5);
    const kawani = results.find((x) => x.orgId === orgOf[IKM2])!;
    const texts = kawani.explanations.map((e) => e.text.id);
    expect(texts).toContain('Mampu proses utama: Cetak poliuretan');
    expect(texts).toContain('Kapasitas 38.000/bulan ≥ kebutuhan 20.000/bulan');
    expect(texts.some((t) => /^Jarak ±\d+ km dari pabrik pengiriman$/.test(t))).toBe(true);
    expect(kawani.explanations.find((e) => e.key === 'quality')).toMatchObject({ status: 'unknown', contribution: 4 });
    const sum = kawani.explanations.reduce((s, e) => s + e.contribution, 0);
    expect(Math.abs(sum - kawani.score)).toBeLessThan(0.5);
    expect(r.body.weights.capacity).toBe(20);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it('only the need’s buyer and programme staff see its matches', async () => {
    expect((await call('GET', `/api/needs/${headpipe}/matches`, PROGRAMME)).status).toBe(200);
    expect((await call('GET', `/api/needs/${headpipe}/matches`, IKM1)).status).toBe(403);
    expect((await call('GET', `/api/needs/${headpipe}/matches`, TIER)).status).toBe(404);
    expect((await call('GET', `/api/needs/${headpipe}/matches`, LENDER)).status).toBe(404);
    expect((await call('GET', `/api/needs/${headpipe}/matches?limit=1000`, AHM)).status).toBe(400);
  });
});

describe('needs for an IKM', () => {
  it('an IKM sees the open needs it is eligible for, with explanations', async () => {
    const r = await call('GET', `/api/ikm/${orgOf[IKM1]}/matches`, IKM1);
    expect(r.status).toBe(200);
    const hit = r.body.results.find((x: { needId: string }) => x.needId === headpipe);
    expect(hit).toBeDefined();
    expect(hit.explanations.find((e: { key: string }) => e.key === 'capacity').text.id).toBe('Kapasitas 45.000/bulan ≥ kebutuhan 20.000/bulan');
  });

  it('another IKM gets 404; a buyer sees only its own needs; a lender is refused', async () => {
    expect((await call('GET', `/api/ikm/${orgOf[IKM1]}/matches`, IKM2)).status).toBe(404);
    const tier = await call('GET', `/api/ikm/${orgOf[IKM1]}/matches`, TIER);
    expect(tier.status).toBe(200);
    expect(tier.body.results).toEqual([]);
    const ahm = await call('GET', `/api/ikm/${orgOf[IKM1]}/matches`, AHM);
    expect(ahm.body.results.map((x: { needId: string }) => x.needId)).toEqual([headpipe]);
    expect((await call('GET', `/api/ikm/${orgOf[IKM1]}/matches`, LENDER)).status).toBe(403);
    expect((await call('GET', `/api/ikm/${orgOf[AHM]}/matches`, PROGRAMME)).status).toBe(404);
  });
});

describe('weights per sector', () => {
  const onlyDistance = { ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])), distance: 100 };

  it('only programme admins set them; bad weights name the field', async () => {
    expect((await call('PUT', '/api/matching/weights/sepeda_motor', AHM, onlyDistance)).status).toBe(403);
    expect((await call('PUT', '/api/matching/weights/sepeda_motor', PROGRAMME_STAFF, onlyDistance)).status).toBe(403);
    const bad = await call('PUT', '/api/matching/weights/sepeda_motor', PROGRAMME, { ...onlyDistance, tkdn: -5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.params.field).toBe('body.tkdn');
    expect((await call('GET', '/api/matching/weights', IKM1)).body.defaults).toEqual(DEFAULT_WEIGHTS);
  });

  it("a sector's weights change the ranking of its needs, and removing them restores the default", async () => {
    const before = (await call('GET', `/api/needs/${headpipe}/matches`, AHM)).body;
    expect((await call('PUT', '/api/matching/weights/sepeda_motor', PROGRAMME, onlyDistance)).status).toBe(200);
    const after = (await call('GET', `/api/needs/${headpipe}/matches`, AHM)).body;
    expect(after.weights.distance).toBe(100);
    const km = after.results.map((x: { distanceKm: number }) => x.distanceKm);
    expect([...km].sort((a, b) => a - b)).toEqual(km);
    for (const x of after.results as Result[]) expect(x.explanations.find((e) => e.key === 'capacity')!.contribution).toBe(0);
    expect((await call('GET', '/api/matching/weights', PROGRAMME)).body.sectors.map((s: { sector: string }) => s.sector)).toEqual(['sepeda_motor']);
    expect((await call('DELETE', '/api/matching/weights/sepeda_motor', PROGRAMME)).status).toBe(200);
    expect((await call('GET', `/api/needs/${headpipe}/matches`, AHM)).body.results).toEqual(before.results);
    expect((await call('DELETE', '/api/matching/weights/sepeda_motor', PROGRAMME)).status).toBe(404);
  });
});
