/**
 * Shapes of the matching API (explainable ranking of IKM for a need and of needs for an IKM; weights per sector).
 * Checked by hand against src/modules/matching/routes.ts and /api/openapi.json.
 */
export const FILTER_KEYS = ['verified', 'process_capability', 'required_certifications'] as const;
export const CRITERION_KEYS = ['process', 'material', 'capacity', 'distance', 'certification', 'quality', 'delivery', 'mentoring', 'tkdn'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export type Weights = Record<CriterionKey, number>;

export interface Explanation {
  key: FilterKey | CriterionKey;
  /** `filter`: must hold for the IKM to be listed; `score`: weighted. */
  kind: 'filter' | 'score';
  status: 'matched' | 'failed' | 'unknown';
  /** Share of the total score, percent (0 for filters). */
  weight: number;
  /** 0..1; 0.5 is neutral (unknown); null for filters. */
  fit: number | null;
  /** Points out of 100 this criterion added. */
  contribution: number;
  text: { id: string; en: string };
}

export interface NeedMatch {
  rank: number;
  orgId: string;
  name: string;
  provinceCode: string;
  provinceName: string | null;
  regencyName: string | null;
  score: number;
  distanceKm: number | null;
  explanations: Explanation[];
}

export interface NeedMatches {
  need: { id: string; reference: string; partName: string; buyerName: string; sector: string | null };
  weights: Weights;
  candidatesConsidered: number;
  results: NeedMatch[];
}

export interface IkmMatch {
  rank: number;
  needId: string;
  reference: string;
  partName: string;
  buyerName: string;
  deadline: string;
  score: number;
  distanceKm: number | null;
  explanations: Explanation[];
}

export interface IkmMatches {
  ikm: { orgId: string; name: string; isVerified: boolean };
  needsConsidered: number;
  results: IkmMatch[];
}

export interface SectorWeights {
  sector: string;
  weights: Weights;
  updatedAt: string;
}

export interface WeightsList {
  defaults: Weights;
  sectors: SectorWeights[];
}
