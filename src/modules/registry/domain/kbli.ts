/**
 * KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) codes. Every code carries its edition: the
 * shipped list is KBLI 2020, section C (manufacturing, divisions 10–33). KBLI 2025, which BPS
 * issued to replace it, can be added beside it as another edition.
 */
import { AppError } from '../../../core/errors';
import { KBLI_2020_SECTION_C } from './data/kbli-2020';

export type KbliEdition = '2020';

export interface KbliEntry {
  /** Five digits (kelompok), e.g. "29300". */
  readonly code: string;
  /** Indonesian title as published by BPS. */
  readonly title: string;
  readonly edition: KbliEdition;
  /** Two-digit division (golongan pokok), e.g. "29". */
  readonly division: string;
}

export interface KbliDivision {
  readonly code: string;
  readonly title: { readonly id: string; readonly en: string };
}

/** KBLI 2020 section C divisions (golongan pokok) 10–33. */
export const KBLI_2020_DIVISIONS: readonly KbliDivision[] = Object.freeze(
  (
    [
      ['10', 'Industri Makanan', 'Food products'],
      ['11', 'Industri Minuman', 'Beverages'],
      ['12', 'Industri Pengolahan Tembakau', 'Tobacco products'],
      ['13', 'Industri Tekstil', 'Textiles'],
      ['14', 'Industri Pakaian Jadi', 'Wearing apparel'],
      ['15', 'Industri Kulit, Barang dari Kulit dan Alas Kaki', 'Leather and footwear'],
      ['16', 'Industri Kayu, Barang dari Kayu dan Gabus (Tidak Termasuk Furnitur) dan Barang Anyaman dari Bambu, Rotan dan Sejenisnya', 'Wood and cork products, except furniture'],
      ['17', 'Industri Kertas dan Barang dari Kertas', 'Paper and paper products'],
      ['18', 'Industri Pencetakan dan Reproduksi Media Rekaman', 'Printing and reproduction of recorded media'],
      ['19', 'Industri Produk dari Batu Bara dan Pengilangan Minyak Bumi', 'Coke and refined petroleum products'],
      ['20', 'Industri Bahan Kimia dan Barang dari Bahan Kimia', 'Chemicals and chemical products'],
      ['21', 'Industri Farmasi, Produk Obat Kimia dan Obat Tradisional', 'Pharmaceuticals'],
      ['22', 'Industri Karet, Barang dari Karet dan Plastik', 'Rubber and plastic products'],
      ['23', 'Industri Barang Galian Bukan Logam', 'Other non-metallic mineral products'],
      ['24', 'Industri Logam Dasar', 'Basic metals'],
      ['25', 'Industri Barang Logam, Bukan Mesin dan Peralatannya', 'Fabricated metal products, except machinery'],
      ['26', 'Industri Komputer, Barang Elektronik dan Optik', 'Computer, electronic and optical products'],
      ['27', 'Industri Peralatan Listrik', 'Electrical equipment'],
      ['28', 'Industri Mesin dan Perlengkapan YTDL', 'Machinery and equipment n.e.c.'],
      ['29', 'Industri Kendaraan Bermotor, Trailer dan Semi Trailer', 'Motor vehicles, trailers and semi-trailers'],
      ['30', 'Industri Alat Angkutan Lainnya', 'Other transport equipment'],
      ['31', 'Industri Furnitur', 'Furniture'],
      ['32', 'Industri Pengolahan Lainnya', 'Other manufacturing'],
      ['33', 'Jasa Reparasi dan Pemasangan Mesin dan Peralatan', 'Repair and installation of machinery and equipment'],
    ] as const
  ).map(([code, id, en]) => Object.freeze({ code, title: Object.freeze({ id, en }) })),
);

/** The shipped KBLI 2020 codes, ordered by code. */
export const KBLI_2020: readonly KbliEntry[] = Object.freeze(
  KBLI_2020_SECTION_C.map(([code, title]) =>
    Object.freeze({ code, title, edition: '2020' as const, division: code.slice(0, 2) }),
  ),
);

const BY_CODE = new Map(KBLI_2020.map((e) => [e.code, e]));

/** True for a five-digit code in the shipped KBLI 2020 list. */
export function isKbli2020(code: string): boolean {
  return BY_CODE.has(code.trim());
}

export function findKbli(code: string): KbliEntry | undefined {
  return BY_CODE.get(code.trim());
}

/** The Indonesian title of a KBLI 2020 code, or undefined when the code is not in the list. */
export function kbliTitle(code: string): string | undefined {
  return BY_CODE.get(code.trim())?.title;
}

/** Codes of one division ("29"), ordered by code. */
export function listKbliByDivision(division: string): readonly KbliEntry[] {
  return KBLI_2020.filter((e) => e.division === division);
}

/** Codes whose title contains every word of `query` (case-insensitive), or whose code starts with it. */
export function searchKbli(query: string, limit = 20): readonly KbliEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  if (/^\d+$/.test(q)) return KBLI_2020.filter((e) => e.code.startsWith(q)).slice(0, limit);
  const terms = q.split(/\s+/);
  return KBLI_2020.filter((e) => {
    const title = e.title.toLowerCase();
    return terms.every((t) => title.includes(t));
  }).slice(0, limit);
}

/** Returns the entry or throws AppError `registry.kbli_unknown` (400). */
export function requireKbli2020(code: string): KbliEntry {
  const entry = findKbli(code);
  if (!entry) {
    throw new AppError('registry.kbli_unknown', 400, `Kode KBLI "${code}" tidak dikenal (KBLI 2020)`, { kbli: code });
  }
  return entry;
}
