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
  /** Facet tokens a typed word also matches (label-index.ts); without it words match names and products only. */
  tokensOf?: (word: string) => string[];
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

/** The typed words: lower case, letters and digits only, at most 8 ("Baut  M8-mesin" → baut, m8, mesin). */
export function typedWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 8);
}

/** Typed words as prefix lexemes, each also matching the facet tokens it stands for: "('bubut':* | '#pr:machining')". */
export function textTerms(q: string, tokensOf: (word: string) => string[] = () => []): string[] {
  return typedWords(q).map((w) => {
    const alternatives = [`'${w}':*`, ...tokensOf(w).map((t) => `'${t}'`)];
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
  });
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
    ...(f.q ? textTerms(f.q, f.tokensOf) : []),
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

function listQuery(x: Executor) {
  return x.select(listColumns).from(p);
}
export type ListRow = Awaited<ReturnType<typeof listQuery>>[number];

/**
 * Runs a search statement with enough work_mem that the GIN bitmap of a prefix word stays exact (with the
 * default 4 MB a common prefix turns lossy and every row of thousands of pages is rechecked).
 */
export function withSearchMemory<T>(x: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return x.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return fn(tx);
  });
}

/** Up to this many matches are sorted in memory and counted exactly; beyond it the total is a lower bound. */
export const EXACT_TOTAL_LIMIT = 10_000;

const KEY_ORDER: Record<Sort, string> = {
  name: 'legal_name asc, org_id asc',
  newest: 'created_at desc, org_id desc',
  capacity: 'capacity_quantity desc nulls last, org_id asc',
};

/**
 * A narrow search in one statement: the matches' keys (at most `exactLimit` + 1, found through the GIN
 * index), their number, one sorted page of keys, and only for those the full rows.
 */
export function narrowPageSql(f: SearchFilter, vis: Visibility, sort: Sort, limit: number, offset: number, exactLimit = EXACT_TOTAL_LIMIT): SQL {
  const order = sql.raw(KEY_ORDER[sort]);
  const columns = sql.join(Object.values(listColumns).map((c) => sql`${c}`), sql`, `);
  return sql`with m as (select ${p.orgId}, ${p.legalName}, ${p.createdAt}, ${p.capacityQuantity} from ${p} where ${whereOf(f, vis)} limit ${exactLimit + 1}),
    page as (select * from m order by ${order} limit ${limit} offset ${offset})
    select ${columns}, (select count(*) from m) as total from page join ${p} on ${p.orgId} = page.org_id order by ${sql.raw(KEY_ORDER[sort].replace(/(\w+) (asc|desc)/g, 'page.$1 $2'))}`;
}

/** Matches, counted up to EXACT_TOTAL_LIMIT + 1. */
export async function countUpTo(x: Executor, f: SearchFilter, vis: Visibility, exactLimit = EXACT_TOTAL_LIMIT): Promise<number> {
  const where = whereOf(f, vis);
  const r = await x.execute(sql`select count(*) as n from (select 1 from ${p} ${where ? sql`where ${where}` : sql``} limit ${exactLimit + 1}) s`);
  return Number((r.rows[0] as { n: string | number }).n);
}

/**
 * One page of matches and their total. Narrow searches (the usual case: words and filters) are sorted
 * in memory with an exact total; broad ones walk the sort index and report `exact: false` (total ≥ limit).
 */
export async function searchPage(x: Executor, f: SearchFilter, vis: Visibility, sort: Sort, limit: number, offset: number, exactLimit = EXACT_TOTAL_LIMIT): Promise<{ rows: ListRow[]; total: number; exact: boolean }> {
  const where = whereOf(f, vis);
  if (where) {
    const found = (await withSearchMemory(x, (tx) => tx.execute(narrowPageSql(f, vis, sort, limit, offset, exactLimit)))).rows as Record<string, unknown>[];
    const total = found.length ? Number(found[0]!.total) : await countUpTo(x, f, vis, exactLimit);
    if (total <= exactLimit) return { rows: found.map(reviveRow), total, exact: true };
  } else {
    const total = await countUpTo(x, f, vis, exactLimit);
    if (total <= exactLimit) return { rows: await listQuery(x).orderBy(...orderOf(sort)).limit(limit).offset(offset), total, exact: true };
  }
  const rows = await listQuery(x).where(where).orderBy(...orderOf(sort)).limit(limit).offset(offset);
  return { rows, total: exactLimit, exact: false };
}

/** A raw row (snake_case columns) in the list row shape. */
function reviveRow(r: Record<string, unknown>): ListRow {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
  return {
    orgId: String(r.org_id),
    legalName: String(r.legal_name),
    brandName: (r.brand_name as string | null) ?? null,
    legalForm: String(r.legal_form),
    provinceCode: String(r.province_code),
    regencyCode: String(r.regency_code),
    processes: (r.processes as string[]) ?? [],
    materials: (r.materials as string[]) ?? [],
    certificationKinds: (r.certification_kinds as string[]) ?? [],
    turnoverBand: String(r.turnover_band),
    workforceTotal: Number(r.workforce_total),
    capacityQuantity: r.capacity_quantity === null ? null : Number(r.capacity_quantity),
    capacityUnit: (r.capacity_unit as string | null) ?? null,
    products: (r.products as { name: string; partNumber?: string }[]) ?? [],
    status: String(r.status),
    verifiedAt: date(r.verified_at),
    createdAt: date(r.created_at)!,
  };
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

/** Whether the filter constrains a facet (then its counts must leave that filter out). */
export function constrains(facet: Facet, f: SearchFilter): boolean {
  const values: Record<Facet, unknown[] | boolean | undefined> = {
    province: f.provinces,
    process: f.processes,
    material: f.materials,
    certification: f.certifications,
    size: f.sizes,
    verified: f.verified,
  };
  const v = values[facet];
  return Array.isArray(v) ? v.length > 0 : v !== undefined;
}

export type Counts = { key: string; count: number }[];
export interface FacetResult {
  counts: Partial<Record<Facet, Counts>>;
  /** Facets counted over only the first `cap` matches (their counts are lower bounds). */
  partial: Facet[];
}

/** The matching rows' facet columns, read under the table's name so the facet expressions resolve to them. */
function facetSource(where: SQL | undefined, cap: number | undefined): SQL {
  return sql`(select ${p.provinceCode}, ${p.processes}, ${p.materials}, ${p.certificationKinds}, ${p.turnoverBand}, ${p.status} from ${p} ${where ? sql`where ${where}` : sql``} ${cap ? sql`limit ${cap + 1}` : sql``})`;
}

interface FacetPass {
  where: SQL | undefined;
  facets: Facet[];
}

/** One pass: counts of `facets` over the matches of `where` (at most cap + 1 of them), and whether the cap cut it. */
async function countPass(x: Executor, pass: FacetPass, cap: number | undefined): Promise<{ counts: Partial<Record<Facet, Counts>>; cut: boolean }> {
  const parts = [
    ...pass.facets.map((facet) => sql`select ${facet}::text as facet, ${facetKey(facet)}::text as k from s as ${p}`),
    sql`select '#rows'::text, null from s`,
  ];
  const rows = await withSearchMemory(x, (tx) => tx.execute(sql`with s as materialized ${facetSource(pass.where, cap)}
    select facet, k as key, count(*)::int as count from (${sql.join(parts, sql` union all `)}) u group by facet, k order by facet, count desc, k`));
  const counts: Partial<Record<Facet, Counts>> = Object.fromEntries(pass.facets.map((facet) => [facet, []]));
  let cut = false;
  for (const r of rows.rows as { facet: string; key: string | null; count: number | string }[]) {
    if (r.facet === '#rows') cut = cap !== undefined && Number(r.count) > cap;
    else counts[r.facet as Facet]!.push({ key: String(r.key), count: Number(r.count) });
  }
  return { counts, cut };
}

/**
 * Counts per facet value: `shared` facets over all filters in one pass, each of the `own` facets over every
 * filter except its own (so other values stay selectable); passes run in parallel. With `cap`, each pass
 * reads at most cap + 1 matches and a cut pass's facets are reported `partial` (lower bounds).
 */
export async function facetCounts(x: Executor, shared: Facet[], own: Facet[], f: SearchFilter, vis: Visibility, cap?: number): Promise<FacetResult> {
  const passes: FacetPass[] = [...(shared.length ? [{ where: whereOf(f, vis), facets: shared }] : []), ...own.map((facet) => ({ where: whereOf(f, vis, facet), facets: [facet] }))];
  const results = await Promise.all(passes.map((pass) => countPass(x, pass, cap)));
  return {
    counts: Object.assign({}, ...results.map((r) => r.counts)) as Partial<Record<Facet, Counts>>,
    partial: results.flatMap((r, i) => (r.cut ? passes[i]!.facets : [])),
  };
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
