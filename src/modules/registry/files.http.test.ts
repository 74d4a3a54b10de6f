import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { BUYER, IKM, IKM2, multipart, PROGRAMME, signInAll, TIER, type Caller } from './test-helpers';

let env: TestEnv;
let call: Caller;
let h: Record<string, Record<string, string>>;
let org: Record<string, string>;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

beforeAll(async () => {
  env = await createTestEnv();
  ({ call, h, org } = await signInAll(env, [PROGRAMME, BUYER, TIER, IKM, IKM2]));
});
afterAll(() => env.close());

async function upload(who: string, orgId: string, purpose: string, filename: string, content: Buffer, owner = 'ikm') {
  const m = multipart(filename, content, 'image/png');
  const r = await env.app.inject({ method: 'POST', url: `/api/${owner}/${orgId}/files?purpose=${purpose}`, headers: { ...h[who], ...m.headers }, payload: m.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

describe('profile files', () => {
  it('stores a photo and a document; buyers see photos of verified IKM, never documents', async () => {
    const photo = await upload(IKM, org[IKM]!, 'photo', 'pabrik.png', PNG);
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ purpose: 'photo', mime: 'image/png', size: PNG.length, filename: 'pabrik.png' });
    const doc = await upload(IKM, org[IKM]!, 'document', '../../NIB scan.pdf', PDF);
    expect(doc.body).toMatchObject({ purpose: 'document', mime: 'application/pdf', filename: 'NIB scan.pdf' });
    const own = await call('GET', `/api/ikm/${org[IKM]}/files`, IKM);
    expect(own.body.map((f: { purpose: string }) => f.purpose)).toEqual(['photo', 'document']);
    const buyerList = await call('GET', `/api/ikm/${org[IKM]}/files`, BUYER);
    expect(buyerList.body.map((f: { purpose: string }) => f.purpose)).toEqual(['photo']);
    const download = await env.app.inject({ method: 'GET', url: `/api/registry/files/${photo.body.id}`, headers: h[BUYER] });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await call('GET', `/api/registry/files/${doc.body.id}`, BUYER)).status).toBe(404);
    expect((await env.app.inject({ method: 'GET', url: `/api/registry/files/${doc.body.id}`, headers: h[PROGRAMME] })).statusCode).toBe(200);
  });

  it('answers 413 for oversize and 415 for the wrong type, decided by content', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload(IKM, org[IKM]!, 'photo', 'besar.png', big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toMatchObject({ code: 'registry.file_too_large', params: { maxBytes: 5 * 1024 * 1024 } });
    const huge = await upload(IKM, org[IKM]!, 'document', 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    const exe = await upload(IKM, org[IKM]!, 'photo', 'foto.png', Buffer.from('MZ\x90\x00 not an image'));
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('registry.file_type_not_allowed');
    const pdfAsPhoto = await upload(IKM, org[IKM]!, 'photo', 'x.png', PDF);
    expect(pdfAsPhoto.status).toBe(415);
    const noPurpose = await env.app.inject({ method: 'POST', url: `/api/ikm/${org[IKM]}/files`, headers: { ...h[IKM], ...multipart('a.png', PNG).headers }, payload: multipart('a.png', PNG).payload });
    expect(noPurpose.statusCode).toBe(400);
  });

  it("gives 404 for another IKM's files and 403 to read-only parties", async () => {
    expect((await upload(IKM2, org[IKM]!, 'photo', 'a.png', PNG)).status).toBe(404);
    expect((await call('GET', `/api/ikm/${org[IKM2]}/files`, IKM)).status).toBe(404);
    expect((await upload(BUYER, org[IKM]!, 'photo', 'a.png', PNG)).status).toBe(403);
    const photo = (await call('GET', `/api/ikm/${org[IKM]}/files`, IKM)).body[0];
    expect((await call('DELETE', `/api/registry/files/${photo.id}`, BUYER)).status).toBe(403);
    expect((await call('DELETE', `/api/registry/files/${photo.id}`, IKM2)).status).toBe(404);
    expect((await call('DELETE', `/api/registry/files/${photo.id}`, IKM)).status).toBe(200);
  });

  it('buyers keep their own plant photos', async () => {
    expect((await upload(BUYER, org[BUYER]!, 'photo', 'sunter.png', PNG, 'buyers')).status).toBe(201);
    expect((await upload(TIER, org[BUYER]!, 'photo', 'x.png', PNG, 'buyers')).status).toBe(403);
    expect((await call('GET', `/api/buyers/${org[BUYER]}/files`, IKM)).body).toHaveLength(1);
  });
});
