/**
 * Between the validated domain profile (domain/profile-schema.ts), the stored rows and the API view.
 */
import { today, type Clock } from '../../core/clock';
import { certificationStatus, daysUntilExpiry, findProvince, findRegencyByCode, formatNpwp15, type IkmProfile, type ProfileStatus, type Vocabulary } from './domain';
import type { ikmCertifications, ikmContacts, ikmProfiles } from './schema';

export type ProfileRow = typeof ikmProfiles.$inferSelect;
export type ProfileInsert = typeof ikmProfiles.$inferInsert;
export type CertificationRow = typeof ikmCertifications.$inferSelect;
export type ContactRow = typeof ikmContacts.$inferSelect;

export interface Vocabularies {
  processes: Vocabulary;
  materials: Vocabulary;
  certificationKinds: Vocabulary;
}

/**
 * The words full-text search looks at: names, products and place. Process, material and certification
 * labels are not repeated here: a typed word that starts a label word is matched through that value's
 * facet token instead (label-index.ts), which keeps frequent label words ("logam", "cetak") out of the index.
 */
export function buildSearchText(p: IkmProfile, _v?: Vocabularies): string {
  const parts: string[] = [p.legalName, p.brandName ?? ''];
  for (const product of p.products) parts.push(product.name, product.partNumber ?? '');
  const regency = findRegencyByCode(p.address.regencyCode);
  parts.push(regency?.shortName ?? '', findProvince(p.address.provinceCode)?.name ?? '');
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 20_000);
}

/** Filter values as lexemes of the search vector; "#" keeps them out of reach of typed words. */
export const FACET_PREFIX = { province: '#pv:', regency: '#rg:', process: '#pr:', material: '#mt:', certification: '#ct:', size: '#sz:', status: '#st:' } as const;

export function facetTokensOf(p: Pick<IkmProfile, 'address' | 'turnoverBand' | 'processes' | 'materials' | 'certifications'>): string[] {
  const f = FACET_PREFIX;
  return [
    f.province + p.address.provinceCode,
    f.regency + p.address.regencyCode,
    f.size + p.turnoverBand,
    ...p.processes.map((k) => f.process + k),
    ...p.materials.map((k) => f.material + k),
    ...[...new Set(p.certifications.map((c) => c.kind))].map((k) => f.certification + k),
  ];
}

/** Column values of a profile (status columns are set by the caller). */
export function profileColumns(p: IkmProfile, v: Vocabularies) {
  return {
    legalName: p.legalName,
    brandName: p.brandName ?? null,
    legalForm: p.legalForm,
    nib: p.nib,
    npwp15: p.npwp.npwp15,
    npwp16: p.npwp.npwp16,
    kbli: p.kbliCodes,
    street: p.address.street,
    provinceCode: p.address.provinceCode,
    regencyCode: p.address.regencyCode,
    postalCode: p.address.postalCode,
    lat: p.coordinates?.lat ?? null,
    lng: p.coordinates?.lng ?? null,
    yearFounded: p.yearFounded ?? null,
    workforceTotal: p.workforce.total,
    workforceWomen: p.workforce.women,
    workforceDisability: p.workforce.withDisability,
    annualTurnover: p.annualTurnover === null ? null : p.annualTurnover.toString(),
    turnoverBand: p.turnoverBand,
    processes: p.processes,
    materials: p.materials,
    certificationKinds: [...new Set(p.certifications.map((c) => c.kind))],
    machines: p.machines,
    products: p.products,
    customers: p.customers,
    capacityQuantity: p.monthlyCapacity?.quantity ?? null,
    capacityUnit: p.monthlyCapacity?.unit ?? null,
    searchText: buildSearchText(p, v),
    facetTokens: facetTokensOf(p),
  };
}

/** The profile as the client sends it (for PATCH merges and exports): the inverse of the schema's normalisation. */
export function rowToInput(row: ProfileRow, certs: CertificationRow[], contacts: ContactRow[]): Record<string, unknown> {
  return dropUndefined({
    legalName: row.legalName,
    brandName: row.brandName ?? undefined,
    legalForm: row.legalForm,
    nib: row.nib,
    npwp: row.npwp15 ? formatNpwp15(row.npwp15) : row.npwp16,
    kbliCodes: row.kbli.map((k) => k.code),
    address: { street: row.street, provinceCode: row.provinceCode, regencyCode: row.regencyCode, postalCode: row.postalCode },
    coordinates: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : undefined,
    yearFounded: row.yearFounded ?? undefined,
    workforce: { total: row.workforceTotal, women: row.workforceWomen, withDisability: row.workforceDisability },
    annualTurnover: row.annualTurnover ?? undefined,
    turnoverBand: row.annualTurnover === null ? row.turnoverBand : undefined,
    processes: row.processes,
    materials: row.materials,
    machines: row.machines,
    monthlyCapacity: row.capacityQuantity !== null && row.capacityUnit ? { quantity: row.capacityQuantity, unit: row.capacityUnit } : undefined,
    certifications: certs.map((c) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn })),
    products: row.products,
    customers: row.customers,
    contacts: contacts.map((c) => dropUndefined({ name: c.name, role: c.role ?? undefined, phone: c.phone, email: c.email ?? undefined })),
  });
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A certificate with its validity on the business date of `clock` (flagged 60 days ahead). */
export function certificationView(c: Pick<CertificationRow, 'kind' | 'number' | 'expiresOn'>, clock: Clock, v: Vocabularies) {
  const day = today(clock);
  return {
    kind: c.kind,
    label: v.certificationKinds.label(c.kind, 'id'),
    number: c.number,
    expiresOn: c.expiresOn,
    status: certificationStatus(c.expiresOn, day),
    daysLeft: daysUntilExpiry(c.expiresOn, day),
  };
}

export function placeView(provinceCode: string, regencyCode: string) {
  return {
    provinceCode,
    provinceName: findProvince(provinceCode)?.name ?? provinceCode,
    regencyCode,
    regencyName: findRegencyByCode(regencyCode)?.name ?? regencyCode,
  };
}

/** The full profile as the API shows it. */
export function profileView(row: ProfileRow, certs: CertificationRow[], contacts: ContactRow[], clock: Clock, v: Vocabularies) {
  const certifications = certs.map((c) => certificationView(c, clock, v));
  return {
    id: row.orgId,
    orgId: row.orgId,
    ...(rowToInput(row, certs, contacts) as Record<string, unknown>),
    npwp: { npwp15: row.npwp15, npwp16: row.npwp16, formatted15: row.npwp15 ? formatNpwp15(row.npwp15) : null },
    kbliCodes: row.kbli,
    annualTurnover: row.annualTurnover,
    turnoverBand: row.turnoverBand,
    place: placeView(row.provinceCode, row.regencyCode),
    processLabels: row.processes.map((k) => v.processes.label(k, 'id')),
    materialLabels: row.materials.map((k) => v.materials.label(k, 'id')),
    certifications,
    hasExpiringCertification: certifications.some((c) => c.status !== 'valid'),
    status: row.status as ProfileStatus,
    statusReasons: row.statusReasons,
    isVerified: row.status === 'verified',
    badge: row.status === 'verified' ? ('verified' as const) : null,
    submittedAt: row.submittedAt,
    verifiedAt: row.verifiedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type ProfileView = ReturnType<typeof profileView>;
