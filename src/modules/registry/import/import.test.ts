import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { CERTIFICATION_KINDS, createIkmProfileSchema, MATERIALS, PROCESSES } from '../domain';
import { excelSerialToIso, parseDateCell, parseNumberCell, parseRupiahCell, parseYearCell, splitList } from './cells';
import { applyOverrides, assertComplete, parseMapPairs, suggestMapping } from './mapping';
import { readCsv, readTable } from './read-table';
import { createMatchers } from './row-input';
import { validateTable, type ExistingLookup } from './validate-rows';

const v = { processes: PROCESSES, materials: MATERIALS, certificationKinds: CERTIFICATION_KINDS };
const none: ExistingLookup = { byNib: async () => new Map(), byName: async () => new Map() };

const HEADER = 'Nama Perusahaan;Bentuk Usaha;NIB;NPWP;KBLI;Alamat;Provinsi;Kabupaten/Kota;Kode Pos;Jumlah Karyawan;Omzet;Proses;Sertifikasi;Kontak;No HP';
const ROW = (name: string, nib: string, extra: Partial<Record<'npwp' | 'kbli' | 'prov' | 'cert' | 'street', string>> = {}) =>
  `${name};CV;${nib};${extra.npwp ?? '01.234.567.8-901.000'};${extra.kbli ?? '25920'};${extra.street ?? 'Jl. Raya 1'};${extra.prov ?? 'Jawa Barat'};Kab. Bekasi;17530;12;Rp 1.500.000.000;Permesinan (bubut, frais, bor), Pengelasan;${extra.cert ?? ''};Sari;0812-1111-2222`;

async function dryRun(csv: string | Buffer) {
  const table = readCsv(Buffer.isBuffer(csv) ? csv : Buffer.from(csv));
  const mapping = suggestMapping(table.headers);
  assertComplete(mapping);
  return validateTable(table, mapping, createIkmProfileSchema(v), createMatchers(v), none);
}

describe('reading CSV', () => {
  it('strips the BOM, detects ";" and keeps quoted new lines inside a cell', () => {
    const t = readCsv(Buffer.from(`\uFEFFa;b;c\n1;"baris\nkedua";3\n\n4;5;6\n`));
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([{ number: 2, cells: ['1', 'baris\nkedua', '3'] }, { number: 4, cells: ['4', '5', '6'] }]);
  });

  it('reads comma, tab, UTF-16 and Windows-1252 files', () => {
    expect(readCsv(Buffer.from('a,b\n1,2')).delimiter).toBe(',');
    expect(readCsv(Buffer.from('a\tb\n1\t2')).delimiter).toBe('\t');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nama;kota\nCV Ä;Bekasi', 'utf16le')]);
    expect(readCsv(utf16).rows[0]!.cells).toEqual(['CV Ä', 'Bekasi']);
    expect(readCsv(Buffer.from([0x6e, 0x0a, 0x43, 0x56, 0x20, 0xc9])).rows[0]!.cells).toEqual(['CV É']);
  });

  it('refuses an unclosed quote and an old .xls file with a clear message', async () => {
    expect(() => readCsv(Buffer.from('a,b\n"1,2\n'))).toThrow(/tanda kutip tidak ditutup/);
    await expect(readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'x.xls')).rejects.toThrow(/xls/);
  });

  it('reads XLSX with dates and numbers typed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data IKM');
    ws.addRow(['NIB', 'Berlaku']);
    ws.addRow([9120001234567, new Date(Date.UTC(2027, 4, 1))]);
    const t = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect(t).toMatchObject({ format: 'xlsx', sheet: 'Data IKM', sheets: ['Data IKM'], headers: ['NIB', 'Berlaku'] });
    expect(t.rows[0]!.cells[0]).toBe(9120001234567);
    expect(parseDateCell(t.rows[0]!.cells[1]!)).toBe('2027-05-01');
    await expect(readTable(Buffer.from(await wb.xlsx.writeBuffer()), 'a.xlsx', 'Lain')).rejects.toThrow(/Sheet "Lain" tidak ada/);
  });
});

describe('cells', () => {
  it('reads dates as people write them, and Excel serial numbers', () => {
    expect(excelSerialToIso(46508)).toBe('2027-05-01');
    expect(parseDateCell(46508)).toBe('2027-05-01');
    expect(parseDateCell('46508')).toBe('2027-05-01');
    expect(parseDateCell('01/05/2027')).toBe('2027-05-01');
    expect(parseDateCell('1 Mei 2027')).toBe('2027-05-01');
    expect(parseDateCell('2027-05-01')).toBe('2027-05-01');
    expect(parseDateCell('31/02/2027')).toBe('31/02/2027');
    expect(parseDateCell('')).toBeNull();
    expect(parseYearCell('2005')).toBe(2005);
    expect(parseYearCell(38353)).toBe(2005);
  });

  it('reads Indonesian numbers and Rupiah', () => {
    expect(parseNumberCell('1.250')).toBe(1250);
    expect(parseNumberCell('2,5')).toBe(2.5);
    expect(parseNumberCell('empat')).toBe('empat');
    expect(parseRupiahCell('Rp 2.500.000.000')).toBe('2500000000');
    expect(parseRupiahCell(2500000000)).toBe('2500000000');
  });

  it('splits lists on ";" and on commas outside parentheses', () => {
    expect(splitList('Permesinan (bubut, frais, bor), Pengelasan')).toEqual(['Permesinan (bubut, frais, bor)', 'Pengelasan']);
    expect(splitList('a; b\nc')).toEqual(['a', 'b', 'c']);
  });
});

describe('column mapping', () => {
  it('maps Indonesian and English headers, and takes overrides', () => {
    const headers = ['Company Name', 'NIB', 'Tax ID', 'Kab/Kota', 'Catatan', 'Nama PT'];
    const m = suggestMapping(headers);
    expect(m).toMatchObject({ 'Company Name': 'legalName', NIB: 'nib', 'Tax ID': 'npwp', 'Kab/Kota': 'regency', Catatan: null, 'Nama PT': null });
    const o = applyOverrides(headers, m, parseMapPairs(['Nama PT=legalName', 'company name=-']));
    expect(o).toMatchObject({ 'Nama PT': 'legalName', 'Company Name': null });
    expect(() => applyOverrides(headers, m, { Nope: 'nib' })).toThrow(/Kolom "Nope" tidak ada/);
    expect(() => applyOverrides(headers, m, { NIB: 'nomor' })).toThrow(/Bidang "nomor" tidak dikenal/);
    expect(() => parseMapPairs(['tanpa-sama-dengan'])).toThrow(AppError);
    expect(() => assertComplete(m)).toThrow(/Kolom wajib tidak ditemukan/);
  });
});

describe('dry run', () => {
  it('accepts good rows, mapping labels to vocabulary keys', async () => {
    const r = await dryRun(`${HEADER}\n${ROW('CV Satu', '9120000000001', { cert: 'ISO 9001 | QMS-1 | 46508' })}\n`);
    expect(r.errors).toEqual([]);
    expect(r.valid[0]!.profile).toMatchObject({ legalForm: 'cv', processes: ['machining', 'welding'], annualTurnover: 1_500_000_000n, certifications: [{ kind: 'iso_9001', expiresOn: '2027-05-01' }] });
  });

  it('reports every bad row and field with its column and reason in Indonesian', async () => {
    const csv = [
      HEADER,
      ROW('CV Dua', '12345'),
      ROW('CV Tiga', '9120000000003', { npwp: '123', kbli: '99999', prov: 'Atlantis' }),
      ROW('CV Empat', '9120000000004', { cert: 'ISO 9001 | Q-1 | 31/02/2027' }),
    ].join('\n');
    const r = await dryRun(csv);
    expect(r.errorRows).toBe(3);
    const lines = r.errors.map((e) => `${e.row} ${e.column}: ${e.message}`);
    expect(lines).toEqual([
      '2 NIB: NIB harus 13 digit angka',
      '3 NPWP: NPWP harus 15 digit (format lama 99.999.999.9-999.999) atau 16 digit (NIK atau 0 + NPWP lama)',
      '3 KBLI: Kode KBLI 99999 tidak dikenal (KBLI 2020)',
      '3 Provinsi: Provinsi "Atlantis" tidak dikenal',
      '4 Sertifikasi: Sertifikasi ke-1: Tanggal kedaluwarsa sertifikat harus berformat YYYY-MM-DD',
    ]);
  });

  it('reports duplicates by NIB in the file and against the database, and same names with another NIB', async () => {
    const lookup: ExistingLookup = { byNib: async (n) => new Map(n.filter((x) => x === '9120000000009').map((x) => [x, { orgId: 'o1', legalName: 'CV Lama' }])), byName: async () => new Map() };
    const table = readCsv(Buffer.from([HEADER, ROW('CV A', '9120000000001'), ROW('CV A lagi', '9120000000001'), ROW('CV B', '9120000000009'), ROW('CV A', '9120000000002')].join('\n')));
    const r = await validateTable(table, suggestMapping(table.headers), createIkmProfileSchema(v), createMatchers(v), lookup);
    expect(r.valid.map((x) => x.row)).toEqual([2]);
    expect(r.duplicates.map((d) => d.message)).toEqual(['NIB 9120000000001 sama dengan baris 2; baris ini dilewati', 'NIB 9120000000009 sudah terdaftar atas nama CV Lama; baris ini dilewati']);
    expect(r.errors.map((e) => `${e.row}: ${e.message}`)).toEqual(['5: Nama badan usaha sama dengan baris 2 tetapi NIB berbeda']);
  });
});
