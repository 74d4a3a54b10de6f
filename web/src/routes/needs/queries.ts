import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError, api, request } from '../../api/client';
import type { Comparison, Interest, Invitation, Need, NeedFile, NeedInput, NeedStatus, NeedTransition, Quotation, QuotationInput } from '../../api/needs-types';
import type { Page } from '../../api/types';

export const PAGE_SIZE = 20;

export interface NeedFilter {
  status?: NeedStatus;
  q?: string;
  process?: string;
  eventId?: string;
  buyerOrgId?: string;
  page?: number;
}

export const needsQuery = (f: NeedFilter) =>
  queryOptions({
    queryKey: ['needs', 'list', f],
    queryFn: ({ signal }) => api.get<Page<Need>>('/api/needs', { ...f, page: f.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const needQuery = (id: string) => queryOptions({ queryKey: ['needs', 'one', id], queryFn: ({ signal }) => api.get<Need>(`/api/needs/${id}`, undefined, signal) });
export const quotationsQuery = (id: string) => queryOptions({ queryKey: ['needs', 'one', id, 'quotations'], queryFn: ({ signal }) => api.get<Quotation[]>(`/api/needs/${id}/quotations`, undefined, signal) });
export const comparisonQuery = (id: string) => queryOptions({ queryKey: ['needs', 'one', id, 'compare'], queryFn: ({ signal }) => api.get<Comparison>(`/api/needs/${id}/quotations/compare`, undefined, signal) });
export const interestsQuery = (id: string) => queryOptions({ queryKey: ['needs', 'one', id, 'interests'], queryFn: ({ signal }) => api.get<Interest[]>(`/api/needs/${id}/interests`, undefined, signal) });
export const invitationsQuery = (id: string) => queryOptions({ queryKey: ['needs', 'one', id, 'invitations'], queryFn: ({ signal }) => api.get<Invitation[]>(`/api/needs/${id}/invitations`, undefined, signal) });
export const filesQuery = (id: string, quotationId?: string) =>
  queryOptions({
    queryKey: ['needs', 'one', id, 'files', quotationId ?? 'need'],
    queryFn: ({ signal }) => api.get<NeedFile[]>(quotationId ? `/api/needs/${id}/quotations/${quotationId}/files` : `/api/needs/${id}/files`, undefined, signal),
  });

export const fileUrl = (needId: string, fileId: string) => `/api/needs/${needId}/files/${fileId}`;

/** Uploads one file as multipart/form-data (the JSON client does not do multipart). */
async function upload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', body, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'Network error');
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string; params?: Record<string, unknown>; requestId?: string } } | null;
    const e = data?.error;
    throw new ApiError(res.status, e?.code ?? (res.status >= 500 ? 'internal' : 'request.failed'), e?.message ?? res.statusText, e?.params ?? {}, e?.requestId ?? null);
  }
  return (await res.json()) as T;
}

export const needsApi = {
  create: (input: NeedInput) => api.post<Need>('/api/needs', input),
  update: (id: string, patch: Partial<NeedInput>) => api.patch<Need>(`/api/needs/${id}`, patch),
  transition: (id: string, t: NeedTransition) => api.post<Need>(`/api/needs/${id}/${t}`),
  invite: (id: string, orgIds: string[]) => api.post<Invitation[]>(`/api/needs/${id}/invitations`, { orgIds }),
  uninvite: (id: string, orgId: string) => api.delete(`/api/needs/${id}/invitations/${orgId}`),
  interest: (id: string, note?: string | null) => api.post<{ needId: string; interested: boolean }>(`/api/needs/${id}/interest`, { note: note || null }),
  withdrawInterest: (id: string) => api.delete<{ needId: string; interested: boolean }>(`/api/needs/${id}/interest`),
  submitQuotation: (id: string, input: QuotationInput) => api.post<Quotation>(`/api/needs/${id}/quotations`, input),
  withdrawQuotation: (quotationId: string) => api.post<Quotation>(`/api/quotations/${quotationId}/withdraw`),
  shortlist: (quotationId: string, isShortlisted: boolean) => request<Quotation>('PUT', `/api/quotations/${quotationId}/shortlist`, { body: { isShortlisted } }),
  uploadNeedFile: (id: string, file: File) => upload<NeedFile>(`/api/needs/${id}/files`, file),
  uploadQuotationFile: (id: string, quotationId: string, file: File) => upload<NeedFile>(`/api/needs/${id}/quotations/${quotationId}/files`, file),
  deleteFile: (id: string, fileId: string) => api.delete(`/api/needs/${id}/files/${fileId}`),
};
