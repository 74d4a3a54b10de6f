import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Mou, MouInput, MouStatus, MouSummary } from '../../api/partnerships-types';
import type { Page } from '../../api/types';

export const PAGE_SIZE = 25;

export const mousQuery = (p: { status?: MouStatus; q?: string; page: number }) =>
  queryOptions({
    queryKey: ['mous', 'list', p],
    queryFn: ({ signal }) => api.get<Page<MouSummary>>('/api/mous', { status: p.status, q: p.q, page: p.page, pageSize: PAGE_SIZE }, signal),
  });

export const mouQuery = (id: string) =>
  queryOptions({
    queryKey: ['mous', 'one', id],
    queryFn: ({ signal }) => api.get<Mou>(`/api/mous/${id}`, undefined, signal),
  });

export const createMou = (input: MouInput) => api.post<Mou>('/api/mous', input);
export const updateMou = (id: string, input: Partial<MouInput>) => api.patch<Mou>(`/api/mous/${id}`, input);
export const mouAction = (id: string, action: 'send' | 'withdraw') => api.post<Mou>(`/api/mous/${id}/${action}`);
export const terminateMou = (id: string, reason: string) => api.post<Mou>(`/api/mous/${id}/terminate`, { reason });
export const documentUrl = (mouId: string, documentId: string) => `/api/mous/${mouId}/documents/${documentId}`;

/** Today in WIB as YYYY-MM-DD. */
export function todayJakarta(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days left when a signed/active MoU is within the renewal window (≤ `window` days, not past); otherwise null. */
export function renewalDaysLeft(m: { status: MouStatus; endDate: string }, today: string, window = 90): number | null {
  if (m.status !== 'active' && m.status !== 'signed') return null;
  const left = daysBetween(today, m.endDate);
  return left >= 0 && left <= window ? left : null;
}
