import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { EmptyState, ErrorState, LoadingState } from './states';

/**
 * Loading, error and empty states for a query, then `children(data)`.
 * `isEmpty` decides what counts as no data (default: an empty `items` list or array).
 */
export function QueryView<T>({ query, isEmpty, empty, children }: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    // asking again will not help with 4xx (not found, forbidden)
    const final = isApiError(query.error) && query.error.status >= 400 && query.error.status < 500;
    return <ErrorState error={query.error} onRetry={final ? undefined : () => void query.refetch()} />;
  }
  const data = query.data;
  const emptyNow = isEmpty ? isEmpty(data) : defaultEmpty(data);
  if (emptyNow) return <EmptyState message={empty} />;
  return <>{children(data)}</>;
}

function defaultEmpty(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (data && typeof data === 'object' && 'items' in data && Array.isArray((data as { items: unknown[] }).items)) {
    return (data as { items: unknown[] }).items.length === 0;
  }
  return data === null || data === undefined;
}
