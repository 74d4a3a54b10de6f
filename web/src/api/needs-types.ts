/**
 * Shapes of the part-needs API (kebutuhan part / RFQ, quotations, comparison, files).
 * Money is whole Rupiah as digit strings (never Number() them). Dates arrive as ISO strings.
 * Checked by hand against src/modules/needs/http-schemas.ts and /api/openapi.json.
 */
export const NEED_STATUSES = ['draft', 'open', 'closed', 'cancelled'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_VISIBILITIES = ['all_verified', 'invited', 'event'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

export type NeedTransition = 'publish' | 'close' | 'cancel' | 'reopen';

export interface DeliveryPlant {
  name: string;
  provinceCode: string;
  provinceName: string | null;
  regencyCode: string | null;
  regencyName: string | null;
  lat: number | null;
  lng: number | null;
}

export interface Need {
  id: string;
  reference: string;
  buyer: { orgId: string; name: string };
  partName: string;
  partNumber: string | null;
  category: string | null;
  description: string | null;
  sector: string | null;
  material: string | null;
  processes: string[];
  annualVolume: number;
  monthlyVolume: number;
  unit: string;
  /** Digit string; null when hidden from the caller (IKM, unless the buyer shows prices). */
  targetUnitPrice: string | null;
  showPrices: boolean;
  requiredCertifications: string[];
  deliveryPlant: DeliveryPlant;
  startDate: string | null;
  deadline: string;
  replacesImport: boolean;
  importLandedCost: string | null;
  importOriginCountry: string | null;
  visibility: NeedVisibility;
  eventId: string | null;
  status: NeedStatus;
  isAcceptingQuotations: boolean;
  quotationCount: number | null;
  interestCount: number | null;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlantInput {
  plantId?: string | null;
  name?: string | null;
  provinceCode?: string | null;
  regencyCode?: string | null;
  lat?: number | null;
  lng?: number | null;
}

export interface NeedInput {
  buyerOrgId?: string;
  partName: string;
  partNumber?: string | null;
  category?: string | null;
  description?: string | null;
  sector?: string | null;
  material?: string | null;
  processes: string[];
  annualVolume: number;
  monthlyVolume?: number | null;
  unit?: string;
  targetUnitPrice?: string | null;
  showPrices?: boolean;
  requiredCertifications?: string[];
  deliveryPlant: PlantInput;
  startDate?: string | null;
  deadline: string;
  replacesImport?: boolean;
  importLandedCost?: string | null;
  importOriginCountry?: string | null;
  visibility: NeedVisibility;
  eventId?: string | null;
  invitedOrgIds?: string[];
  publish?: boolean;
}

export interface QuotationInput {
  unitPrice: string;
  toolingCost?: string;
  leadTimeDays: number;
  capacityPerMonth: number;
  notes?: string | null;
}

export interface Quotation {
  id: string;
  reference: string;
  needId: string;
  ikm: { orgId: string; name: string };
  unitPrice: string;
  toolingCost: string;
  leadTimeDays: number;
  capacityPerMonth: number;
  notes: string | null;
  status: 'submitted' | 'withdrawn';
  revision: number;
  /** Visible to the buyer and programme staff only (null for the IKM). */
  isShortlisted: boolean | null;
  submittedAt: string;
  updatedAt: string;
}

export interface ComparisonRow {
  quotationId: string;
  reference: string;
  ikmOrgId: string;
  ikmName: string;
  unitPrice: string;
  toolingCost: string;
  firstYearCost: string;
  vsTargetPercent: number | null;
  yearlySavingVsImport: string | null;
  capacityPerMonth: number;
  capacityCoveragePercent: number;
  leadTimeDays: number;
  meetsCapacity: boolean;
  withinTarget: boolean | null;
  best: { unitPrice: boolean; firstYearCost: boolean; leadTime: boolean; capacity: boolean };
  notes: string | null;
  isShortlisted: boolean;
}

export interface Comparison {
  needId: string;
  annualVolume: number;
  monthlyVolume: number;
  targetUnitPrice: string | null;
  importLandedCost: string | null;
  rows: ComparisonRow[];
}

export interface OrgRef {
  orgId: string;
  orgName: string;
}

export interface Invitation extends OrgRef {
  invitedAt: string;
}

export interface Interest extends OrgRef {
  note: string | null;
  createdAt: string;
}

export interface NeedFile {
  id: string;
  needId: string;
  quotationId: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  description: string | null;
  createdAt: string;
}

/** Vocabulary entries of /api/registry/reference (processes, materials, certifications, units). */
export interface VocabularyEntry {
  key: string;
  label: { id: string; en: string };
}

export interface Reference {
  processes: VocabularyEntry[];
  materials: VocabularyEntry[];
  certificationKinds: VocabularyEntry[];
  capacityUnits: VocabularyEntry[];
  provinces: { code: string; name: string }[];
}
