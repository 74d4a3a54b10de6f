import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { BUYER, IKM, IKM2, IKM_RETURNED, LENDER, MENTOR, PROGRAMME, signInAll, TIER, type Caller } from './test-helpers';

let env: TestEnv;
let call: Caller;
let org: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  ({ call, org } = await signInAll(env, [PROGRAMME, BUYER, TIER, IKM, IKM2, IKM_RETURNED, LENDER, MENTOR]));
});
afterAll(() => env.close());

describe('who sees which IKM', () => {
  it('programme staff see all 32 demo IKM, in every status', async () => {
    const r = await call('GET', '/api/ikm?pageSize=50', PROGRAMME);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(32);
    const statuses = new Set(r.body.items.map((i: { status: string }) => i.status));
    expect([...statuses].sort()).toEqual(['returned', 'submitted', 'verified']);
  });

  it.each([BUYER, TIER, LENDER, MENTOR])('%s sees only verified IKM', async (who) => {
    const r = await call('GET', '/api/ikm?pageSize=50', who);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(27);
    expect(r.body.items.every((i: { isVerified: boolean; badge: string }) => i.isVerified && i.badge === 'verified')).toBe(true);
  });

  it('an IKM sees only itself', async () => {
    const r = await call('GET', '/api/ikm?pageSize=50', IKM);
    expect(r.body.total).toBe(1);
    expect(r.body.items[0].id).toBe(org[IKM]);
    expect((await call('GET', `/api/ikm/${org[IKM]}`, IKM)).status).toBe(200);
    expect((await call('GET', '/api/ikm/me', IKM)).body.legalName).toBe('PT Tegarusaha Mandirisejati');
  });

  it("answers 404 for another IKM's id, and for an unverified IKM to a buyer", async () => {
    const other = await call('GET', `/api/ikm/${org[IKM2]}`, IKM);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('registry.ikm_not_found');
    expect((await call('GET', `/api/ikm/${org[IKM_RETURNED]}`, BUYER)).status).toBe(404);
    expect((await call('GET', `/api/ikm/${org[IKM_RETURNED]}`, PROGRAMME)).status).toBe(200);
    expect((await call('GET', `/api/ikm/${org[IKM_RETURNED]}/history`, IKM)).status).toBe(404);
    expect((await call('GET', `/api/ikm/${org[IKM2]}/certifications`, IKM)).status).toBe(404);
  });

  it('buyers read verified profiles but may not change them (403), nor see their history', async () => {
    expect((await call('GET', `/api/ikm/${org[IKM]}`, BUYER)).status).toBe(200);
    expect((await call('PATCH', `/api/ikm/${org[IKM]}`, BUYER, { brandName: 'X' })).status).toBe(403);
    expect((await call('GET', `/api/ikm/${org[IKM]}/history`, BUYER)).status).toBe(403);
    expect((await call('POST', `/api/ikm/${org[IKM]}/verify`, BUYER)).status).toBe(403);
  });

  it('an IKM cannot verify itself', async () => {
    const r = await call('POST', `/api/ikm/${org[IKM_RETURNED]}/verify`, IKM_RETURNED);
    expect(r.status).toBe(403);
  });

  it('needs a session', async () => {
    expect((await call('GET', '/api/ikm')).status).toBe(401);
    expect((await call('GET', `/api/ikm/${org[IKM]}`)).status).toBe(401);
  });

  it('finds the two named IKM by the polyurethane moulding process', async () => {
    const r = await call('GET', '/api/ikm?process=polyurethane_moulding&sort=name', BUYER);
    const names = r.body.items.map((i: { legalName: string }) => i.legalName);
    expect(names).toEqual(expect.arrayContaining(['PT Tegarusaha Mandirisejati', 'PT Kawani Tekno Nusantara']));
    const text = await call('GET', `/api/ikm?q=${encodeURIComponent('headpipe poliur')}`, BUYER);
    expect(text.body.items.map((i: { legalName: string }) => i.legalName).sort()).toEqual(['PT Kawani Tekno Nusantara', 'PT Tegarusaha Mandirisejati']);
  });

  it('lists buyers with plants for every signed-in user', async () => {
    const list = await call('GET', '/api/buyers?pageSize=50', IKM);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(17);
    const ahm = await call('GET', `/api/buyers/${org[BUYER]}`, IKM);
    expect(ahm.body).toMatchObject({ companyName: 'PT Astra Honda Motor', groupName: 'Astra', tier: 'apm' });
    expect(ahm.body.plants.map((p: { name: string }) => p.name)).toEqual(['Sunter', 'Pegangsaan Dua', 'Cikarang', 'Karawang']);
    expect((await call('PUT', `/api/buyers/${org[BUYER]}`, TIER, { companyName: 'PT Astra Honda Motor', tier: 'apm' })).status).toBe(403);
    expect((await call('PUT', `/api/buyers/${org[IKM]}`, PROGRAMME, { companyName: 'X Y', tier: 'apm' })).status).toBe(404);
  });
});
