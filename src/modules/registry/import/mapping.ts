/**
 * Column mapping: which column of the file feeds which profile field. Suggested from the headers
 * (Indonesian or English, any case or punctuation) and overridable ("Nama PT=legalName", "Catatan=-").
 */
import { AppError } from '../../../core/errors';
import { COLUMN_BY_FIELD, COLUMNS, IMPORT_FIELDS, isImportField, REQUIRED_FIELDS, type ImportField } from './columns';

/** header → field (null: column ignored). */
export type Mapping = Record<string, ImportField | null>;

/** "Kabupaten / Kota" → "kabupatenkota". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const ALIASES = new Map<string, ImportField>();
for (const c of COLUMNS) {
  for (const name of [c.field, c.header, ...c.aliases]) {
    const key = normaliseHeader(name);
    if (!ALIASES.has(key)) ALIASES.set(key, c.field);
  }
}

/** A field for each header it recognises; each field is taken by the first header that names it. */
export function suggestMapping(headers: readonly string[]): Mapping {
  const taken = new Set<ImportField>();
  const mapping: Mapping = {};
  for (const h of headers) {
    const field = ALIASES.get(normaliseHeader(h)) ?? ALIASES.get(normaliseHeader(h.replace(/\s*\(\d+\)$/, '')));
    if (field && !taken.has(field)) {
      mapping[h] = field;
      taken.add(field);
    } else mapping[h] = null;
  }
  return mapping;
}

const mappingError = (message: string, params: Record<string, string | string[]> = {}) => new AppError('registry.import_mapping_invalid', 400, message, params);

/** Finds a header by exact text, else ignoring case and punctuation. */
function findHeader(headers: readonly string[], wanted: string): string | undefined {
  return headers.find((h) => h === wanted) ?? headers.find((h) => normaliseHeader(h) === normaliseHeader(wanted));
}

/**
 * Applies overrides "Column=field" ("Column=-" ignores the column). A field named by an override is
 * taken away from whichever column the suggestion gave it to.
 */
export function applyOverrides(headers: readonly string[], base: Mapping, overrides: Record<string, string>): Mapping {
  const mapping: Mapping = { ...base };
  for (const [column, target] of Object.entries(overrides)) {
    const header = findHeader(headers, column);
    if (!header) throw mappingError(`Kolom "${column}" tidak ada di berkas. Kolom yang ada: ${headers.join(', ')}.`, { column });
    const field = target.trim();
    if (field === '' || field === '-') {
      mapping[header] = null;
      continue;
    }
    if (!isImportField(field)) throw mappingError(`Bidang "${field}" tidak dikenal. Pilih salah satu: ${IMPORT_FIELDS.join(', ')}.`, { field });
    for (const h of Object.keys(mapping)) if (mapping[h] === field) mapping[h] = null;
    mapping[header] = field;
  }
  return mapping;
}

/** Parses CLI pairs "Column=field" (the column name may itself contain "="; the last "=" splits). */
export function parseMapPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const i = pair.lastIndexOf('=');
    if (i <= 0) throw mappingError(`Pemetaan "${pair}" harus berbentuk "Kolom=bidang" (mis. "Nama PT=legalName", atau "Catatan=-" untuk mengabaikan).`, { map: pair });
    out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

/** Checks a client-supplied mapping: headers must exist, fields must be known and used once. */
export function validateMapping(headers: readonly string[], mapping: Record<string, string | null>): Mapping {
  const out: Mapping = Object.fromEntries(headers.map((h) => [h, null]));
  const used = new Map<ImportField, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.includes(header)) throw mappingError(`Kolom "${header}" tidak ada di berkas.`, { column: header });
    if (target === null || target === '' || target === '-') continue;
    if (!isImportField(target)) throw mappingError(`Bidang "${target}" tidak dikenal. Pilih salah satu: ${IMPORT_FIELDS.join(', ')}.`, { field: target });
    const other = used.get(target);
    if (other) throw mappingError(`Bidang "${target}" dipetakan dari dua kolom: "${other}" dan "${header}".`, { field: target });
    used.set(target, header);
    out[header] = target;
  }
  return out;
}

/** Required fields no column feeds (annual turnover or size band: one of them). */
export function missingFields(mapping: Mapping): ImportField[] {
  const mapped = new Set(Object.values(mapping).filter((f): f is ImportField => f !== null));
  const missing = REQUIRED_FIELDS.filter((f) => !mapped.has(f));
  if (!mapped.has('annualTurnover') && !mapped.has('turnoverBand')) missing.push('annualTurnover');
  return missing;
}

/** Throws 400 naming every required field without a column. */
export function assertComplete(mapping: Mapping): void {
  const missing = missingFields(mapping);
  if (!missing.length) return;
  const names = missing.map((f) => `${COLUMN_BY_FIELD.get(f)!.header} (${f})`);
  throw new AppError('registry.import_columns_missing', 400, `Kolom wajib tidak ditemukan: ${names.join(', ')}. Petakan dengan "Kolom=bidang".`, { fields: missing });
}
