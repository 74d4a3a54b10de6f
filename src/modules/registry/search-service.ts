/** Searching the IKM directory: filtered, full-text, sorted pages and facet counts, within the caller's visibility. */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { pageOffset, type PageQuery } from '../../core/pagination';
import type { Deps } from '../../deps';
import { findProvince, TURNOVER_BAND_LABELS, type ProfileStatus, type TurnoverBand } from './domain';
import { labelIndex } from './label-index';
import { placeView, type Vocabularies } from './profile-mapper';
import * as search from './search-store';
import { FACETS, type Facet, type FacetResult, type ListRow, type SearchFilter, type Sort } from './search-store';
import type { VocabularyService } from './vocabulary-service';
import { READ_RULE, visibilityOf } from './visibility';

export type SearchService = ReturnType<typeof createSearchService>;
export type SearchQuery = PageQuery & SearchFilter & { sort?: Sort };

function itemView(r: ListRow, v: Vocabularies) {
  return {
    id: r.orgId,
    legalName: r.legalName,
    brandName: r.brandName,
    legalForm: r.legalForm,
    place: placeView(r.provinceCode, r.regencyCode),
    processes: r.processes,
    processLabels: r.processes.map((k) => v.processes.label(k, 'id')),
    materials: r.materials,
    certificationKinds: r.certificationKinds,
    turnoverBand: r.turnoverBand,
    workforceTotal: r.workforceTotal,
    monthlyCapacity: r.capacityQuantity !== null && r.capacityUnit ? { quantity: r.capacityQuantity, unit: r.capacityUnit } : null,
    products: r.products.slice(0, 10).map((p) => p.name),
    status: r.status as ProfileStatus,
    isVerified: r.status === 'verified',
    badge: r.status === 'verified' ? ('verified' as const) : null,
    verifiedAt: r.verifiedAt,
    createdAt: r.createdAt,
  };
}

function facetLabel(facet: Facet, key: string, v: Vocabularies): { id: string; en: string } {
  switch (facet) {
    case 'province': {
      const name = findProvince(key)?.name ?? key;
      return { id: name, en: name };
    }
    case 'process':
      return { id: v.processes.label(key, 'id'), en: v.processes.label(key, 'en') };
    case 'material':
      return { id: v.materials.label(key, 'id'), en: v.materials.label(key, 'en') };
    case 'certification':
      return { id: v.certificationKinds.label(key, 'id'), en: v.certificationKinds.label(key, 'en') };
    case 'size':
      return TURNOVER_BAND_LABELS[key as TurnoverBand] ?? { id: key, en: key };
    case 'verified':
      return key === 'true' ? { id: 'Terverifikasi', en: 'Verified' } : { id: 'Belum terverifikasi', en: 'Not verified' };
  }
}

/** Filters a caller may use: only programme staff filter by workflow status. */
function filterOf(actor: Actor, q: SearchFilter, v: Vocabularies): SearchFilter {
  const programme = actor.type === 'system' || actor.orgKind === 'programme';
  return { ...q, statuses: programme ? q.statuses : undefined, tokensOf: labelIndex(v) };
}

/** Facet counts without typed words are the same for every buyer (landing pages, filter clicks): cached briefly. */
const FACET_CACHE_MS = 30_000;
const FACET_CACHE_MAX = 500;
/** With typed words, facet passes stop after this many matches (interactive search stays fast; counts become lower bounds). */
export const FACET_SCAN_CAP = 5_000;

export function createSearchService(deps: Deps, vocab: VocabularyService) {
  const { db } = deps;
  const facetCache = new Map<string, { at: number; value: Promise<FacetResult> }>();

  function cachedCounts(key: string | null, compute: () => Promise<FacetResult>) {
    if (key === null) return compute();
    const now = Date.now();
    const hit = facetCache.get(key);
    if (hit && now - hit.at < FACET_CACHE_MS) return hit.value;
    if (facetCache.size >= FACET_CACHE_MAX) facetCache.delete(facetCache.keys().next().value!);
    const value = compute();
    facetCache.set(key, { at: now, value });
    value.catch(() => facetCache.delete(key));
    return value;
  }

  return {
    async list(actor: Actor, q: SearchQuery) {
      authorize(actor, READ_RULE);
      const v = await vocab.load();
      const f = filterOf(actor, q, v);
      const vis = visibilityOf(actor);
      const { rows, total, exact } = await search.searchPage(db, f, vis, q.sort ?? 'name', q.pageSize, pageOffset(q));
      return { items: rows.map((r) => itemView(r, v)), page: q.page, pageSize: q.pageSize, total, totalExact: exact };
    },

    /** Counts per facet value for the same filters (each facet ignores its own filter). */
    async facets(actor: Actor, q: SearchFilter, only?: Facet[]) {
      authorize(actor, READ_RULE);
      const v = await vocab.load();
      const f = filterOf(actor, q, v);
      const vis = visibilityOf(actor);
      const wanted = only?.length ? only : [...FACETS];
      // Facets the filter constrains leave their own filter out (one query each); the others share one pass.
      const own = wanted.filter((facet) => search.constrains(facet, f));
      const shared = wanted.filter((facet) => !search.constrains(facet, f));
      // Without typed words the counts are exact and cached; with them each pass reads at most FACET_SCAN_CAP matches.
      const cacheKey = f.q || vis.onlyOrgId ? null : JSON.stringify([vis, f, wanted]);
      const { counts, partial } = await cachedCounts(cacheKey, () => search.facetCounts(db, shared, own, f, vis, f.q ? FACET_SCAN_CAP : undefined));
      const out: Partial<Record<Facet, { key: string; label: string; labelEn: string; count: number }[]>> = {};
      for (const facet of wanted) {
        out[facet] = (counts[facet] ?? []).map((c) => {
          const label = facetLabel(facet, c.key, v);
          return { key: c.key, label: label.id, labelEn: label.en, count: c.count };
        });
      }
      return { ...out, partial };
    },
  };
}
