import { createRoute } from '@tanstack/react-router';
import type { AccessRule } from '../../access';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { str } from '../search';
import { IkmMatchesPage } from './ikm-matches-page';
import { WeightsPage } from './weights-page';

export const MATCHING_ACCESS = {
  ikmMatches: { kinds: ['programme', 'buyer', 'ikm'] },
  weights: { kinds: ['programme'] },
} satisfies Record<string, AccessRule>;

/** Matching: open needs ranked for an IKM; matching weights per sector (programme). Needs' own matches show on the need page. */
export const matchingRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/pencocokan/ikm', validateSearch: (s: Record<string, unknown>): { orgId?: string } => ({ orgId: str(s.orgId) }), component: guarded(MATCHING_ACCESS.ikmMatches, IkmMatchesPage) }),
  createRoute({ getParentRoute: () => appLayout, path: '/pencocokan/bobot', component: guarded(MATCHING_ACCESS.weights, WeightsPage) }),
] as const;
