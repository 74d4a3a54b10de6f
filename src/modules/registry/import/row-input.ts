/**
 * One spreadsheet row → the profile input the domain schema validates, and a schema issue back to the
 * spreadsheet field (column) it came from.
 */
import { CAPACITY_UNITS, LEGAL_FORMS, type Vocabulary } from '../domain';
import { cellText, parseDateCell, parseDecimalCell, parseNumberCell, parseRupiahCell, parseSizeCell, parseYearCell, splitList, splitParts, vocabularyMatcher } from './cells';
import type { ImportField } from './columns';
import type { Mapping } from './mapping';
import type { Cell } from './read-table';

export type MappedRow = Partial<Record<ImportField, Cell>>;

export function mapRow(cells: readonly Cell[], headers: readonly string[], mapping: Mapping): MappedRow {
  const row: MappedRow = {};
  headers.forEach((h, i) => {
    const field = mapping[h];
    if (field) row[field] = cells[i] ?? null;
  });
  return row;
}

export interface Matchers {
  legalForm: (s: string) => string;
  process: (s: string) => string;
  material: (s: string) => string;
  certification: (s: string) => string;
  unit: (s: string) => string;
}

export function createMatchers(v: { processes: Vocabulary; materials: Vocabulary; certificationKinds: Vocabulary }): Matchers {
  return {
    legalForm: vocabularyMatcher(LEGAL_FORMS, { 'perseroan terbatas': 'pt', 'pt perseroan perorangan': 'pt_perorangan', 'usaha dagang': 'ud', 'persekutuan komanditer': 'cv', individu: 'perorangan' }),
    process: vocabularyMatcher(v.processes),
    material: vocabularyMatcher(v.materials),
    certification: vocabularyMatcher(v.certificationKinds, { iso9001: 'iso_9001', iatf: 'iatf_16949', halal: 'halal', 'ts 16949': 'iatf_16949' }),
    unit: vocabularyMatcher(CAPACITY_UNITS, { buah: 'pcs', pc: 'pcs', unit: 'pcs', units: 'pcs', kilogram: 'kg', meter: 'm', liter: 'litre', lembar: 'sheet', pasang: 'pair' }),
  };
}

const optionalText = (cell: Cell | undefined) => cellText(cell) || undefined;
const list = (cell: Cell | undefined, f: (s: string) => unknown = (s) => s) => {
  const items = splitList(cell);
  return items.length ? items.map(f) : undefined;
};

function machine(entry: string) {
  const parts = splitParts(entry);
  if (parts.length === 1) {
    const m = /^(.*?)\s*[x×]\s*(\d+)$/i.exec(entry);
    return m ? { type: m[1]!.trim(), count: Number(m[2]) } : { type: entry, count: 1 };
  }
  return { type: parts[0], count: parseNumberCell(parts[1]) ?? 1, capacity: parts[2] || undefined };
}

function contact(entry: string) {
  const [name, role, phone, email] = splitParts(entry);
  return { name, role: role || undefined, phone: phone ?? '', email: email || undefined };
}

export function rowToProfileInput(r: MappedRow, m: Matchers): Record<string, unknown> {
  const lat = parseDecimalCell(r.lat);
  const lng = parseDecimalCell(r.lng);
  const capacity = parseNumberCell(r.capacityQuantity);
  const unit = optionalText(r.capacityUnit);
  const primary = [r.contactName, r.contactRole, r.contactPhone, r.contactEmail].some((c) => cellText(c) !== '')
    ? [{ name: cellText(r.contactName), role: optionalText(r.contactRole), phone: cellText(r.contactPhone), email: optionalText(r.contactEmail) }]
    : [];
  const contacts = [...primary, ...(list(r.otherContacts, contact) ?? [])];
  return {
    legalName: cellText(r.legalName),
    brandName: optionalText(r.brandName),
    legalForm: m.legalForm(cellText(r.legalForm)),
    nib: cellText(r.nib).replace(/\s+/g, ''),
    npwp: cellText(r.npwp),
    kbliCodes: list(r.kbli),
    address: { street: cellText(r.street), provinceCode: cellText(r.province), regencyCode: cellText(r.regency), postalCode: cellText(r.postalCode) },
    coordinates: lat === undefined && lng === undefined ? undefined : { lat, lng },
    yearFounded: parseYearCell(r.yearFounded),
    workforce: { total: parseNumberCell(r.workforceTotal), women: parseNumberCell(r.workforceWomen), withDisability: parseNumberCell(r.workforceDisability) },
    annualTurnover: parseRupiahCell(r.annualTurnover),
    turnoverBand: parseSizeCell(r.turnoverBand),
    processes: list(r.processes, m.process),
    materials: list(r.materials, m.material),
    machines: list(r.machines, machine),
    monthlyCapacity: capacity === undefined && unit === undefined ? undefined : { quantity: capacity, unit: unit === undefined ? undefined : m.unit(unit) },
    certifications: list(r.certifications, (e) => {
      const [kind, number, expires] = splitParts(e);
      return { kind: m.certification(kind ?? ''), number: number ?? '', expiresOn: parseDateCell(expires ?? null) };
    }),
    products: list(r.products, (e) => {
      const [name, partNumber] = splitParts(e);
      return { name, partNumber: partNumber || undefined };
    }),
    customers: list(r.customers),
    contacts,
  };
}

const NESTED: Record<string, Record<string, ImportField>> = {
  address: { street: 'street', provinceCode: 'province', regencyCode: 'regency', postalCode: 'postalCode' },
  coordinates: { lat: 'lat', lng: 'lng' },
  workforce: { total: 'workforceTotal', women: 'workforceWomen', withDisability: 'workforceDisability' },
  monthlyCapacity: { quantity: 'capacityQuantity', unit: 'capacityUnit' },
};
const CONTACT_FIELDS: Record<string, ImportField> = { name: 'contactName', role: 'contactRole', phone: 'contactPhone', email: 'contactEmail' };
const LIST_LABELS: Record<string, [ImportField, string]> = {
  kbliCodes: ['kbli', 'Kode KBLI'],
  processes: ['processes', 'Proses'],
  materials: ['materials', 'Bahan'],
  machines: ['machines', 'Mesin'],
  certifications: ['certifications', 'Sertifikasi'],
  products: ['products', 'Produk'],
  customers: ['customers', 'Pelanggan'],
};

/** The spreadsheet field of a schema issue, and its message with the list entry named ("Sertifikasi ke-2: …"). */
export function fieldOfIssue(path: readonly PropertyKey[], message: string): { field: ImportField; message: string } {
  const [head, second, third] = path.map(String);
  if (head && NESTED[head]) return { field: NESTED[head]![second ?? ''] ?? NESTED[head]![Object.keys(NESTED[head]!)[0]!]!, message };
  if (head === 'contacts') {
    const index = Number(second);
    if (!Number.isInteger(index)) return { field: 'contactName', message };
    if (index === 0) return { field: CONTACT_FIELDS[third ?? 'name'] ?? 'contactName', message };
    return { field: 'otherContacts', message: `Kontak lain ke-${index}: ${message}` };
  }
  if (head && LIST_LABELS[head]) {
    const [field, label] = LIST_LABELS[head]!;
    const index = Number(second);
    return { field, message: Number.isInteger(index) && !message.startsWith(label) ? `${label} ke-${index + 1}: ${message}` : message };
  }
  return { field: (head as ImportField) ?? 'legalName', message };
}
