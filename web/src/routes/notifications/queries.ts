import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Notification } from '../../api/notifications-types';
import type { Ok, Page } from '../../api/types';

export const PAGE_SIZE = 20;

export const unreadCountQuery = queryOptions({
  queryKey: ['notifications', 'unread-count'],
  queryFn: ({ signal }) => api.get<{ unread: number }>('/api/notifications/unread-count', undefined, signal),
  refetchInterval: 60_000,
  refetchIntervalInBackground: false,
  staleTime: 15_000,
  retry: false,
});

export const notificationsQuery = (p: { page: number; unread?: boolean; pageSize?: number }) =>
  queryOptions({
    queryKey: ['notifications', 'list', p],
    queryFn: ({ signal }) => api.get<Page<Notification>>('/api/notifications', { page: p.page, pageSize: p.pageSize ?? PAGE_SIZE, unread: p.unread ? 'true' : undefined }, signal),
  });

/** Mark one (id) or all (no id) read; refreshes the bell and the lists. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string): Promise<unknown> => (id ? api.post<Ok>(`/api/notifications/${id}/read`) : api.post<{ updated: number }>('/api/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
