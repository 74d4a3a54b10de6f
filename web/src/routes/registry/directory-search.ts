import { SORTS, type Sort } from '../../api/registry-types';
import { pageOf, str } from '../search';

/** The directory's state in the URL: text, facet selections, sort and page. */
export interface DirectorySearch {
  q?: string;
  province?: string[];
  process?: string[];
  material?: string[];
  certification?: string[];
  size?: string[];
  verified?: 'true' | 'false';
  /** Workflow statuses (programme staff only). */
  status?: string[];
  sort?: Sort;
  page?: number;
}

export const LIST_FILTERS = ['province', 'process', 'material', 'certification', 'size', 'status'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Keeps only well-formed keys: short strings of letters, digits, dots and underscores; at most 50. */
export function keys(v: unknown): string[] | undefined {
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  const out = [...new Set(raw.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => /^[\w.]{1,64}$/.test(x)))].slice(0, 50);
  return out.length ? out : undefined;
}

export function validateDirectorySearch(s: Record<string, unknown>): DirectorySearch {
  return {
    q: str(s.q),
    province: keys(s.province),
    process: keys(s.process),
    material: keys(s.material),
    certification: keys(s.certification),
    size: keys(s.size),
    verified: s.verified === 'true' || s.verified === true ? 'true' : s.verified === 'false' || s.verified === false ? 'false' : undefined,
    status: keys(s.status),
    sort: SORTS.includes(s.sort as Sort) && s.sort !== 'name' ? (s.sort as Sort) : undefined,
    page: pageOf(s.page),
  };
}

/** How many filters are set (for the phone's "Filter (n)" button). */
export function activeFilterCount(s: DirectorySearch): number {
  return LIST_FILTERS.reduce((n, k) => n + (s[k]?.length ?? 0), 0) + (s.verified ? 1 : 0);
}
