import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import {
  KBLI_2020,
  KBLI_2020_DIVISIONS,
  findKbli,
  isKbli2020,
  kbliTitle,
  listKbliByDivision,
  requireKbli2020,
  searchKbli,
} from './kbli';

describe('KBLI 2020 list', () => {
  it('holds unique, ordered five-digit codes of divisions 10–33, each tagged 2020', () => {
    const codes = KBLI_2020.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const e of KBLI_2020) {
      expect(e.code).toMatch(/^\d{5}$/);
      expect(Number(e.division)).toBeGreaterThanOrEqual(10);
      expect(Number(e.division)).toBeLessThanOrEqual(33);
      expect(e.division).toBe(e.code.slice(0, 2));
      expect(e.edition).toBe('2020');
      expect(e.title).toMatch(/^(Industri|Kegiatan|Penjahitan|Reproduksi|Reparasi|Instalasi|Jasa)[ /]/);
    }
  });

  it('covers every division 10–33 and names each', () => {
    const divisions = KBLI_2020_DIVISIONS.map((d) => d.code);
    expect(divisions).toEqual(Array.from({ length: 24 }, (_, i) => String(10 + i)));
    for (const d of divisions) expect(listKbliByDivision(d).length).toBeGreaterThan(0);
  });

  it('is reasonably complete for the transport-equipment divisions', () => {
    expect(KBLI_2020.length).toBeGreaterThanOrEqual(450);
    expect(listKbliByDivision('22').map((e) => e.code)).toEqual([
      '22111', '22112', '22121', '22122', '22123', '22191', '22192', '22193', '22194', '22199',
      '22210', '22220', '22230', '22291', '22292', '22293', '22299',
    ]);
    expect(listKbliByDivision('29').map((e) => e.code)).toEqual(['29101', '29102', '29200', '29300']);
    expect(listKbliByDivision('30').map((e) => e.code)).toContain('30911');
  });

  it.each([
    ['22220', 'Industri Barang dari Plastik untuk Pengemasan'],
    ['22293', 'Industri Barang dan Peralatan Teknik/Industri dari Plastik'],
    ['24310', 'Industri Pengecoran Besi dan Baja'],
    ['25910', 'Industri Penempaan, Pengepresan, Pencetakan dan Pembentukan Logam; Metalurgi Bubuk'],
    ['27320', 'Industri Kabel Listrik dan Elektronik Lainnya'],
    ['28140', 'Industri Bearing, Roda Gigi dan Elemen Penggerak Mesin'],
    ['29300', 'Industri Suku Cadang dan Aksesori Kendaraan Bermotor Roda Empat atau Lebih'],
    ['30911', 'Industri Sepeda Motor Roda Dua dan Tiga'],
    ['30912', 'Industri Komponen dan Perlengkapan Sepeda Motor Roda Dua dan Tiga'],
    ['31001', 'Industri Furnitur dari Kayu'],
    ['33200', 'Instalasi/Pemasangan Mesin dan Peralatan Industri'],
  ])('%s is "%s"', (code, title) => {
    expect(isKbli2020(code)).toBe(true);
    expect(kbliTitle(code)).toBe(title);
    expect(findKbli(code)).toEqual({ code, title, edition: '2020', division: code.slice(0, 2) });
  });

  it.each(['', '2930', '293000', '29301', '99999', '62010', 'abcde'])('does not know %j', (code) => {
    expect(isKbli2020(code)).toBe(false);
    expect(kbliTitle(code)).toBeUndefined();
  });

  it('requireKbli2020 throws registry.kbli_unknown', () => {
    expect(requireKbli2020('29300').division).toBe('29');
    expect(() => requireKbli2020('99999')).toThrow(AppError);
    expect(() => requireKbli2020('99999')).toThrow(expect.objectContaining({ code: 'registry.kbli_unknown', status: 400 }));
  });

  it('searches by title words or code prefix', () => {
    expect(searchKbli('sepeda motor').map((e) => e.code)).toEqual(['30911', '30912']);
    expect(searchKbli('3091').map((e) => e.code)).toEqual(['30911', '30912']);
    expect(searchKbli('  ')).toEqual([]);
    expect(searchKbli('plastik', 3)).toHaveLength(3);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(KBLI_2020)).toBe(true);
    expect(Object.isFrozen(KBLI_2020[0])).toBe(true);
  });
});
