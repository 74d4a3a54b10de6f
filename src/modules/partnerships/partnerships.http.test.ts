import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKit, type Kit } from '../orders/test-kit';

let k: Kit;
const ids: Record<string, string> = {};

beforeAll(async () => {
  k = await openKit();
  for (const key of ['tier02', 'ikm03', 'ikm04', 'ikm05', 'ahm', 'tier03', 'ydba']) ids[key] = await k.orgId(key);
  // a staff user (no admin role) of ikm03, to prove signing needs the admin (signatory) role
  const r = await k.call('POST', `/api/organisations/${ids.ikm03}/users`, 'ikm03', { email: 'staf@ikm03.test', name: 'Staf Produksi', roles: ['staff'], password: 'sandi-staf-ikm03' });
  expect(r.status).toBe(201);
  await k.login('staf@ikm03.test', 'sandi-staf-ikm03');
});
afterAll(() => k.close());

const draft = (over: Record<string, unknown> = {}) => ({
  title: 'Kerja sama pasokan bracket',
  scope: 'Pengembangan dan pasokan bracket stamping',
  parts: ['Bracket stamping'],
  obligations: [{ party: 'initiator', text: 'Memberi pesanan bila lolos persetujuan' }],
  startDate: '2026-11-01',
  endDate: '2027-10-31',
  signatory: { name: 'Budi Santoso', title: 'Direktur' },
  ikm: [
    { orgId: ids.ikm03, marketAccessPerYear: '1250000000' },
    { orgId: ids.ikm04, marketAccessPerYear: '750000000' },
  ],
  ...over,
});

describe('launch-event MoUs (demo)', () => {
  it('YDBA and the 32 IKM: shares sum to exactly Rp100.000.000.000, every party signed, active', async () => {
    const list = await k.call('GET', `/api/mous?orgId=${ids.ydba}&pageSize=50`, 'kemenperin');
    expect(list.body.total).toBe(1);
    const mou = (await k.call('GET', `/api/mous/${list.body.items[0].id}`, 'kemenperin')).body;
    expect(mou.status).toBe('active');
    expect(mou.totalMarketAccessPerYear).toBe('100000000000');
    const ikm = mou.parties.filter((p: { role: string }) => p.role === 'ikm');
    expect(ikm).toHaveLength(32);
    expect(ikm.reduce((s: bigint, p: { marketAccessPerYear: string }) => s + BigInt(p.marketAccessPerYear), 0n)).toBe(100_000_000_000n);
    expect(mou.parties.every((p: { signedAt: string | null; signedDocumentHash: string }) => p.signedAt && p.signedDocumentHash === mou.documentHash)).toBe(true);
  });

  it('16 tier companies and Politeknik Astra with the 32 IKM; all launch MoUs together are Rp100 miliar', async () => {
    const all = (await k.call('GET', '/api/mous?pageSize=100', 'kemenperin')).body.items as { status: string; partyCount: number; totalMarketAccessPerYear: string; initiatorOrgId: string }[];
    expect(all).toHaveLength(18);
    expect(all.every((m) => m.status === 'active')).toBe(true);
    expect(all.reduce((s, m) => s + BigInt(m.totalMarketAccessPerYear), 0n)).toBe(100_000_000_000n);
    const ikm01 = (await k.call('GET', '/api/mous', 'ikm01')).body;
    expect(ikm01.total).toBe(3); // YDBA, Politeknik Astra, tier01
  });
});

describe('MoU lifecycle over HTTP', () => {
  let id = '';
  let hash = '';

  it('a buyer creates a draft with a yearly reference and the shares total', async () => {
    const r = await k.call('POST', '/api/mous', 'tier02', draft());
    expect(r.status).toBe(201);
    expect(r.body.reference).toMatch(/^MOU-2026-\d{4}$/);
    expect(r.body).toMatchObject({ status: 'draft', totalMarketAccessPerYear: '2000000000', initiatorOrgId: ids.tier02 });
    id = r.body.id;
  });

  it('refuses dates out of order, non-IKM parties, duplicates, and other kinds of organisation', async () => {
    const dates = await k.call('POST', '/api/mous', 'tier02', draft({ startDate: '2027-01-01', endDate: '2026-12-31' }));
    expect(dates.status).toBe(422);
    expect(dates.body.error).toMatchObject({ code: 'partnerships.dates_out_of_order', params: { field: 'endDate' } });
    const notIkm = await k.call('POST', '/api/mous', 'tier02', draft({ ikm: [{ orgId: ids.ahm, marketAccessPerYear: '1' }] }));
    expect(notIkm.body.error.code).toBe('partnerships.party_not_ikm');
    const dup = await k.call('POST', '/api/mous', 'tier02', draft({ ikm: [{ orgId: ids.ikm03, marketAccessPerYear: '1' }, { orgId: ids.ikm03, marketAccessPerYear: '2' }] }));
    expect(dup.body.error).toMatchObject({ code: 'partnerships.duplicate_party', params: { field: 'ikm.1.orgId' } });
    expect((await k.call('POST', '/api/mous', 'ikm03', draft())).status).toBe(403);
    expect((await k.call('POST', '/api/mous', 'mandiri', draft())).status).toBe(403);
    expect((await k.call('POST', '/api/mous', 'tier02', draft({ ikm: [{ orgId: ids.ikm03, marketAccessPerYear: '-5' }] }))).status).toBe(400);
  });

  it('hides the MoU from organisations that are not parties (404)', async () => {
    expect((await k.call('GET', `/api/mous/${id}`, 'ikm05')).status).toBe(404);
    expect((await k.call('PATCH', `/api/mous/${id}`, 'tier03', { title: 'Diambil alih' })).status).toBe(404);
    expect((await k.call('POST', `/api/mous/${id}/send`, 'tier03')).status).toBe(404);
    expect((await k.call('GET', `/api/mous/${id}`, 'ikm03')).status).toBe(200);
    expect((await k.call('GET', `/api/mous/${id}`, 'kemenperin')).status).toBe(200);
  });

  it('the initiator edits the draft and attaches a document whose SHA-256 is recorded', async () => {
    const edit = await k.call('PATCH', `/api/mous/${id}`, 'tier02', { scope: 'Pengembangan, pasokan dan pendampingan mutu bracket' });
    expect(edit.status).toBe(200);
    expect((await k.call('PATCH', `/api/mous/${id}`, 'ikm03', { scope: 'x' })).status).toBe(403);
    const content = Buffer.from('%PDF-1.4 naskah MoU');
    const doc = await k.call('POST', `/api/mous/${id}/documents`, 'tier02', { name: 'naskah-mou.pdf', contentType: 'application/pdf', contentBase64: content.toString('base64') });
    expect(doc.status).toBe(201);
    expect(doc.body.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    const dl = await k.call('GET', `/api/mous/${id}/documents/${doc.body.id}`, 'ikm04');
    expect(dl.raw.equals(content)).toBe(true);
    expect(dl.headers['x-content-sha256']).toBe(doc.body.sha256);
    const after = await k.call('GET', `/api/mous/${id}`, 'tier02');
    expect(after.body.documents).toHaveLength(1);
    expect(after.body.documentHash).not.toBe(edit.body.documentHash);
  });

  it('send: parties get a "MoU to sign" notification and e-mail; the draft is then locked', async () => {
    const sent = await k.call('POST', `/api/mous/${id}/send`, 'tier02');
    expect(sent.body.status).toBe('sent');
    hash = sent.body.documentHash;
    const notes = await k.call('GET', '/api/notifications?unread=true', 'ikm03');
    expect(notes.body.items.find((n: { kind: string; entityId: string }) => n.kind === 'mou_to_sign' && n.entityId === id)).toBeTruthy();
    const mail = await k.env.database.query<{ subject: string }>(`select subject from outbox where recipient = 'admin@ikm03.demo.lingkar.id' and subject like '%menunggu tanda tangan%'`);
    expect(mail.length).toBeGreaterThan(0);
    const locked = await k.call('PATCH', `/api/mous/${id}`, 'tier02', { title: 'Ubah' });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('partnerships.invalid_transition');
  });

  it('signing needs the Idempotency-Key, the admin (signatory) role, and the current document hash', async () => {
    const noKey = await k.call('POST', `/api/mous/${id}/sign`, 'ikm03', { documentHash: hash });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.code).toBe('request.idempotency_key_required');
    const staff = await k.call('POST', `/api/mous/${id}/sign`, 'staf@ikm03.test', { documentHash: hash }, { 'idempotency-key': 'staf-1' });
    expect(staff.status).toBe(403);
    expect(staff.body.error.code).toBe('partnerships.signatory_required');
  });

  it('rejects a stale document hash', async () => {
    const stale = await k.call('POST', `/api/mous/${id}/sign`, 'ikm03', { documentHash: 'a'.repeat(64) }, { 'idempotency-key': 'stale-1' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'partnerships.document_changed', params: { documentHash: hash } });
  });

  it('programme staff see but cannot sign', async () => {
    const r = await k.call('POST', `/api/mous/${id}/sign`, 'kemenperin', { documentHash: hash }, { 'idempotency-key': 'prog-1' });
    expect(r.status).toBe(403);
  });

  it('concurrent double submission of one signature signs once; a repeat returns the MoU, another key is a conflict', async () => {
    const [a, b] = await Promise.all([
      k.call('POST', `/api/mous/${id}/sign`, 'ikm03', { documentHash: hash }, { 'idempotency-key': 'ikm03-sign' }),
      k.call('POST', `/api/mous/${id}/sign`, 'ikm03', { documentHash: hash }, { 'idempotency-key': 'ikm03-sign' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const p = a.body.parties.find((x: { orgId: string }) => x.orgId === ids.ikm03);
    expect(p).toMatchObject({ signedDocumentHash: hash });
    expect(p.signedByName).toBeTruthy();
    expect(b.body.status).toBe('partially_signed');
    const other = await k.call('POST', `/api/mous/${id}/sign`, 'ikm03', { documentHash: hash }, { 'idempotency-key': 'ikm03-sign-2' });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('partnerships.already_signed');
    const audits = await k.env.database.query(`select 1 from audit_events where entity_id = $1 and action = 'partnerships.mou_party_signed'`, [id]);
    expect(audits).toHaveLength(1);
  });

  it('becomes active when every party signed (start date reached); parties are told', async () => {
    await k.call('POST', `/api/mous/${id}/sign`, 'ikm04', { documentHash: hash }, { 'idempotency-key': 'ikm04-sign' });
    const done = await k.call('POST', `/api/mous/${id}/sign`, 'tier02', { documentHash: hash }, { 'idempotency-key': 'tier02-sign' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('active');
    expect(done.body.activatedAt).toBeTruthy();
    const notes = await k.call('GET', '/api/notifications', 'ikm04');
    expect(notes.body.items.some((n: { kind: string; title: string }) => n.kind === 'mou_signed' && /semua pihak/.test(n.title))).toBe(true);
  });

  it('termination needs the initiator admin and a reason', async () => {
    expect((await k.call('POST', `/api/mous/${id}/terminate`, 'ikm03', { reason: 'Tidak lanjut kerja sama' })).status).toBe(403);
    const short = await k.call('POST', `/api/mous/${id}/terminate`, 'tier02', { reason: 'x' });
    expect(short.body.error.code).toBe('partnerships.reason_required');
    const ok = await k.call('POST', `/api/mous/${id}/terminate`, 'tier02', { reason: 'Produk dihentikan oleh APM' });
    expect(ok.body).toMatchObject({ status: 'terminated', terminationReason: 'Produk dihentikan oleh APM' });
    expect((await k.call('POST', `/api/mous/${id}/sign`, 'ikm04', { documentHash: hash }, { 'idempotency-key': 'late' })).status).toBe(409);
  });

  it('withdraw returns a sent MoU to draft and clears signatures', async () => {
    const m = (await k.call('POST', '/api/mous', 'tier02', draft())).body;
    const sent = (await k.call('POST', `/api/mous/${m.id}/send`, 'tier02')).body;
    await k.call('POST', `/api/mous/${m.id}/sign`, 'ikm03', { documentHash: sent.documentHash }, { 'idempotency-key': `w-${m.id}` });
    const back = await k.call('POST', `/api/mous/${m.id}/withdraw`, 'tier02');
    expect(back.body.status).toBe('draft');
    expect(back.body.parties.every((p: { signedAt: string | null }) => p.signedAt === null)).toBe(true);
  });
});

describe('daily job: activation, renewal reminders, expiry', () => {
  it('activates on the start date, reminds once per threshold, expires after the end date', async () => {
    const m = (await k.call('POST', '/api/mous', 'tier02', draft({ startDate: '2026-12-01', endDate: '2027-02-28' }))).body;
    const sent = (await k.call('POST', `/api/mous/${m.id}/send`, 'tier02')).body;
    for (const who of ['ikm03', 'ikm04', 'tier02']) await k.call('POST', `/api/mous/${m.id}/sign`, who, { documentHash: sent.documentHash }, { 'idempotency-key': `d-${who}` });
    expect((await k.call('GET', `/api/mous/${m.id}`, 'tier02')).body.status).toBe('signed');
    const p = k.env.rt.services.partnerships;
    await p.runDaily('2026-12-01');
    expect((await k.call('GET', `/api/mous/${m.id}`, 'tier02')).body.status).toBe('active');
    const count = async () => (await k.env.database.query(`select count(*)::int as n from notifications where entity_id = $1 and kind = 'mou_expiring'`, [m.id]))[0] as { n: number };
    const before = (await count()).n;
    await p.runDaily('2027-02-01'); // 27 days left: 90 and 30 reached
    const once = (await count()).n;
    expect(once).toBeGreaterThan(before);
    await p.runDaily('2027-02-01');
    expect((await count()).n).toBe(once);
    await p.runDaily('2027-03-01');
    expect((await k.call('GET', `/api/mous/${m.id}`, 'tier02')).body.status).toBe('expired');
  });
});

describe('OpenAPI', () => {
  it('describes the MoU endpoints', async () => {
    const doc = (await k.call('GET', '/api/openapi.json')).body;
    for (const p of ['/api/mous', '/api/mous/{id}', '/api/mous/{id}/sign', '/api/mous/{id}/documents', '/api/notifications', '/api/notifications/unread-count']) expect(doc.paths[p], p).toBeDefined();
  });
});
