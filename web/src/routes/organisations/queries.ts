import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Organisation, OrgKind, Page, User } from '../../api/types';

export const PAGE_SIZE = 20;

export const organisationsQuery = (f: { kind?: OrgKind; q?: string; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: ['organisations', 'list', f],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { kind: f.kind, q: f.q, page: f.page ?? 1, pageSize: f.pageSize ?? PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const organisationQuery = (id: string) =>
  queryOptions({
    queryKey: ['organisations', 'one', id],
    queryFn: ({ signal }) => api.get<Organisation>(`/api/organisations/${id}`, undefined, signal),
  });

export const usersQuery = (orgId: string, page: number) =>
  queryOptions({
    queryKey: ['organisations', 'users', orgId, page],
    queryFn: ({ signal }) => api.get<Page<User>>(`/api/organisations/${orgId}/users`, { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const updateOrganisation = (id: string, patch: { name?: string; isActive?: boolean }) => api.patch<Organisation>(`/api/organisations/${id}`, patch);
