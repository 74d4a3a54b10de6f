/**
 * IKM search: filters, full-text (`simple` tsvector with prefix matching), facet counts, sorting and keyset
 * batches for exports. Every condition maps onto an index of ikm_profiles (see schema.ts).
 */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { FACET_PREFIX } from './profile-mapper';
import type { Executor } from '../../db/client';
import { ikmCertifications, ikmContacts, ikmProfiles as p } from './schema';

export const FACETS = ['province', 'process', 'material', 'certification', 'size', 'verified'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['name', 'newest', 'capacity'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchFilter {
  q?: string;
  provinces?: string[];
  regencies?: string[];
  processes?: string[];
  materials?: string[];
  certifications?: string[];
  sizes?: string[];
  verified?: boolean;
  statuses?: string[];
}

/** Who may see what: the search adds these conditions to every query. */
export interface Visibility {
  onlyOrgId?: string;
  onlyVerified?: boolean;
}

/** Typed words as prefix lexemes: "Baut  M8-mesin" → ["'baut':*", "'m8':*", "'mesin':*"] (letters and digits only). */
export function textTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((t) => `'${t}':*`);
}

/** "('#pr:a' | '#pr:b')" for the values of one filter (they come from validated query strings; quotes are dropped). */
function anyOf(prefix: string, values: string[] | undefined): string | null {
  if (!values?.length) return null;
  const terms = [...new Set(values)].map((v) => `'${prefix}${v.replace(/['\\\s]/g, '')}'`);
  return terms.length === 1 ? terms[0]! : `(${terms.join(' | ')})`;
}

/**
 * The whole search as one tsquery over search_tsv: typed words (prefix match) AND each filter (any of its
 * values) AND the status visibility. `except` leaves one filter out (for that facet's counts).
 */
export function buildTsQuery(f: SearchFilter, vis: Visibility, except?: Facet): string | null {
  const x = FACET_PREFIX;
  const parts: (string | null)[] = [
    ...(f.q ? textTerms(f.q) : []),
    anyOf(x.regency, f.regencies),
    anyOf(x.status, f.statuses),
    except !== 'province' ? anyOf(x.province, f.provinces) : null,
    except !== 'process' ? anyOf(x.process, f.processes) : null,
    except !== 'material' ? anyOf(x.material, f.materials) : null,
    except !== 'certification' ? anyOf(x.certification, f.certifications) : null,
    except !== 'size' ? anyOf(x.size, f.sizes) : null,
    vis.onlyVerified ? `'${x.status}verified'` : null,
  ];
  if (except !== 'verified' && f.verified !== undefined) parts.push(f.verified ? `'${x.status}verified'` : `!'${x.status}verified'`);
  const terms = [...new Set(parts.filter((t): t is string => t !== null))];
  return terms.length ? terms.join(' & ') : null;
}

export function whereOf(f: SearchFilter, vis: Visibility, except?: Facet): SQL | undefined {
  const tsquery = buildTsQuery(f, vis, except);
  const c: SQL[] = [];
  if (vis.onlyOrgId) c.push(eq(p.orgId, vis.onlyOrgId));
  if (tsquery) c.push(sql`${p.searchTsv} @@ ${tsquery}::tsquery`);
  return c.length ? and(...c) : undefined;
}

function orderOf(sort: Sort): SQL[] {
  if (sort === 'newest') return [sql`${p.createdAt} desc`, sql`${p.orgId} desc`];
  if (sort === 'capacity') return [sql`${p.capacityQuantity} desc nulls last`, asc(p.orgId)];
  return [asc(p.legalName), asc(p.orgId)];
}

export const listColumns = {
  orgId: p.orgId,
  legalName: p.legalName,
  brandName: p.brandName,
  legalForm: p.legalForm,
  provinceCode: p.provinceCode,
  regencyCode: p.regencyCode,
  processes: p.processes,
  materials: p.materials,
  certificationKinds: p.certificationKinds,
  turnoverBand: p.turnoverBand,
  workforceTotal: p.workforceTotal,
  capacityQuantity: p.capacityQuantity,
  capacityUnit: p.capacityUnit,
  products: p.products,
  status: p.status,
  verifiedAt: p.verifiedAt,
  createdAt: p.createdAt,
};

export function searchPage(x: Executor, f: SearchFilter, vis: Visibility, sort: Sort, limit: number, offset: number) {
  return x.select(listColumns).from(p).where(whereOf(f, vis)).orderBy(...orderOf(sort)).limit(limit).offset(offset);
}

export async function searchCount(x: Executor, f: SearchFilter, vis: Visibility): Promise<number> {
  const [r] = await x.select({ n: sql<string>`count(*)` }).from(p).where(whereOf(f, vis));
  return Number(r?.n ?? 0);
}

/** Expression whose distinct values a facet counts. */
function facetKey(facet: Facet): SQL {
  switch (facet) {
    case 'province':
      return sql`${p.provinceCode}`;
    case 'process':
      return sql`unnest(${p.processes})`;
    case 'material':
      return sql`unnest(${p.materials})`;
    case 'certification':
      return sql`unnest(${p.certificationKinds})`;
    case 'size':
      return sql`${p.turnoverBand}`;
    case 'verified':
      return sql`(${p.status} = 'verified')::text`;
  }
}

/** Counts per value of one facet, under every filter except the facet's own (so other values stay selectable). */
export async function facetCounts(x: Executor, facet: Facet, f: SearchFilter, vis: Visibility): Promise<{ key: string; count: number }[]> {
  const where = whereOf(f, vis, facet);
  const rows = await x.execute(sql`select k as key, count(*)::int as count from (select ${facetKey(facet)} as k from ${p} ${where ? sql`where ${where}` : sql``}) s group by k order by count(*) desc, k`);
  return (rows.rows as { key: string; count: number | string }[]).map((r) => ({ key: String(r.key), count: Number(r.count) }));
}

/** Export batches in name order (keyset on legal_name, org_id). */
export function exportBatch(x: Executor, f: SearchFilter, vis: Visibility, after: { legalName: string; orgId: string } | null, limit: number) {
  const keyset = after ? or(gt(p.legalName, after.legalName), and(eq(p.legalName, after.legalName), gt(p.orgId, after.orgId))) : undefined;
  const where = and(whereOf(f, vis), keyset);
  return x.select().from(p).where(where).orderBy(asc(p.legalName), asc(p.orgId)).limit(limit);
}

export function certificationsOf(x: Executor, orgIds: string[]) {
  if (!orgIds.length) return Promise.resolve([]);
  return x.select().from(ikmCertifications).where(inArray(ikmCertifications.orgId, orgIds)).orderBy(asc(ikmCertifications.orgId), asc(ikmCertifications.position));
}

export function contactsOf(x: Executor, orgIds: string[]) {
  if (!orgIds.length) return Promise.resolve([]);
  return x.select().from(ikmContacts).where(inArray(ikmContacts.orgId, orgIds)).orderBy(asc(ikmContacts.orgId), asc(ikmContacts.position));
}
