/**
 * A stored profile → one spreadsheet row in the import layout (columns.ts), so that an export can be
 * imported again unchanged.
 */
import { findProvince, findRegencyByCode, LEGAL_FORMS, type TurnoverBand, type Vocabulary } from '../domain';
import { COLUMNS, type ImportField } from './columns';

export type OutCell = string | number | null;

const BAND_WORD: Record<TurnoverBand, string> = { micro: 'mikro', small: 'kecil', medium: 'menengah', large: 'besar' };

/** "ISO 9001 (Sistem Manajemen Mutu)" → "ISO 9001": short and still recognised on import. */
const shortLabel = (v: Vocabulary, key: string) => v.label(key, 'id').replace(/\s*\([^)]*\)/g, '').trim() || key;

const entries = (items: string[][]) =>
  items.length
    ? items
        .map((parts) => {
          const p = [...parts];
          while (p.length > 1 && !p[p.length - 1]) p.pop();
          return p.join(' | ');
        })
        .join('; ')
    : null;

export interface ExportProfile {
  legalName: string;
  brandName?: string;
  legalForm: string;
  nib: string;
  npwp: string;
  kbliCodes: string[];
  address: { street: string; provinceCode: string; regencyCode: string; postalCode: string };
  coordinates?: { lat: number; lng: number };
  yearFounded?: number;
  workforce: { total: number; women: number; withDisability: number };
  annualTurnover?: string | null;
  turnoverBand: string;
  processes: string[];
  materials: string[];
  machines: { type: string; count: number; capacity?: string }[];
  monthlyCapacity?: { quantity: number; unit: string };
  certifications: { kind: string; number: string; expiresOn: string | null }[];
  products: { name: string; partNumber?: string }[];
  customers: string[];
  contacts: { name: string; role?: string; phone: string; email?: string }[];
}

export interface ExportVocabularies {
  processes: Vocabulary;
  materials: Vocabulary;
  certificationKinds: Vocabulary;
}

export function profileToCells(p: ExportProfile, v: ExportVocabularies): Record<ImportField, OutCell> {
  const [first, ...others] = p.contacts;
  return {
    legalName: p.legalName,
    brandName: p.brandName ?? null,
    legalForm: shortLabel(LEGAL_FORMS, p.legalForm),
    nib: p.nib,
    npwp: p.npwp,
    kbli: p.kbliCodes.join('; '),
    street: p.address.street,
    province: findProvince(p.address.provinceCode)?.name ?? p.address.provinceCode,
    regency: findRegencyByCode(p.address.regencyCode)?.name ?? p.address.regencyCode,
    postalCode: p.address.postalCode,
    lat: p.coordinates?.lat ?? null,
    lng: p.coordinates?.lng ?? null,
    yearFounded: p.yearFounded ?? null,
    workforceTotal: p.workforce.total,
    workforceWomen: p.workforce.women,
    workforceDisability: p.workforce.withDisability,
    annualTurnover: p.annualTurnover ?? null,
    turnoverBand: BAND_WORD[p.turnoverBand as TurnoverBand] ?? p.turnoverBand,
    processes: p.processes.map((k) => shortLabel(v.processes, k)).join('; ') || null,
    materials: p.materials.map((k) => shortLabel(v.materials, k)).join('; ') || null,
    machines: entries(p.machines.map((m) => [m.type, String(m.count), m.capacity ?? ''])),
    capacityQuantity: p.monthlyCapacity?.quantity ?? null,
    capacityUnit: p.monthlyCapacity?.unit ?? null,
    certifications: entries(p.certifications.map((c) => [shortLabel(v.certificationKinds, c.kind), c.number, c.expiresOn ?? ''])),
    products: entries(p.products.map((x) => [x.name, x.partNumber ?? ''])),
    customers: p.customers.join('; ') || null,
    contactName: first?.name ?? null,
    contactRole: first?.role ?? null,
    contactPhone: first?.phone ?? null,
    contactEmail: first?.email ?? null,
    otherContacts: entries(others.map((c) => [c.name, c.role ?? '', c.phone, c.email ?? ''])),
  };
}

/** Extra read-only columns an export adds after the import layout (ignored on import). */
export const EXPORT_EXTRA_HEADERS = ['Status Verifikasi', 'ID Lingkar'] as const;

export const EXPORT_HEADERS: readonly string[] = [...COLUMNS.map((c) => c.header), ...EXPORT_EXTRA_HEADERS];

export function exportRow(p: ExportProfile, v: ExportVocabularies, extra: { status: string; id: string }): OutCell[] {
  const cells = profileToCells(p, v);
  return [...COLUMNS.map((c) => cells[c.field]), extra.status, extra.id];
}
