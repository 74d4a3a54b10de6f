/**
 * Shapes of the registry API (IKM and buyer profiles, verification, search, import), checked by hand
 * against /api/openapi.json and src/modules/registry/route-schemas.ts. Dates arrive as ISO strings,
 * money as digit strings.
 */
export const PROFILE_STATUSES = ['draft', 'submitted', 'verified', 'returned'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const TURNOVER_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type TurnoverBand = (typeof TURNOVER_BANDS)[number];

export const SORTS = ['name', 'newest', 'capacity'] as const;
export type Sort = (typeof SORTS)[number];

export const FACETS = ['province', 'process', 'material', 'certification', 'size', 'verified'] as const;
export type Facet = (typeof FACETS)[number];

export type CertificationStatus = 'valid' | 'expiring' | 'expired';

export interface Place {
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  regencyName: string;
}

export interface MonthlyCapacity {
  quantity: number;
  unit: string;
}

/** A row of GET /api/ikm. `id` is the IKM organisation's id. */
export interface IkmListItem {
  id: string;
  legalName: string;
  brandName: string | null;
  legalForm: string;
  place: Place;
  processes: string[];
  processLabels: string[];
  materials: string[];
  certificationKinds: string[];
  turnoverBand: string;
  workforceTotal: number;
  monthlyCapacity: MonthlyCapacity | null;
  products: string[];
  status: ProfileStatus;
  isVerified: boolean;
  badge: 'verified' | null;
  verifiedAt: string | null;
  createdAt: string;
}

export interface Certification {
  kind: string;
  label: string;
  number: string;
  expiresOn: string | null;
  status: CertificationStatus;
  daysLeft: number | null;
}

export interface Address {
  street: string;
  provinceCode: string;
  regencyCode: string;
  postalCode: string;
}

export interface Machine {
  type: string;
  count: number;
  capacity?: string;
}

export interface Product {
  name: string;
  partNumber?: string;
}

export interface Contact {
  name: string;
  role?: string;
  phone: string;
  email?: string;
}

/** GET /api/ikm/:id, /api/ikm/me and the answers of PUT/PATCH/submit/verify/return. */
export interface IkmProfile {
  id: string;
  orgId: string;
  legalName: string;
  brandName?: string;
  legalForm: string;
  nib: string;
  npwp: { npwp15: string | null; npwp16: string; formatted15: string | null };
  kbliCodes: { code: string; edition: string }[];
  address: Address;
  place: Place;
  coordinates?: { lat: number; lng: number };
  yearFounded?: number;
  workforce: { total: number; women: number; withDisability: number };
  /** Whole Rupiah as digits. */
  annualTurnover: string | null;
  turnoverBand: TurnoverBand;
  processes: string[];
  processLabels: string[];
  materials: string[];
  materialLabels: string[];
  machines: Machine[];
  monthlyCapacity?: MonthlyCapacity;
  certifications: Certification[];
  hasExpiringCertification: boolean;
  products: Product[];
  customers: string[];
  contacts: Contact[];
  status: ProfileStatus;
  statusReasons: string[];
  isVerified: boolean;
  badge: 'verified' | null;
  submittedAt: string | null;
  verifiedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface FacetValue {
  key: string;
  label: string;
  labelEn: string;
  count: number;
}
export type FacetCounts = Partial<Record<Facet, FacetValue[]>>;

export interface HistoryItem {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  action: 'create' | 'submit' | 'verify' | 'return' | 'reverify' | 'import' | string;
  reasons: string[];
  changedFields: string[];
  actorUserId: string | null;
  actorOrgId: string | null;
  at: string;
}

export interface ExpiringCertification extends Certification {
  orgId: string;
  legalName: string;
  profileStatus: string;
}

export interface VocabularyEntry {
  key: string;
  label: { id: string; en: string };
}

export interface ImportColumn {
  field: string;
  header: string;
  aliases: string[];
  format?: string;
}

/** GET /api/registry/reference: everything the forms pick from. */
export interface RegistryReference {
  processes: VocabularyEntry[];
  materials: VocabularyEntry[];
  certificationKinds: VocabularyEntry[];
  legalForms: VocabularyEntry[];
  capacityUnits: VocabularyEntry[];
  turnoverBands: VocabularyEntry[];
  statuses: VocabularyEntry[];
  buyerTiers: VocabularyEntry[];
  provinces: { code: string; name: string }[];
  fileLimits: Record<string, { maxBytes: number; types: string[] }>;
  importColumns: ImportColumn[];
}

export interface Regency {
  code: string;
  name: string;
  kind: 'kabupaten' | 'kota';
}

export interface KbliEntry {
  code: string;
  title: string;
  edition: string;
}

export const FILE_PURPOSES = ['photo', 'document'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface RegistryFile {
  id: string;
  orgId: string;
  purpose: FilePurpose;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  description: string | null;
  createdAt: string;
}

export const IMPORT_STATUSES = ['uploaded', 'validating', 'validated', 'committing', 'committed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** header → field (null: the column is ignored). */
export type ImportMapping = Record<string, string | null>;

export interface ImportRecord {
  id: string;
  filename: string;
  format: 'csv' | 'xlsx';
  size: number;
  sheet: string | null;
  preview: {
    sheets: string[];
    headers: string[];
    delimiter: string | null;
    rowCount: number;
    sample: { row: number; cells: string[] }[];
    suggestedMapping: ImportMapping;
  } | null;
  mapping: ImportMapping | null;
  options: { partial: boolean; status: string } | null;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  validRows: number;
  errorRows: number;
  duplicateRows: number;
  createdRows: number;
  message: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ImportRowError {
  row: number;
  field: string | null;
  column: string | null;
  value: string;
  message: string;
}

export interface ImportDuplicate {
  row: number;
  nib: string;
  legalName: string;
  firstRow: number | null;
  existingOrgId: string | null;
  message: string;
}

export const IMPORT_TARGET_STATUSES = ['draft', 'submitted', 'verified'] as const;
export type ImportTargetStatus = (typeof IMPORT_TARGET_STATUSES)[number];

export const BUYER_TIERS = ['apm', 'tier1', 'tier2', 'big_industry'] as const;
export type BuyerTier = (typeof BUYER_TIERS)[number];

export interface Plant {
  id: string;
  name: string;
  address: Address;
  coordinates: { lat: number; lng: number } | null;
  place: Place;
}

export interface BuyerProfile {
  id: string;
  orgId: string;
  companyName: string;
  groupName: string | null;
  tier: BuyerTier;
  tierLabel: string;
  sectors: string[];
  description: string | null;
  website: string | null;
  plants: Plant[];
  createdAt: string;
  updatedAt: string;
}

export interface BuyerListItem extends Omit<BuyerProfile, 'plants'> {
  plantCount: number;
}
