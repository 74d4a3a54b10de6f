import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { BUYER, IKM, IKM2, IKM_RETURNED, PROGRAMME, PROGRAMME_STAFF, profileBody, signInAll, type Caller } from './test-helpers';

let env: TestEnv;
let call: Caller;
let org: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  ({ call, org } = await signInAll(env, [PROGRAMME, PROGRAMME_STAFF, BUYER, IKM, IKM2, IKM_RETURNED]));
});
afterAll(() => env.close());

describe('verification workflow', () => {
  it('programme registers a new IKM as draft; submit → return with reasons → submit → verify', async () => {
    const created = await call('POST', '/api/ikm', PROGRAMME_STAFF, profileBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', isVerified: false, badge: null, legalName: 'CV Uji Coba Logam', place: { provinceName: 'Jawa Barat', regencyName: 'Kabupaten Bekasi' } });
    const id = created.body.id;
    expect((await call('GET', `/api/ikm/${id}`, BUYER)).status).toBe(404);
    expect((await call('POST', `/api/ikm/${id}/verify`, PROGRAMME_STAFF)).body.error.code).toBe('registry.status_transition_invalid');
    expect((await call('POST', `/api/ikm/${id}/submit`, PROGRAMME_STAFF)).body.status).toBe('submitted');
    const noReason = await call('POST', `/api/ikm/${id}/return`, PROGRAMME_STAFF, { reasons: ['  '] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('registry.return_reason_required');
    const returned = await call('POST', `/api/ikm/${id}/return`, PROGRAMME_STAFF, { reasons: ['Foto NIB buram'] });
    expect(returned.body).toMatchObject({ status: 'returned', statusReasons: ['Foto NIB buram'] });
    expect((await call('POST', `/api/ikm/${id}/submit`, PROGRAMME_STAFF)).body.status).toBe('submitted');
    const verified = await call('POST', `/api/ikm/${id}/verify`, PROGRAMME_STAFF);
    expect(verified.body).toMatchObject({ status: 'verified', isVerified: true, badge: 'verified', statusReasons: [] });
    expect((await call('GET', `/api/ikm/${id}`, BUYER)).status).toBe(200);
    const history = await call('GET', `/api/ikm/${id}/history`, PROGRAMME);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(['verify', 'submit', 'return', 'submit', 'create']);
    expect(history.body[2].reasons).toEqual(['Foto NIB buram']);
  });

  it('a returned IKM corrects and resubmits its own profile', async () => {
    const id = org[IKM_RETURNED]!;
    const before = await call('GET', `/api/ikm/${id}`, IKM_RETURNED);
    expect(before.body.statusReasons.length).toBeGreaterThan(0);
    const patched = await call('PATCH', `/api/ikm/${id}`, IKM_RETURNED, { address: { ...before.body.address, street: 'Jl. Raya Tajur No. 104, Bogor Timur' } });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('returned');
    expect((await call('POST', `/api/ikm/${id}/submit`, IKM_RETURNED)).body.status).toBe('submitted');
  });

  it('changing an identity field of a verified profile sends it back to verification, with history', async () => {
    const id = org[IKM2]!;
    const v = (await call('GET', `/api/ikm/${id}`, IKM2)).body;
    expect(v.status).toBe('verified');
    const contactsOnly = await call('PATCH', `/api/ikm/${id}`, IKM2, { contacts: [{ name: 'Maya Kusuma', phone: '0813-1977-2041' }] });
    expect(contactsOnly.body.status).toBe('verified');
    const renamed = await call('PATCH', `/api/ikm/${id}`, IKM2, { npwp: '0023456789012000', address: { ...v.address, postalCode: '17531' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ status: 'submitted', isVerified: false, badge: null });
    const history = await call('GET', `/api/ikm/${id}/history`, IKM2);
    expect(history.body[0]).toMatchObject({ action: 'reverify', fromStatus: 'verified', toStatus: 'submitted', changedFields: ['npwp', 'address'] });
    expect((await call('GET', `/api/ikm/${id}`, BUYER)).status).toBe(404);
    const audit = await call('GET', `/api/audit?entityId=${id}&action=registry.ikm_updated_reverification`, PROGRAMME);
    expect(audit.body.total).toBe(1);
  });

  it('flags certificates expiring within 60 days and lists them for programme staff', async () => {
    const certs = await call('GET', `/api/ikm/${org[IKM2]}/certifications`, IKM2);
    expect(certs.body[0]).toMatchObject({ kind: 'iso_9001', status: 'expiring', daysLeft: 45 });
    const ikm1 = (await call('GET', `/api/ikm/${org[IKM]}`, IKM)).body;
    expect(ikm1.hasExpiringCertification).toBe(false);
    const list = await call('GET', '/api/ikm/certifications/expiring?pageSize=100', PROGRAMME);
    expect(list.status).toBe(200);
    const statuses = new Set(list.body.items.map((i: { status: string }) => i.status));
    expect(statuses).toEqual(new Set(['expiring', 'expired']));
    expect(list.body.items.every((i: { daysLeft: number }) => i.daysLeft <= 60)).toBe(true);
    const own = await call('GET', '/api/ikm/certifications/expiring', IKM2);
    expect(own.body.items.every((i: { orgId: string }) => i.orgId === org[IKM2])).toBe(true);
    expect((await call('GET', '/api/ikm/certifications/expiring', BUYER)).status).toBe(403);
  });

  it('rejects bad input naming the field in Indonesian, and a taken NIB with 409', async () => {
    const bad = await call('POST', '/api/ikm', PROGRAMME, profileBody({ nib: '12345', legalName: 'CV Salah NIB' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation.invalid', params: { field: 'nib' } });
    expect(bad.body.error.message).toBe('nib: NIB harus 13 digit angka');
    const province = await call('POST', '/api/ikm', PROGRAMME, profileBody({ legalName: 'CV Salah Provinsi', address: { street: 'Jl. A 1', provinceCode: 'Atlantis', regencyCode: 'X', postalCode: '12345' } }));
    expect(province.body.error.message).toBe('address.provinceCode: Provinsi "Atlantis" tidak dikenal');
    const nibTaken = (await call('GET', `/api/ikm/${org[IKM]}`, IKM)).body.nib;
    const dup = await call('POST', '/api/ikm', PROGRAMME, profileBody({ nib: nibTaken, legalName: 'CV Lain Sekali' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('registry.nib_taken');
    const nameTaken = await call('POST', '/api/ikm', PROGRAMME, profileBody({ nib: '9120999000777', legalName: 'PT Kawani Tekno Nusantara' }));
    expect(nameTaken.body.error.code).toBe('registry.legal_name_taken');
  });

  it('an IKM cannot create a second profile, and If-Match refuses stale writes', async () => {
    expect((await call('POST', '/api/ikm', IKM, profileBody({ legalName: 'PT Tegarusaha Mandirisejati', nib: '9120999000555' }))).body.error.code).toBe('registry.ikm_profile_exists');
    const v = (await call('GET', `/api/ikm/${org[IKM]}`, IKM)).body;
    const stale = await call('PATCH', `/api/ikm/${org[IKM]}`, IKM, { brandName: 'Tegar' }, { 'if-match': `"${v.version - 1}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('registry.version_conflict');
    const fresh = await call('PATCH', `/api/ikm/${org[IKM]}`, IKM, { brandName: 'Tegar' }, { 'if-match': `"${v.version}"` });
    expect(fresh.body).toMatchObject({ brandName: 'Tegar', version: v.version + 1, status: 'verified' });
  });

  it('programme admins extend the process vocabulary', async () => {
    const add = await call('POST', '/api/registry/vocabularies/processes', PROGRAMME, { key: 'anodizing', labelId: 'Anodisasi', labelEn: 'Anodising' });
    expect(add.status).toBe(201);
    expect((await call('POST', '/api/registry/vocabularies/processes', IKM, { key: 'x_y', labelId: 'X Y', labelEn: 'X Y' })).status).toBe(403);
    const patched = await call('PATCH', `/api/ikm/${org[IKM]}`, IKM, { processes: ['polyurethane_moulding', 'anodizing'] });
    expect(patched.body.processLabels).toEqual(['Cetak poliuretan', 'Anodisasi']);
    const ref = await call('GET', '/api/registry/reference', BUYER);
    expect(ref.body.processes.some((p: { key: string }) => p.key === 'anodizing')).toBe(true);
  });
});
