import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { readCsv } from './import/read-table';
import { suggestMapping } from './import/mapping';
import { createMatchers } from './import/row-input';
import { validateTable } from './import/validate-rows';
import { BUYER, IKM, multipart, PROGRAMME, signInAll, type Caller } from './test-helpers';

let env: TestEnv;
let call: Caller;
let h: Record<string, Record<string, string>>;

beforeAll(async () => {
  env = await createTestEnv();
  ({ call, h } = await signInAll(env, [PROGRAMME, BUYER, IKM]));
});
afterAll(() => env.close());

const HEADER = 'Nama Badan Usaha;Bentuk Badan Usaha;NIB;NPWP;KBLI;Alamat;Provinsi;Kabupaten/Kota;Kode Pos;Tenaga Kerja;Kelas Usaha;Proses;Sertifikasi;Produk;Nama Kontak;Telepon';
const row = (name: string, nib: string, o: { npwp?: string; kbli?: string; prov?: string; street?: string; cert?: string } = {}) =>
  [name, 'CV', nib, o.npwp ?? '02.111.222.3-431.000', o.kbli ?? '25920', o.street ?? 'Jl. Impor No. 1', o.prov ?? 'Jawa Barat', 'Kabupaten Karawang', '41361', '15', 'kecil', '"Pengecoran logam; Permesinan"', o.cert ?? 'SNI | SNI-01 | 46508', 'Rangka besi', 'Dedi', '0812-3456-0001'].join(';');

async function upload(content: Buffer, filename: string, who = PROGRAMME) {
  const m = multipart(filename, content);
  const r = await env.app.inject({ method: 'POST', url: '/api/ikm/imports', headers: { ...h[who], ...m.headers }, payload: m.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

async function countIkm() {
  return (await call('GET', '/api/ikm?pageSize=1', PROGRAMME)).body.total as number;
}

describe('import through the API', () => {
  it('previews a malformed-but-readable CSV (BOM, ";", quoted new line) with a suggested mapping', async () => {
    const csv = `\uFEFF${HEADER}\n${row('CV Impor Satu', '9120555000001', { street: '"Jl. Impor No. 1\nBlok A"' })}\n`;
    const r = await upload(Buffer.from(csv), 'ikm.csv');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ format: 'csv', status: 'uploaded', totalRows: 1, preview: { delimiter: ';', rowCount: 1 } });
    expect(r.body.preview.suggestedMapping).toMatchObject({ 'Nama Badan Usaha': 'legalName', NIB: 'nib', 'Tenaga Kerja': 'workforceTotal', 'Kelas Usaha': 'turnoverBand' });
    expect(r.body.preview.sample[0].cells[5]).toBe('Jl. Impor No. 1\nBlok A');
    const v = await call('POST', `/api/ikm/imports/${r.body.id}/validate?wait=true`, PROGRAMME, {});
    expect(v.body).toMatchObject({ status: 'validated', validRows: 1, errorRows: 0 });
    const c = await call('POST', `/api/ikm/imports/${r.body.id}/commit?wait=true`, PROGRAMME, { status: 'submitted' });
    expect(c.body).toMatchObject({ status: 'committed', createdRows: 1 });
    const found = await call('GET', '/api/ikm?q=impor%20satu', PROGRAMME);
    expect(found.body.items[0]).toMatchObject({ legalName: 'CV Impor Satu', status: 'submitted', processes: ['casting', 'machining'] });
    const id = found.body.items[0].id;
    const certs = await call('GET', `/api/ikm/${id}/certifications`, PROGRAMME);
    expect(certs.body[0]).toMatchObject({ kind: 'sni', expiresOn: '2027-05-01' });
    expect((await call('POST', `/api/ikm/imports/${r.body.id}/commit?wait=true`, PROGRAMME, {})).body.error.code).toBe('registry.import_not_validated');
  });

  it('reports every bad row and writes nothing unless partial import is asked for', async () => {
    const before = await countIkm();
    const csv = [HEADER, row('CV Baik Satu', '9120555000010'), row('CV Salah NIB', '91205'), row('CV Salah Banyak', '9120555000012', { npwp: '12', kbli: '11111', prov: 'Narnia' }), row('CV Baik Dua', '9120555000013')].join('\r\n');
    const up = await upload(Buffer.from(csv), 'campur.csv');
    const v = await call('POST', `/api/ikm/imports/${up.body.id}/validate?wait=true`, PROGRAMME, {});
    expect(v.body).toMatchObject({ validRows: 2, errorRows: 2 });
    const errors = await call('GET', `/api/ikm/imports/${up.body.id}/errors?pageSize=50`, PROGRAMME);
    expect(errors.body.items.map((e: { row: number; column: string; message: string }) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      '3 NIB: NIB harus 13 digit angka',
      '4 NPWP: NPWP harus 15 digit (format lama 99.999.999.9-999.999) atau 16 digit (NIK atau 0 + NPWP lama)',
      '4 KBLI: Kode KBLI 11111 tidak dikenal (KBLI 2020)',
      '4 Provinsi: Provinsi "Narnia" tidak dikenal',
    ]);
    const refused = await call('POST', `/api/ikm/imports/${up.body.id}/commit?wait=true`, PROGRAMME, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('registry.import_has_errors');
    expect(await countIkm()).toBe(before);
    const partial = await call('POST', `/api/ikm/imports/${up.body.id}/commit?wait=true`, PROGRAMME, { partial: true });
    expect(partial.body).toMatchObject({ status: 'committed', createdRows: 2 });
    expect(await countIkm()).toBe(before + 2);
  });

  it('reports duplicates by NIB (in the file and already registered) instead of doubling them', async () => {
    const csv = [HEADER, row('CV Baru Tiga', '9120555000020'), row('CV Baru Tiga Lagi', '9120555000020'), row('CV Baik Satu', '9120555000010')].join('\n');
    const up = await upload(Buffer.from(csv), 'dup.csv');
    const v = await call('POST', `/api/ikm/imports/${up.body.id}/validate?wait=true`, PROGRAMME, {});
    expect(v.body).toMatchObject({ validRows: 1, errorRows: 0, duplicateRows: 2 });
    const d = await call('GET', `/api/ikm/imports/${up.body.id}/duplicates`, PROGRAMME);
    expect(d.body.items.map((x: { row: number; firstRow: number | null }) => [x.row, x.firstRow])).toEqual([[3, 2], [4, null]]);
    expect((await call('POST', `/api/ikm/imports/${up.body.id}/commit?wait=true`, PROGRAMME, {})).body.createdRows).toBe(1);
  });

  it('takes a column mapping and an XLSX sheet with Excel dates', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').addRow(['abaikan']);
    const ws = wb.addWorksheet('IKM');
    ws.addRow(['Perusahaan', 'Jenis', 'NIB', 'NPWP', 'KBLI', 'Alamat', 'Provinsi', 'Kota', 'Kode Pos', 'Karyawan', 'Omzet', 'Sertifikat', 'Kontak', 'HP', 'Tahun Berdiri']);
    ws.addRow(['PT Xlsx Makmur', 'PT', 9120555000030, '0023456789012000', 29300, 'Jl. Sheet 2', 'Jawa Timur', 'Kota Surabaya', 60183, 20, 3000000000, 'Halal | ID-1', 'Rina', '081234560030', new Date(Date.UTC(2009, 6, 1))]);
    const m = multipart('ikm.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const wrongSheet = await env.app.inject({ method: 'POST', url: '/api/ikm/imports?sheet=Lain', headers: { ...h[PROGRAMME], ...m.headers }, payload: m.payload });
    expect(wrongSheet.statusCode).toBe(422);
    expect(JSON.parse(wrongSheet.body).error.code).toBe('registry.import_sheet_not_found');
    const ok = await env.app.inject({ method: 'POST', url: '/api/ikm/imports?sheet=IKM', headers: { ...h[PROGRAMME], ...m.headers }, payload: m.payload });
    const body = JSON.parse(ok.body);
    expect(body).toMatchObject({ format: 'xlsx', sheet: 'IKM', preview: { sheets: ['Catatan', 'IKM'] } });
    const noMap = await call('POST', `/api/ikm/imports/${body.id}/validate?wait=true`, PROGRAMME, {});
    expect(noMap.body.error.code).toBe('registry.import_columns_missing');
    const v = await call('POST', `/api/ikm/imports/${body.id}/validate?wait=true`, PROGRAMME, { overrides: { Perusahaan: 'legalName', Jenis: 'legalForm', Sertifikat: 'certifications' } });
    expect(v.body).toMatchObject({ status: 'validated', validRows: 1, errorRows: 0, mapping: { Perusahaan: 'legalName', Kota: 'regency' } });
    await call('POST', `/api/ikm/imports/${body.id}/commit?wait=true`, PROGRAMME, { status: 'verified' });
    const found = await call('GET', '/api/ikm?q=xlsx%20makmur', BUYER);
    expect(found.body.items[0]).toMatchObject({ legalName: 'PT Xlsx Makmur', isVerified: true });
    expect((await call('GET', `/api/ikm/${found.body.items[0].id}`, BUYER)).body.yearFounded).toBe(2009);
  });

  it('is for programme staff only, and refuses non-multipart or empty uploads', async () => {
    expect((await upload(Buffer.from(`${HEADER}\n`), 'x.csv', IKM)).status).toBe(403);
    const notMultipart = await call('POST', '/api/ikm/imports', PROGRAMME, { a: 1 });
    expect(notMultipart.status).toBe(415);
    expect(notMultipart.body.error.code).toBe('registry.upload_not_multipart');
    const empty = await upload(Buffer.from(''), 'kosong.csv');
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('registry.import_empty');
    const binary = await upload(Buffer.from([1, 2, 0, 0, 5]), 'x.bin');
    expect(binary.body.error.code).toBe('registry.import_format_unknown');
  });
});

describe('export', () => {
  it('round-trips: the exported CSV imports again as duplicates with the same data, and no errors', async () => {
    const csv = await env.app.inject({ method: 'GET', url: '/api/ikm/export?format=csv&verified=true', headers: h[BUYER] });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.startsWith('\uFEFFNama Badan Usaha,')).toBe(true);
    const up = await upload(Buffer.from(csv.body), 'ekspor.csv');
    const v = await call('POST', `/api/ikm/imports/${up.body.id}/validate?wait=true`, PROGRAMME, {});
    expect(v.body.errorRows).toBe(0);
    expect(v.body.duplicateRows).toBe(v.body.totalRows);
    expect(v.body.totalRows).toBe((await call('GET', '/api/ikm?verified=true', BUYER)).body.total);
    // Every field comes back as stored.
    const table = readCsv(Buffer.from(csv.body));
    const { schema, vocabularies } = await env.rt.services.registry.vocabularies.profileSchema();
    const none = { byNib: async () => new Map(), byName: async () => new Map() };
    const report = await validateTable(table, suggestMapping(table.headers), schema, createMatchers(vocabularies), none);
    expect(report.valid.length).toBe(table.rows.length);
    const idColumn = table.headers.indexOf('ID Lingkar');
    for (const [i, parsed] of report.valid.entries()) {
      const stored = (await call('GET', `/api/ikm/${table.rows[i]!.cells[idColumn]}`, PROGRAMME)).body;
      const p = parsed.profile;
      expect({ ...p, annualTurnover: p.annualTurnover?.toString() ?? null, npwp: p.npwp.npwp16 }).toEqual({
        legalName: stored.legalName, brandName: stored.brandName, legalForm: stored.legalForm, nib: stored.nib, npwp: stored.npwp.npwp16, kbliCodes: stored.kbliCodes,
        address: stored.address, coordinates: stored.coordinates, yearFounded: stored.yearFounded, workforce: stored.workforce, annualTurnover: stored.annualTurnover,
        turnoverBand: stored.turnoverBand, processes: stored.processes, materials: stored.materials, machines: stored.machines, monthlyCapacity: stored.monthlyCapacity,
        certifications: stored.certifications.map((c: { kind: string; number: string; expiresOn: string | null }) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn })),
        products: stored.products, customers: stored.customers, contacts: stored.contacts,
      });
    }
  });

  it('exports XLSX with the same filters as the search', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/ikm/export?format=xlsx&process=polyurethane_moulding', headers: h[BUYER] });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const names = ws.getColumn(1).values.slice(2);
    expect(names).toEqual(['PT Kawani Tekno Nusantara', 'PT Sejahtera Poliuretan', 'PT Tegarusaha Mandirisejati']);
    const template = await env.app.inject({ method: 'GET', url: '/api/ikm/import-template?format=csv', headers: h[IKM] });
    expect(template.body.split('\r\n')[0]).toContain('Nama Badan Usaha,Nama Merek');
  });
});
