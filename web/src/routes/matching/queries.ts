import { queryOptions } from '@tanstack/react-query';
import { api, request } from '../../api/client';
import type { IkmMatches, NeedMatches, SectorWeights, Weights, WeightsList } from '../../api/matching-types';

export const needMatchesQuery = (needId: string, limit = 20) =>
  queryOptions({ queryKey: ['matching', 'need', needId, limit], queryFn: ({ signal }) => api.get<NeedMatches>(`/api/needs/${needId}/matches`, { limit }, signal) });

export const ikmMatchesQuery = (orgId: string, limit = 20) =>
  queryOptions({ queryKey: ['matching', 'ikm', orgId, limit], queryFn: ({ signal }) => api.get<IkmMatches>(`/api/ikm/${orgId}/matches`, { limit }, signal) });

export const weightsQuery = queryOptions({ queryKey: ['matching', 'weights'], queryFn: ({ signal }) => api.get<WeightsList>('/api/matching/weights', undefined, signal) });

export const matchingApi = {
  setWeights: (sector: string, weights: Weights) => request<SectorWeights>('PUT', `/api/matching/weights/${sector}`, { body: weights }),
  resetWeights: (sector: string) => api.delete(`/api/matching/weights/${sector}`),
};
