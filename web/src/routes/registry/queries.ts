import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Query } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  BuyerListItem,
  BuyerProfile,
  ExpiringCertification,
  FacetCounts,
  HistoryItem,
  IkmListItem,
  IkmProfile,
  ImportDuplicate,
  ImportRecord,
  ImportRowError,
  KbliEntry,
  Regency,
  RegistryFile,
  RegistryReference,
} from '../../api/registry-types';
import type { DirectorySearch } from './directory-search';

export const PAGE_SIZE = 20;

/** The directory's filters as API query parameters (lists comma-separated). */
export function filterParams(s: DirectorySearch): Query {
  const list = (v?: string[]) => (v?.length ? v.join(',') : undefined);
  return {
    q: s.q,
    province: list(s.province),
    process: list(s.process),
    material: list(s.material),
    certification: list(s.certification),
    size: list(s.size),
    verified: s.verified,
    status: list(s.status),
  };
}

export const referenceQuery = queryOptions({
  queryKey: ['registry', 'reference'],
  queryFn: ({ signal }) => api.get<RegistryReference>('/api/registry/reference', undefined, signal),
  staleTime: 10 * 60_000,
});

export const regenciesQuery = (provinceCode: string) =>
  queryOptions({
    queryKey: ['registry', 'regencies', provinceCode],
    queryFn: ({ signal }) => api.get<Regency[]>(`/api/registry/provinces/${provinceCode}/regencies`, undefined, signal),
    staleTime: 60 * 60_000,
    enabled: /^\d{2}$/.test(provinceCode),
  });

export const kbliSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['registry', 'kbli', q],
    queryFn: ({ signal }) => api.get<KbliEntry[]>('/api/registry/kbli', { q, limit: 30 }, signal),
    staleTime: 60 * 60_000,
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });

export const ikmSearchQuery = (s: DirectorySearch) =>
  queryOptions({
    queryKey: ['registry', 'ikm', 'list', s],
    queryFn: ({ signal }) => api.get<Page<IkmListItem>>('/api/ikm', { ...filterParams(s), sort: s.sort ?? 'name', page: s.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const ikmFacetsQuery = (s: DirectorySearch) =>
  queryOptions({
    queryKey: ['registry', 'ikm', 'facets', { ...s, page: undefined, sort: undefined }],
    queryFn: ({ signal }) => api.get<FacetCounts>('/api/ikm/facets', filterParams(s), signal),
    placeholderData: keepPreviousData,
  });

/** Certificates expired or expiring within 60 days (programme staff: all IKM; an IKM: its own). */
export const expiringQuery = queryOptions({
  queryKey: ['registry', 'ikm', 'expiring'],
  queryFn: ({ signal }) => api.get<Page<ExpiringCertification>>('/api/ikm/certifications/expiring', { pageSize: 200 }, signal),
  staleTime: 5 * 60_000,
});

export const ikmProfileQuery = (id: string) =>
  queryOptions({
    queryKey: ['registry', 'ikm', 'one', id],
    queryFn: ({ signal }) => api.get<IkmProfile>(`/api/ikm/${id}`, undefined, signal),
  });

export const myProfileQuery = queryOptions({
  queryKey: ['registry', 'ikm', 'me'],
  queryFn: ({ signal }) => api.get<IkmProfile>('/api/ikm/me', undefined, signal),
});

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: ['registry', 'ikm', 'history', id],
    queryFn: ({ signal }) => api.get<HistoryItem[]>(`/api/ikm/${id}/history`, undefined, signal),
  });

export const filesQuery = (owner: 'ikm' | 'buyers', id: string) =>
  queryOptions({
    queryKey: ['registry', 'files', owner, id],
    queryFn: ({ signal }) => api.get<RegistryFile[]>(`/api/${owner}/${id}/files`, undefined, signal),
  });

/** The KBLI 2020 entry of one code (for its title). */
export const kbliEntryQuery = (code: string) =>
  queryOptions({
    queryKey: ['registry', 'kbli-entry', code],
    queryFn: async ({ signal }) => (await api.get<KbliEntry[]>('/api/registry/kbli', { q: code, limit: 1 }, signal)).find((k) => k.code === code) ?? null,
    staleTime: 60 * 60_000,
  });

const ACTIVE_IMPORT = new Set(['validating', 'committing']);

export const importQuery = (id: string) =>
  queryOptions({
    queryKey: ['registry', 'imports', id],
    queryFn: ({ signal }) => api.get<ImportRecord>(`/api/ikm/imports/${id}`, undefined, signal),
    refetchInterval: (q) => (q.state.data && ACTIVE_IMPORT.has(q.state.data.status) ? 700 : false),
  });

export const importIssuesQuery = <K extends 'errors' | 'duplicates'>(id: string, kind: K, page: number) =>
  queryOptions({
    queryKey: ['registry', 'imports', id, kind, page],
    queryFn: ({ signal }) => api.get<Page<K extends 'errors' ? ImportRowError : ImportDuplicate>>(`/api/ikm/imports/${id}/${kind}`, { page, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
  });

export const buyersQuery = (f: { q?: string; tier?: string; page?: number }) =>
  queryOptions({
    queryKey: ['registry', 'buyers', 'list', f],
    queryFn: ({ signal }) => api.get<Page<BuyerListItem>>('/api/buyers', { q: f.q, tier: f.tier, page: f.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const buyerQuery = (id: string) =>
  queryOptions({
    queryKey: ['registry', 'buyers', 'one', id],
    queryFn: ({ signal }) => api.get<BuyerProfile>(`/api/buyers/${id}`, undefined, signal),
  });
