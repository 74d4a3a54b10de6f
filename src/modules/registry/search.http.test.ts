import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { BUYER, IKM, PROGRAMME, signInAll, type Caller } from './test-helpers';

let env: TestEnv;
let call: Caller;

beforeAll(async () => {
  env = await createTestEnv();
  ({ call } = await signInAll(env, [PROGRAMME, BUYER, IKM]));
});
afterAll(() => env.close());

const count = (facet: { key: string; count: number }[] | undefined, key: string) => facet?.find((f) => f.key === key)?.count ?? 0;

describe('search and facets', () => {
  it('spreads the demo over at least 6 provinces and 8 processes', async () => {
    const f = (await call('GET', '/api/ikm/facets', PROGRAMME)).body;
    expect(f.province.length).toBeGreaterThanOrEqual(6);
    expect(f.process.length).toBeGreaterThanOrEqual(8);
    expect(f.verified).toEqual([{ key: 'true', label: 'Terverifikasi', labelEn: 'Verified', count: 27 }, { key: 'false', label: 'Belum terverifikasi', labelEn: 'Not verified', count: 5 }]);
    expect(f.province.find((p: { key: string }) => p.key === '32')).toMatchObject({ label: 'Jawa Barat' });
  });

  it('counts each facet under the other filters, not its own', async () => {
    const all = (await call('GET', '/api/ikm/facets', BUYER)).body;
    const f = (await call('GET', '/api/ikm/facets?province=32&process=polyurethane_moulding', BUYER)).body;
    // province counts ignore the province filter but keep the process filter
    expect(count(f.province, '32')).toBe(3);
    expect(f.province.reduce((s: number, p: { count: number }) => s + p.count, 0)).toBe(3);
    // process counts keep the province filter only
    expect(count(f.process, 'polyurethane_moulding')).toBe(3);
    expect(count(f.process, 'stamping_press')).toBe(count((await call('GET', '/api/ikm/facets?province=32', BUYER)).body.process, 'stamping_press'));
    expect(count(all.process, 'polyurethane_moulding')).toBe(3);
    const list = await call('GET', '/api/ikm?province=32&process=polyurethane_moulding', BUYER);
    expect(list.body.total).toBe(3);
  });

  it('combines text, filters, sort and pagination', async () => {
    const page1 = await call('GET', '/api/ikm?sort=name&pageSize=5&page=1', BUYER);
    const page2 = await call('GET', '/api/ikm?sort=name&pageSize=5&page=2', BUYER);
    const names = [...page1.body.items, ...page2.body.items].map((i: { legalName: string }) => i.legalName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(names).size).toBe(10);
    const cap = (await call('GET', '/api/ikm?sort=capacity&pageSize=3', BUYER)).body.items.map((i: { monthlyCapacity: { quantity: number } }) => i.monthlyCapacity.quantity);
    expect(cap).toEqual([...cap].sort((a, b) => b - a));
    const text = await call('GET', '/api/ikm?q=wiring', BUYER);
    expect(text.body.items.map((i: { legalName: string }) => i.legalName)).toEqual(['PT Kabel Harness Purwakarta']);
    const english = await call('GET', '/api/ikm?q=plastic%20injection', BUYER);
    expect(english.body.total).toBeGreaterThan(0);
    const cert = await call('GET', '/api/ikm?certification=iatf_16949&size=medium,large', BUYER);
    expect(cert.body.items.every((i: { certificationKinds: string[]; turnoverBand: string }) => i.certificationKinds.includes('iatf_16949') && ['medium', 'large'].includes(i.turnoverBand))).toBe(true);
    const odd = await call('GET', `/api/ikm?q=${encodeURIComponent("'):*&|!(")}`, BUYER);
    expect(odd.status).toBe(200);
    expect(odd.body.total).toBe(27);
  });

  it('filters by status only for programme staff', async () => {
    expect((await call('GET', '/api/ikm?status=returned', PROGRAMME)).body.total).toBe(2);
    expect((await call('GET', '/api/ikm?status=returned', BUYER)).body.total).toBe(27);
    expect((await call('GET', '/api/ikm?verified=false', BUYER)).body.total).toBe(0);
    expect((await call('GET', '/api/ikm/facets', IKM)).body.province).toHaveLength(1);
  });

  it('validates query parameters', async () => {
    const r = await call('GET', '/api/ikm?sort=random', BUYER);
    expect(r.status).toBe(400);
    expect(r.body.error.params.field).toBe('querystring.sort');
  });

  it('describes every registry endpoint in OpenAPI', async () => {
    const doc = (await call('GET', '/api/openapi.json', PROGRAMME)).body;
    for (const path of ['/api/ikm', '/api/ikm/facets', '/api/ikm/export', '/api/ikm/{id}', '/api/ikm/{id}/verify', '/api/ikm/imports', '/api/ikm/imports/{id}/commit', '/api/buyers/{id}', '/api/ikm/{id}/files', '/api/registry/reference']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/ikm'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'province', 'process', 'sort', 'page']));
  });
});
