import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { BUYER, multipart, PROGRAMME, signInAll, type Caller } from './test-helpers';

// The embedded default (PGlite): generated tsvector column, GIN indexes, facets, a committed import.
let env: TestEnv;
let call: Caller;
let h: Record<string, Record<string, string>>;
beforeAll(async () => {
  env = await createTestEnv();
  ({ call, h } = await signInAll(env, [PROGRAMME, BUYER]));
});
afterAll(() => env.close());

describe('registry on PGlite', () => {
  it('searches with text, filters and facets', async () => {
    expect(env.database.kind).toBe('pglite');
    const r = await call('GET', '/api/ikm?q=headpipe&process=polyurethane_moulding&province=32', BUYER);
    expect(r.body.items.map((i: { legalName: string }) => i.legalName)).toEqual(['PT Kawani Tekno Nusantara', 'PT Tegarusaha Mandirisejati']);
    const f = await call('GET', '/api/ikm/facets?q=headpipe', BUYER);
    expect(f.body.process.find((p: { key: string }) => p.key === 'polyurethane_moulding').count).toBe(2);
  });

  it('imports a CSV in one transaction', async () => {
    const csv = 'Nama Badan Usaha,Bentuk Badan Usaha,NIB,NPWP,KBLI,Alamat,Provinsi,Kabupaten/Kota,Kode Pos,Tenaga Kerja,Omzet,Nama Kontak,Telepon\nCV Smoke Logam,CV,9120777000001,02.777.000.1-431.000,25920,Jl. Smoke 1,Jawa Tengah,Kota Semarang,50111,9,900000000,Ani,081277700001\n';
    const m = multipart('smoke.csv', Buffer.from(csv));
    const up = JSON.parse((await env.app.inject({ method: 'POST', url: '/api/ikm/imports', headers: { ...h[PROGRAMME], ...m.headers }, payload: m.payload })).body);
    expect((await call('POST', `/api/ikm/imports/${up.id}/validate?wait=true`, PROGRAMME, {})).body.validRows).toBe(1);
    expect((await call('POST', `/api/ikm/imports/${up.id}/commit?wait=true`, PROGRAMME, { status: 'verified' })).body.status).toBe('committed');
    expect((await call('GET', '/api/ikm?q=smoke', BUYER)).body.total).toBe(1);
  });
});
