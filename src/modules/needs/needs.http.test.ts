import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TEST_ORIGIN, type TestEnv } from '../../test/harness';

const PROGRAMME = 'admin@kemenperin.demo.lingkar.id';
const AHM = 'admin@ahm.demo.lingkar.id';
const TIER = 'admin@tier02.demo.lingkar.id';
const IKM1 = 'admin@ikm01.demo.lingkar.id';
const IKM2 = 'admin@ikm02.demo.lingkar.id';
const IKM_RETURNED = 'admin@ikm32.demo.lingkar.id';
const LENDER = 'admin@mandiri.demo.lingkar.id';

let env: TestEnv;
const h: Record<string, Record<string, string>> = {};
const orgOf: Record<string, string> = {};

async function call(method: string, url: string, who: string, payload?: unknown) {
  const r = await env.app.inject({ method: method as 'GET', url, headers: h[who], payload: payload as object });
  const json = String(r.headers['content-type'] ?? '').includes('json');
  return { status: r.statusCode, body: json && r.body ? JSON.parse(r.body) : r.body, raw: r.rawPayload, headers: r.headers };
}

function multipart(filename: string, content: Buffer) {
  const boundary = '----lingkar-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(url: string, who: string, filename: string, content: Buffer) {
  const m = multipart(filename, content);
  const r = await env.app.inject({ method: 'POST', url, headers: { ...h[who], 'content-type': m.contentType }, payload: m.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const newNeed = (over: Record<string, unknown> = {}) => ({
  partName: 'Karet peredam getaran mesin',
  partNumber: 'T02-RD-77',
  sector: 'sepeda_motor',
  material: 'synthetic_rubber',
  processes: ['rubber_moulding'],
  annualVolume: 120_000,
  targetUnitPrice: '2300',
  deliveryPlant: { name: 'Cikupa', provinceCode: 'Banten', regencyCode: 'Kabupaten Tangerang' },
  deadline: '2026-12-31',
  visibility: 'all_verified',
  publish: true,
  ...over,
});

beforeAll(async () => {
  env = await createTestEnv();
  for (const who of [PROGRAMME, AHM, TIER, IKM1, IKM2, IKM_RETURNED, LENDER, 'admin@ikm05.demo.lingkar.id', 'admin@tier04.demo.lingkar.id', 'pembelian@ahm.demo.lingkar.id']) {
    h[who] = await env.signIn(who);
    orgOf[who] = (await call('GET', '/api/me', who)).body.organisation.id;
  }
});
afterAll(() => env.close());

describe('part needs: who posts and who sees', () => {
  let needId = '';

  it('a buyer posts a need with every field; money comes back as digit strings', async () => {
    const r = await call('POST', '/api/needs', TIER, newNeed({ replacesImport: true, importLandedCost: '4100', importOriginCountry: 'jp', showPrices: false, requiredCertifications: ['sni'], startDate: '2027-03-01', monthlyVolume: 10_000 }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'open', targetUnitPrice: '2300', importLandedCost: '4100', importOriginCountry: 'JP', monthlyVolume: 10_000, deliveryPlant: { provinceCode: '36', regencyCode: '36.03', regencyName: 'Kabupaten Tangerang' } });
    expect(r.body.reference).toMatch(/^RFQ-2026-\d{6}$/);
    needId = r.body.id;
  });

  it('names the field of bad input', async () => {
    const bad = await call('POST', '/api/needs', TIER, newNeed({ processes: ['sulap'] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'needs.process_unknown', params: { field: 'processes' } });
    expect((await call('POST', '/api/needs', TIER, newNeed({ replacesImport: true }))).body.error.code).toBe('needs.import_cost_required');
    expect((await call('POST', '/api/needs', TIER, newNeed({ deadline: '2026-01-01' }))).body.error.code).toBe('needs.deadline_past');
    expect((await call('POST', '/api/needs', TIER, newNeed({ targetUnitPrice: '12.5' }))).body.error.params.field).toBe('body.targetUnitPrice');
  });

  it('IKM, lenders and buyer viewers cannot post; staff can', async () => {
    expect((await call('POST', '/api/needs', IKM1, newNeed())).status).toBe(403);
    expect((await call('POST', '/api/needs', LENDER, newNeed())).status).toBe(403);
    expect((await call('POST', '/api/needs', 'pembelian@ahm.demo.lingkar.id', newNeed())).status).toBe(201);
  });

  it('another buyer gets 404 for the need, its quotations and its comparison; a lender too', async () => {
    for (const url of [`/api/needs/${needId}`, `/api/needs/${needId}/quotations`, `/api/needs/${needId}/quotations/compare`, `/api/needs/${needId}/matches`, `/api/needs/${needId}/files`]) {
      expect((await call('GET', url, AHM)).status, url).toBe(404);
    }
    expect((await call('GET', `/api/needs/${needId}`, LENDER)).status).toBe(404);
    expect((await call('GET', '/api/needs', LENDER)).status).toBe(403);
    expect((await call('PATCH', `/api/needs/${needId}`, AHM, { partName: 'Diambil alih' })).status).toBe(404);
  });

  it('a verified IKM sees an all-verified need but not the hidden prices; an unverified IKM does not see it', async () => {
    const seen = await call('GET', `/api/needs/${needId}`, 'admin@ikm05.demo.lingkar.id');
    expect(seen.status).toBe(200);
    expect(seen.body.targetUnitPrice).toBeNull();
    expect(seen.body.importLandedCost).toBeNull();
    expect(seen.body.quotationCount).toBeNull();
    expect((await call('GET', `/api/needs/${needId}`, IKM_RETURNED)).status).toBe(404);
    const list = await call('GET', '/api/needs?pageSize=100', IKM_RETURNED);
    expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(needId);
  });

  it('drafts are visible to their buyer only; invited needs to invited IKM only', async () => {
    const draft = await call('POST', '/api/needs', TIER, newNeed({ publish: false, partName: 'Draf rahasia' }));
    expect((await call('GET', `/api/needs/${draft.body.id}`, IKM1)).status).toBe(404);
    const invited = await call('POST', '/api/needs', TIER, newNeed({ visibility: 'invited', partName: 'Undangan khusus', invitedOrgIds: [orgOf[IKM2]] }));
    expect((await call('GET', `/api/needs/${invited.body.id}`, IKM2)).status).toBe(200);
    expect((await call('GET', `/api/needs/${invited.body.id}`, IKM1)).status).toBe(404);
    expect((await call('POST', `/api/needs/${invited.body.id}/invitations`, TIER, { orgIds: [orgOf[IKM1]] })).status).toBe(200);
    expect((await call('GET', `/api/needs/${invited.body.id}`, IKM1)).status).toBe(200);
    expect((await call('POST', `/api/needs/${invited.body.id}/invitations`, TIER, { orgIds: [orgOf[AHM]] })).body.error.code).toBe('needs.invitee_not_ikm');
    expect((await call('DELETE', `/api/needs/${invited.body.id}/invitations/${orgOf[IKM1]}`, TIER)).status).toBe(200);
    expect((await call('GET', `/api/needs/${invited.body.id}`, IKM1)).status).toBe(404);
  });

  it('event needs are visible to the IKM registered at the event', async () => {
    const events = await call('GET', '/api/events', PROGRAMME);
    const eventId = events.body.items[0].id;
    const r = await call('POST', '/api/needs', TIER, newNeed({ visibility: 'event', eventId, partName: 'Khusus peserta pameran' }));
    expect(r.status).toBe(201);
    expect((await call('GET', `/api/needs/${r.body.id}`, IKM1)).status).toBe(200);
    const catalogue = await call('GET', `/api/events/${eventId}/needs`, IKM1);
    expect(catalogue.body.items.map((n: { id: string }) => n.id)).toContain(r.body.id);
    expect((await call('POST', '/api/needs', TIER, newNeed({ visibility: 'event' }))).body.error.code).toBe('needs.event_required');
  });

  it('the buyer closes and reopens; transitions out of order are refused', async () => {
    expect((await call('POST', `/api/needs/${needId}/publish`, TIER)).body.error.code).toBe('needs.status_invalid');
    expect((await call('POST', `/api/needs/${needId}/close`, IKM1)).status).toBe(403);
    expect((await call('POST', `/api/needs/${needId}/close`, TIER)).body.status).toBe('closed');
    expect((await call('GET', `/api/needs/${needId}`, 'admin@ikm05.demo.lingkar.id')).status).toBe(404);
    expect((await call('POST', `/api/needs/${needId}/reopen`, TIER)).body.status).toBe('open');
  });

  describe('interest, quotations, comparison, shortlist', () => {
    let q1 = '';
    let q2 = '';

    it('IKM express interest and quote; each IKM sees only its own quotation', async () => {
      expect((await call('POST', `/api/needs/${needId}/interest`, IKM1, { note: 'Tertarik' })).body.interested).toBe(true);
      q1 = (await call('POST', `/api/needs/${needId}/quotations`, IKM1, { unitPrice: '2250', toolingCost: '45000000', leadTimeDays: 45, capacityPerMonth: 15_000, notes: 'Mold 8 kavitas' })).body.id;
      const second = await call('POST', `/api/needs/${needId}/quotations`, IKM2, { unitPrice: '2100', leadTimeDays: 60, capacityPerMonth: 8_000 });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ toolingCost: '0', revision: 1, isShortlisted: null });
      q2 = second.body.id;
      const own = await call('GET', `/api/needs/${needId}/quotations`, IKM1);
      expect(own.body.map((q: { id: string }) => q.id)).toEqual([q1]);
      expect((await call('GET', `/api/quotations/${q2}`, IKM1)).status).toBe(404);
      expect((await call('GET', `/api/quotations/${q2}`, AHM)).status).toBe(404);
      expect((await call('POST', `/api/needs/${needId}/quotations`, TIER, { unitPrice: '1', leadTimeDays: 1, capacityPerMonth: 1 })).status).toBe(403);
      const revised = await call('POST', `/api/needs/${needId}/quotations`, IKM1, { unitPrice: '2200', toolingCost: '45000000', leadTimeDays: 45, capacityPerMonth: 15_000 });
      expect(revised.body).toMatchObject({ id: q1, revision: 2, unitPrice: '2200' });
      expect((await call('GET', '/api/quotations/mine', IKM1)).body.map((q: { need: { id: string } }) => q.need.id)).toContain(needId);
    });

    it('the buyer compares side by side and shortlists', async () => {
      const all = await call('GET', `/api/needs/${needId}/quotations`, TIER);
      expect(all.body).toHaveLength(2);
      const c = await call('GET', `/api/needs/${needId}/quotations/compare`, TIER);
      expect(c.status).toBe(200);
      const [first, second] = c.body.rows;
      // 2200 × 120000 + 45 000 000 = 309 000 000; 2100 × 120000 = 252 000 000
      expect(first).toMatchObject({ quotationId: q2, firstYearCost: '252000000', vsTargetPercent: -8.7, yearlySavingVsImport: '240000000', meetsCapacity: false, capacityCoveragePercent: 80, best: { unitPrice: true, firstYearCost: true, leadTime: false, capacity: false } });
      expect(second).toMatchObject({ quotationId: q1, firstYearCost: '309000000', vsTargetPercent: -4.3, meetsCapacity: true, best: { leadTime: true, capacity: true } });
      expect((await call('GET', `/api/needs/${needId}/quotations/compare`, IKM1)).status).toBe(403);
      expect((await call('PUT', `/api/quotations/${q1}/shortlist`, IKM1, { isShortlisted: true })).status).toBe(404);
      const s = await call('PUT', `/api/quotations/${q1}/shortlist`, TIER, { isShortlisted: true });
      expect(s.body.isShortlisted).toBe(true);
      expect((await call('GET', `/api/quotations/${q1}`, IKM1)).body.isShortlisted).toBeNull();
      expect((await call('GET', `/api/needs/${needId}/interests`, TIER)).body.map((i: { orgId: string }) => i.orgId).sort()).toEqual([orgOf[IKM1], orgOf[IKM2]].sort());
    });

    it('quotations close at the deadline', async () => {
      const soon = await call('POST', '/api/needs', TIER, newNeed({ deadline: '2026-11-26' }));
      env.clock.advance(2 * 86_400_000);
      const late = await call('POST', `/api/needs/${soon.body.id}/quotations`, IKM1, { unitPrice: '2000', leadTimeDays: 30, capacityPerMonth: 20_000 });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('needs.deadline_passed');
      env.clock.advance(-2 * 86_400_000);
    });

    it('drawings and quotation files: typed by content, visible to the right parties', async () => {
      const f = await upload(`/api/needs/${needId}/files`, TIER, 'gambar.pdf', PDF);
      expect(f.status).toBe(201);
      expect(f.body).toMatchObject({ mime: 'application/pdf', quotationId: null });
      expect((await upload(`/api/needs/${needId}/files`, TIER, 'virus.exe', Buffer.from('MZ\x90\x00'))).body.error.code).toBe('needs.file_type_not_allowed');
      expect((await upload(`/api/needs/${needId}/files`, IKM1, 'x.pdf', PDF)).status).toBe(403);
      const down = await call('GET', `/api/needs/${needId}/files/${f.body.id}`, 'admin@ikm05.demo.lingkar.id');
      expect(down.status).toBe(200);
      expect(down.raw.equals(PDF)).toBe(true);
      expect((await call('GET', `/api/needs/${needId}/files/${f.body.id}`, AHM)).status).toBe(404);
      const qf = await upload(`/api/needs/${needId}/quotations/${q1}/files`, IKM1, 'penawaran.pdf', PDF);
      expect(qf.status).toBe(201);
      expect((await upload(`/api/needs/${needId}/quotations/${q1}/files`, IKM2, 'x.pdf', PDF)).status).toBe(404);
      expect((await call('GET', `/api/needs/${needId}/quotations/${q1}/files`, TIER)).body).toHaveLength(1);
      expect((await call('GET', `/api/needs/${needId}/quotations/${q1}/files`, IKM2)).status).toBe(404);
      expect((await call('GET', `/api/needs/${needId}/files/${qf.body.id}`, IKM2)).status).toBe(404);
      expect((await call('DELETE', `/api/needs/${needId}/files/${qf.body.id}`, TIER)).status).toBe(404);
      expect((await call('DELETE', `/api/needs/${needId}/files/${qf.body.id}`, IKM1)).status).toBe(200);
    });

    it('withdrawing takes the quotation off the comparison', async () => {
      expect((await call('POST', `/api/quotations/${q2}/withdraw`, IKM1)).status).toBe(404);
      expect((await call('POST', `/api/quotations/${q2}/withdraw`, IKM2)).body.status).toBe('withdrawn');
      expect((await call('GET', `/api/needs/${needId}/quotations/compare`, TIER)).body.rows).toHaveLength(1);
    });
  });

  it('programme staff see every need and every audit trail of it', async () => {
    const all = await call('GET', '/api/needs?pageSize=200', PROGRAMME);
    expect(all.body.total).toBeGreaterThanOrEqual(8);
    const audit = await call('GET', '/api/audit?action=needs.&pageSize=200', PROGRAMME);
    expect(audit.body.items.some((e: { action: string }) => e.action === 'needs.quotation_shortlisted')).toBe(true);
    void TEST_ORIGIN;
  });
});
