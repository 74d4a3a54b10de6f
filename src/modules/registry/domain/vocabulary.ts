/**
 * Controlled vocabularies of the registry: processes, materials, certification kinds, legal
 * forms and capacity units. These are the built-in defaults; programme admins may later add
 * entries (kept in the database) and merge them with `extendVocabulary`.
 */
export type Locale = 'id' | 'en';

export interface VocabularyEntry {
  /** Stable key stored in records: lower snake case, e.g. "injection_moulding". */
  readonly key: string;
  readonly label: { readonly id: string; readonly en: string };
}

export interface Vocabulary {
  readonly entries: readonly VocabularyEntry[];
  readonly keys: readonly string[];
  has(key: string): boolean;
  get(key: string): VocabularyEntry | undefined;
  /** The label in `locale`, or the key itself when unknown. */
  label(key: string, locale?: Locale): string;
}

export const VOCABULARY_KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** Builds a vocabulary; throws on a malformed or repeated key. */
export function createVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const byKey = new Map<string, VocabularyEntry>();
  for (const e of entries) {
    if (!VOCABULARY_KEY.test(e.key)) throw new Error(`vocabulary key must be lower snake case: "${e.key}"`);
    if (byKey.has(e.key)) throw new Error(`vocabulary key repeated: "${e.key}"`);
    byKey.set(e.key, Object.freeze({ key: e.key, label: Object.freeze({ ...e.label }) }));
  }
  const frozen = Object.freeze([...byKey.values()]);
  const keys = Object.freeze(frozen.map((e) => e.key));
  return Object.freeze({
    entries: frozen,
    keys,
    has: (key: string) => byKey.has(key),
    get: (key: string) => byKey.get(key),
    label: (key: string, locale: Locale = 'id') => byKey.get(key)?.label[locale] ?? key,
  });
}

/** The built-in entries followed by `extra` (e.g. admin-defined ones); a repeated key throws. */
export function extendVocabulary(base: Vocabulary, extra: readonly VocabularyEntry[]): Vocabulary {
  return createVocabulary([...base.entries, ...extra]);
}

const entries = (rows: ReadonlyArray<readonly [key: string, id: string, en: string]>): VocabularyEntry[] =>
  rows.map(([key, id, en]) => ({ key, label: { id, en } }));

/** Manufacturing processes (proses produksi). */
export const PROCESSES: Vocabulary = createVocabulary(
  entries([
    ['injection_moulding', 'Injeksi plastik', 'Plastic injection moulding'],
    ['blow_moulding', 'Cetak tiup plastik (blow moulding)', 'Blow moulding'],
    ['extrusion', 'Ekstrusi', 'Extrusion'],
    ['vacuum_forming', 'Cetak vakum (vacuum forming)', 'Vacuum forming'],
    ['polyurethane_moulding', 'Cetak poliuretan', 'Polyurethane moulding'],
    ['rubber_moulding', 'Cetak karet', 'Rubber moulding'],
    ['stamping_press', 'Stamping/press logam', 'Metal stamping (press)'],
    ['sheet_metal_fabrication', 'Fabrikasi pelat logam', 'Sheet metal fabrication'],
    ['laser_cutting', 'Potong laser', 'Laser cutting'],
    ['machining', 'Permesinan (bubut, frais, bor)', 'Machining (turning, milling, drilling)'],
    ['cnc_machining', 'Permesinan CNC', 'CNC machining'],
    ['casting', 'Pengecoran logam', 'Metal casting'],
    ['die_casting', 'Die casting (cetak tekan logam)', 'Die casting'],
    ['forging', 'Tempa', 'Forging'],
    ['welding', 'Pengelasan', 'Welding'],
    ['heat_treatment', 'Perlakuan panas', 'Heat treatment'],
    ['painting_coating', 'Pengecatan dan pelapisan', 'Painting and coating'],
    ['powder_coating', 'Pelapisan serbuk (powder coating)', 'Powder coating'],
    ['plating', 'Pelapisan logam (electroplating)', 'Plating (electroplating)'],
    ['die_making', 'Pembuatan cetakan dan perkakas (tool & die)', 'Tool and die making'],
    ['assembly', 'Perakitan', 'Assembly'],
    ['sewing_upholstery', 'Penjahitan dan pelapis jok', 'Sewing and upholstery'],
    ['wiring_harness', 'Perakitan wiring harness', 'Wiring harness assembly'],
  ]),
);

/** Materials (bahan). */
export const MATERIALS: Vocabulary = createVocabulary(
  entries([
    ['steel', 'Baja karbon', 'Carbon steel'],
    ['stainless_steel', 'Baja tahan karat', 'Stainless steel'],
    ['cast_iron', 'Besi cor', 'Cast iron'],
    ['aluminium', 'Aluminium', 'Aluminium'],
    ['copper', 'Tembaga', 'Copper'],
    ['brass', 'Kuningan', 'Brass'],
    ['zinc_alloy', 'Paduan seng', 'Zinc alloy'],
    ['polypropylene', 'Polipropilena (PP)', 'Polypropylene (PP)'],
    ['polyethylene', 'Polietilena (PE)', 'Polyethylene (PE)'],
    ['abs', 'ABS', 'ABS'],
    ['polyamide', 'Poliamida (PA/nilon)', 'Polyamide (PA/nylon)'],
    ['polycarbonate', 'Polikarbonat (PC)', 'Polycarbonate (PC)'],
    ['polyacetal', 'Poliasetal (POM)', 'Polyacetal (POM)'],
    ['pvc', 'PVC', 'PVC'],
    ['polyurethane', 'Poliuretan (PU)', 'Polyurethane (PU)'],
    ['natural_rubber', 'Karet alam', 'Natural rubber'],
    ['synthetic_rubber', 'Karet sintetis (NBR, EPDM, dll.)', 'Synthetic rubber (NBR, EPDM, etc.)'],
    ['leather', 'Kulit', 'Leather'],
    ['synthetic_leather', 'Kulit sintetis', 'Synthetic leather'],
    ['textile', 'Tekstil', 'Textile'],
    ['fibreglass', 'Serat kaca (fiberglass/FRP)', 'Fibreglass (FRP)'],
    ['wood', 'Kayu', 'Wood'],
    ['glass', 'Kaca', 'Glass'],
  ]),
);

/** Certification kinds (jenis sertifikasi). */
export const CERTIFICATION_KINDS: Vocabulary = createVocabulary(
  entries([
    ['iso_9001', 'ISO 9001 (Sistem Manajemen Mutu)', 'ISO 9001 (quality management)'],
    ['iatf_16949', 'IATF 16949 (Sistem Manajemen Mutu Otomotif)', 'IATF 16949 (automotive quality management)'],
    ['iso_14001', 'ISO 14001 (Sistem Manajemen Lingkungan)', 'ISO 14001 (environmental management)'],
    ['iso_45001', 'ISO 45001 (Sistem Manajemen K3)', 'ISO 45001 (occupational health and safety)'],
    ['smk3', 'SMK3 (PP 50/2012)', 'SMK3 (Indonesian OHS management system)'],
    ['sni', 'SNI (Standar Nasional Indonesia)', 'SNI (Indonesian National Standard)'],
    ['halal', 'Sertifikat Halal (BPJPH)', 'Halal certificate (BPJPH)'],
  ]),
);

/** Legal forms (bentuk badan usaha). */
export const LEGAL_FORMS: Vocabulary = createVocabulary(
  entries([
    ['pt', 'PT (Perseroan Terbatas)', 'Limited liability company (PT)'],
    ['pt_perorangan', 'PT Perorangan (Perseroan Perorangan)', 'Sole-shareholder company (PT Perorangan)'],
    ['cv', 'CV (Persekutuan Komanditer)', 'Limited partnership (CV)'],
    ['ud', 'UD (Usaha Dagang)', 'Sole trading business (UD)'],
    ['koperasi', 'Koperasi', 'Cooperative'],
    ['perorangan', 'Usaha perorangan', 'Individual business'],
  ]),
);

/** Units of production capacity (satuan kapasitas). */
export const CAPACITY_UNITS: Vocabulary = createVocabulary(
  entries([
    ['pcs', 'buah (pcs)', 'pieces'],
    ['set', 'set', 'sets'],
    ['pair', 'pasang', 'pairs'],
    ['kg', 'kilogram', 'kilograms'],
    ['ton', 'ton', 'tonnes'],
    ['m', 'meter', 'metres'],
    ['m2', 'meter persegi', 'square metres'],
    ['litre', 'liter', 'litres'],
    ['sheet', 'lembar', 'sheets'],
    ['roll', 'rol', 'rolls'],
  ]),
);
