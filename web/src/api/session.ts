import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from './client';
import type { Me } from './types';

/** The current user, or null when signed out (401). */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api.get<Me>('/api/me');
    } catch (e) {
      if (isApiError(e) && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 60_000,
  retry: false,
});

/** The signed-in user. Use inside the signed-in part of the app (its layout guarantees a user). */
export function useCurrentUser(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useCurrentUser outside the signed-in layout');
  return data;
}

export function hasRole(me: Me, ...roles: Me['roles']): boolean {
  return roles.some((r) => me.roles.includes(r));
}
