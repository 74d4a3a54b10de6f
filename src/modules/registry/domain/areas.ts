/**
 * Provinces (38) and regencies/cities (kabupaten/kota, 514) with Kemendagri codes.
 * Data: data/areas.json, generated from `idn-area-data` by data/generate-areas.ts.
 */
import { AppError } from '../../../core/errors';
import areaData from './data/areas.json' with { type: 'json' };

export interface Province {
  /** Kemendagri code, two digits: "11" Aceh … "96" Papua Barat Daya. */
  readonly code: string;
  /** Display name, e.g. "Jawa Barat", "DKI Jakarta". */
  readonly name: string;
}

export type RegencyKind = 'kabupaten' | 'kota';

export interface Regency {
  /** Kemendagri code "PP.RR", e.g. "32.01" (Kabupaten Bogor). */
  readonly code: string;
  readonly provinceCode: string;
  /** Full name, e.g. "Kabupaten Bogor", "Kota Administrasi Jakarta Pusat". */
  readonly name: string;
  readonly kind: RegencyKind;
  /** Name without "Kabupaten"/"Kota" and "Administrasi", e.g. "Bogor". */
  readonly shortName: string;
}

/** Where the area data came from (package and version). */
export const AREAS_SOURCE: string = areaData.source;

const PROVINCES: readonly Province[] = Object.freeze(
  areaData.provinces.map((p) => Object.freeze({ code: p.code, name: p.name })),
);

const REGENCIES: readonly Regency[] = Object.freeze(
  areaData.regencies.map((r) => {
    const m = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(r.name);
    if (!m) throw new Error(`areas.json: unexpected regency name "${r.name}"`);
    return Object.freeze({
      code: r.code,
      provinceCode: r.provinceCode,
      name: r.name,
      kind: m[1] === 'Kota' ? ('kota' as const) : ('kabupaten' as const),
      shortName: m[2]!,
    });
  }),
);

/** Lower case, punctuation to spaces, abbreviations spelled out, single spaces. */
function words(input: string): string[] {
  const tokens = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return tokens.map((t) => ABBREVIATIONS[t] ?? t);
}

const ABBREVIATIONS: Record<string, string> = {
  kab: 'kabupaten',
  kep: 'kepulauan',
  kepl: 'kepulauan',
  adm: 'administrasi',
  prov: 'provinsi',
  propinsi: 'provinsi',
};

/** Comparison key: the words run together, so "Bau Bau", "Bau-Bau" and "Baubau" meet. */
const key = (ws: readonly string[]): string => ws.join('');

/** Common short names and older names of provinces, by code. */
const PROVINCE_ALIASES: Record<string, readonly string[]> = {
  '11': ['Nanggroe Aceh Darussalam', 'NAD'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Bangka Belitung', 'Babel'],
  '21': ['Kepri'],
  '31': ['Jakarta', 'DKI', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Jakarta'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DIY', 'DI Yogyakarta', 'Yogyakarta'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
};

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const PROVINCE_BY_KEY = new Map<string, Province>();
for (const p of PROVINCES) {
  PROVINCE_BY_KEY.set(key(words(p.name)), p);
  for (const alias of PROVINCE_ALIASES[p.code] ?? []) PROVINCE_BY_KEY.set(key(words(alias)), p);
}

const REGENCY_BY_CODE = new Map(REGENCIES.map((r) => [r.code, r]));
const REGENCIES_BY_PROVINCE = new Map<string, Regency[]>();
for (const r of REGENCIES) {
  const list = REGENCIES_BY_PROVINCE.get(r.provinceCode) ?? [];
  list.push(r);
  REGENCIES_BY_PROVINCE.set(r.provinceCode, list);
}
for (const [code, list] of REGENCIES_BY_PROVINCE) REGENCIES_BY_PROVINCE.set(code, Object.freeze(list) as Regency[]);

/** All 38 provinces, ordered by code. */
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}

/** All regencies/cities, or those of one province (by code or name), ordered by code. */
export function listRegencies(provinceCodeOrName?: string): readonly Regency[] {
  if (provinceCodeOrName === undefined) return REGENCIES;
  const province = findProvince(provinceCodeOrName);
  return province ? (REGENCIES_BY_PROVINCE.get(province.code) ?? []) : [];
}

/**
 * A province by Kemendagri code ("32") or name, ignoring case, spacing and punctuation
 * ("Jawa Barat", "JAWA BARAT", "Provinsi Jawa Barat", "Jabar", "DIY").
 */
export function findProvince(codeOrName: string): Province | undefined {
  const trimmed = codeOrName.trim();
  if (/^\d{2}$/.test(trimmed)) return PROVINCE_BY_CODE.get(trimmed);
  let ws = words(trimmed);
  if (ws[0] === 'provinsi') ws = ws.slice(1);
  return ws.length ? PROVINCE_BY_KEY.get(key(ws)) : undefined;
}

/** A regency/city by its code alone ("32.01" or "3201"). */
export function findRegencyByCode(code: string): Regency | undefined {
  const m = /^(\d{2})\.?(\d{2})$/.exec(code.trim());
  return m ? REGENCY_BY_CODE.get(`${m[1]}.${m[2]}`) : undefined;
}

/**
 * A regency/city of a province by code ("32.01", "3201") or name: "Kabupaten Bogor",
 * "Kab. Bogor", "KAB BOGOR", "Kota Bekasi", "Kota Adm. Jakarta Pusat", or a bare name
 * ("Sleman") when only one regency/city of the province has it ("Bogor" alone is both a
 * kabupaten and a kota, so it finds nothing).
 */
export function findRegency(provinceCodeOrName: string, codeOrName: string): Regency | undefined {
  const province = findProvince(provinceCodeOrName);
  if (!province) return undefined;
  const byCode = findRegencyByCode(codeOrName);
  if (byCode) return byCode.provinceCode === province.code ? byCode : undefined;

  let ws = words(codeOrName);
  let kind: RegencyKind | undefined;
  if (ws[0] === 'kabupaten' || ws[0] === 'kota') {
    kind = ws[0];
    ws = ws.slice(1);
  }
  if (ws[0] === 'administrasi') ws = ws.slice(1);
  if (!ws.length) return undefined;
  const wanted = key(ws);
  const matches = (REGENCIES_BY_PROVINCE.get(province.code) ?? []).filter(
    (r) => key(words(r.shortName)) === wanted && (kind === undefined || r.kind === kind),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** Like findProvince, but throws AppError `registry.province_unknown` (400). */
export function requireProvince(codeOrName: string): Province {
  const province = findProvince(codeOrName);
  if (!province) {
    throw new AppError('registry.province_unknown', 400, `Provinsi "${codeOrName}" tidak dikenal`, {
      province: codeOrName,
    });
  }
  return province;
}

/** Like findRegency, but throws AppError `registry.province_unknown` or `registry.regency_unknown` (400). */
export function requireRegency(provinceCodeOrName: string, codeOrName: string): Regency {
  const province = requireProvince(provinceCodeOrName);
  const regency = findRegency(province.code, codeOrName);
  if (!regency) {
    throw new AppError(
      'registry.regency_unknown',
      400,
      `Kabupaten/kota "${codeOrName}" tidak dikenal di provinsi ${province.name}`,
      { province: province.code, regency: codeOrName },
    );
  }
  return regency;
}
