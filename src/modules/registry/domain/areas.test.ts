import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import {
  AREAS_SOURCE,
  findProvince,
  findRegency,
  findRegencyByCode,
  listProvinces,
  listRegencies,
  requireProvince,
  requireRegency,
} from './areas';

describe('provinces', () => {
  it('lists all 38 with Kemendagri codes, Aceh (11) to Papua Barat Daya (96)', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual({ code: '11', name: 'Aceh' });
    expect(provinces.at(-1)).toEqual({ code: '96', name: 'Papua Barat Daya' });
    expect(provinces.map((p) => p.code)).toEqual([
      '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36',
      '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82',
      '91', '92', '93', '94', '95', '96',
    ]);
    expect(AREAS_SOURCE).toMatch(/^idn-area-data@3\./);
  });

  it('names the provinces in title case', () => {
    const names = Object.fromEntries(listProvinces().map((p) => [p.code, p.name]));
    expect(names['31']).toBe('DKI Jakarta');
    expect(names['32']).toBe('Jawa Barat');
    expect(names['34']).toBe('Daerah Istimewa Yogyakarta');
    expect(names['19']).toBe('Kepulauan Bangka Belitung');
    expect(names['93']).toBe('Papua Selatan');
    expect(names['94']).toBe('Papua Tengah');
    expect(names['95']).toBe('Papua Pegunungan');
  });

  it.each(['32', 'Jawa Barat', 'JAWA BARAT', '  jawa   barat ', 'Provinsi Jawa Barat', 'Prov. Jawa Barat', 'Jabar'])(
    'finds Jawa Barat from %j',
    (input) => {
      expect(findProvince(input)?.code).toBe('32');
    },
  );

  it.each([
    ['DIY', '34'],
    ['DI Yogyakarta', '34'],
    ['D.I. Yogyakarta', '34'],
    ['DKI Jakarta', '31'],
    ['Jakarta', '31'],
    ['Kep. Riau', '21'],
    ['Kepulauan Bangka Belitung', '19'],
    ['NTT', '53'],
    ['papua barat daya', '96'],
  ])('finds %j as %s', (input, code) => {
    expect(findProvince(input)?.code).toBe(code);
  });

  it.each(['', '10', '97', '3', 'Jawa', 'Jawa Barat Daya', 'Provinsi'])('finds nothing for %j', (input) => {
    expect(findProvince(input)).toBeUndefined();
  });

  it('requireProvince throws registry.province_unknown', () => {
    expect(requireProvince('jawa timur').code).toBe('35');
    expect(() => requireProvince('Atlantis')).toThrow(AppError);
    expect(() => requireProvince('Atlantis')).toThrow(expect.objectContaining({ code: 'registry.province_unknown' }));
  });
});

describe('regencies and cities', () => {
  it('lists all 514, each under a known province', () => {
    const all = listRegencies();
    expect(all).toHaveLength(514);
    expect(all.filter((r) => r.kind === 'kota')).toHaveLength(98);
    expect(all.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
    const provinceCodes = new Set(listProvinces().map((p) => p.code));
    for (const r of all) {
      expect(provinceCodes.has(r.provinceCode)).toBe(true);
      expect(r.code.startsWith(`${r.provinceCode}.`)).toBe(true);
    }
    const perProvince = listProvinces().reduce((n, p) => n + listRegencies(p.code).length, 0);
    expect(perProvince).toBe(514);
  });

  it('lists a province by code or name', () => {
    expect(listRegencies('32')).toHaveLength(27);
    expect(listRegencies('Jawa Barat')).toBe(listRegencies('32'));
    expect(listRegencies('DKI Jakarta').map((r) => r.code)).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    expect(listRegencies('Atlantis')).toEqual([]);
  });

  it.each([
    ['32', 'Kab. Bogor', '32.01'],
    ['32', 'Kabupaten Bogor', '32.01'],
    ['32', 'KAB BOGOR', '32.01'],
    ['32', 'Kota Bogor', '32.71'],
    ['32', 'Kota Bekasi', '32.75'],
    ['Jawa Barat', 'kabupaten  bekasi', '32.16'],
    ['32', '32.01', '32.01'],
    ['32', '3201', '32.01'],
    ['31', 'Kota Adm. Jakarta Pusat', '31.71'],
    ['31', 'Jakarta Utara', '31.72'],
    ['31', 'Kab. Adm. Kep. Seribu', '31.01'],
    ['34', 'Sleman', '34.04'],
    ['35', 'Kota Surabaya', '35.78'],
    ['73', 'Kabupaten Pangkajene dan Kepulauan', '73.10'],
    ['74', 'Kota Baubau', '74.72'],
  ])('in %s finds %j as %s', (province, input, code) => {
    expect(findRegency(province, input)?.code).toBe(code);
  });

  it('describes a regency', () => {
    expect(findRegency('32', 'Kab. Bogor')).toEqual({
      code: '32.01',
      provinceCode: '32',
      name: 'Kabupaten Bogor',
      kind: 'kabupaten',
      shortName: 'Bogor',
    });
    expect(findRegencyByCode('3275')?.name).toBe('Kota Bekasi');
  });

  it('finds nothing when ambiguous, in another province or unknown', () => {
    expect(findRegency('32', 'Bogor')).toBeUndefined(); // both Kabupaten and Kota Bogor
    expect(findRegency('33', 'Kab. Bogor')).toBeUndefined();
    expect(findRegency('33', '32.01')).toBeUndefined();
    expect(findRegency('32', 'Kota Sleman')).toBeUndefined();
    expect(findRegency('99', 'Kab. Bogor')).toBeUndefined();
    expect(findRegency('32', 'Kota')).toBeUndefined();
  });

  it('requireRegency throws registry.regency_unknown', () => {
    expect(requireRegency('Jawa Barat', 'Kota Bekasi').code).toBe('32.75');
    expect(() => requireRegency('32', 'Kota Gotham')).toThrow(expect.objectContaining({ code: 'registry.regency_unknown' }));
    expect(() => requireRegency('Atlantis', 'Kota Bekasi')).toThrow(expect.objectContaining({ code: 'registry.province_unknown' }));
    expect(() => requireRegency('32', 'Kota Gotham')).toThrow(AppError);
  });
});
