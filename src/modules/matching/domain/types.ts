/**
 * Types of explainable matching between a part need (RFQ) and an IKM.
 *
 * The scoring is pure: the service loads both sides (need from `needs`, IKM profile from
 * `registry`, history from `orders`, level from `mentoring`, TKDN from `tkdn`) into these plain
 * shapes and calls `evaluateMatch` / `rankCandidates`.
 */

export type Locale = 'id' | 'en';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A place: province and regency/city (Kemendagri codes) and, when known, coordinates. */
export interface Place {
  provinceCode: string | null;
  regencyCode: string | null;
  coordinates: GeoPoint | null;
}

export interface NeedFeatures {
  id: string;
  /** Sector key whose weights apply (falls back to the default weights). */
  sector: string | null;
  /** Processes; the first is the primary process and a hard filter. */
  processes: string[];
  /** Material key, or null when the buyer leaves it open. */
  material: string | null;
  /** Monthly call-off (kebutuhan per bulan) in `unit`. */
  monthlyVolume: number;
  unit: string;
  /** Certifications an IKM must hold (hard filter). */
  requiredCertifications: string[];
  delivery: Place;
  replacesImport: boolean;
}

export interface CertificationHeld {
  kind: string;
  /** YYYY-MM-DD or null (no expiry). */
  expiresOn: string | null;
}

export type MentoringLevel = 'pemula' | 'madya' | 'pramandiri' | 'mandiri';

/** Quality and delivery record from orders (supplier scorecard). */
export interface SupplierHistory {
  /** Rejected / received × 1,000,000, or null without receipts. */
  rejectPpm: number | null;
  /** On-time lots / all lots × 100, or null without deliveries. */
  onTimePercent: number | null;
}

export interface IkmFeatures {
  orgId: string;
  name: string;
  isVerified: boolean;
  processes: string[];
  materials: string[];
  monthlyCapacity: { quantity: number; unit: string } | null;
  certifications: CertificationHeld[];
  location: Place;
  history: SupplierHistory | null;
  mentoringLevel: MentoringLevel | null;
  /** TKDN percentage (0–100) of the IKM's products, or null when unknown. */
  tkdnPercent: number | null;
}

export const FILTER_KEYS = ['verified', 'process_capability', 'required_certifications'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Weighted criteria, in the order they are explained. */
export const CRITERION_KEYS = ['process', 'material', 'capacity', 'distance', 'certification', 'quality', 'delivery', 'mentoring', 'tkdn'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export type CriterionStatus = 'matched' | 'failed' | 'unknown';

/** One line of a match's explanation. */
export interface Explanation {
  key: FilterKey | CriterionKey;
  /** `filter`: must hold for the IKM to be listed; `score`: weighted. */
  kind: 'filter' | 'score';
  status: CriterionStatus;
  /** Share of the total score this criterion can give, in percent (0 for filters). */
  weight: number;
  /** Degree of fit 0..1 (0.5 = neutral when unknown); null for filters. */
  fit: number | null;
  /** Points (out of 100) this criterion added: weight × fit, one decimal. */
  contribution: number;
  text: { id: string; en: string };
}

export interface MatchResult {
  needId: string;
  orgId: string;
  /** True when every hard filter holds. */
  eligible: boolean;
  /** 0..100, one decimal (only meaningful when eligible). */
  score: number;
  /** Estimated or exact distance in km, when known (for tie-breaks and display). */
  distanceKm: number | null;
  explanations: Explanation[];
}

/** Weights per criterion (any non-negative numbers; normalised to percent when scoring). */
export type Weights = Record<CriterionKey, number>;

/** Labels of vocabulary keys (processes, materials, certifications, units, areas) for explanations. */
export interface MatchLabels {
  process(key: string, locale: Locale): string;
  material(key: string, locale: Locale): string;
  certification(key: string, locale: Locale): string;
  unit(key: string, locale: Locale): string;
  /** Name of a regency/city (code "32.15") or province (code "32"). */
  area(code: string): string;
}

export interface MatchContext {
  /** Business date YYYY-MM-DD (certificate expiry). */
  today: string;
  weights: Weights;
  labels?: MatchLabels;
}
