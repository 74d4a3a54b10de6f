import { createRoute } from '@tanstack/react-router';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { NEED_STATUSES, type NeedStatus } from '../../api/needs-types';
import { pageOf, str } from '../search';
import { NEEDS_ACCESS } from './common';
import { NeedCreatePage } from './need-create-page';
import { NeedEditPage } from './need-edit-page';
import { NEED_TABS, NeedPage, type NeedTab } from './need-page';
import { NeedsPage } from './needs-page';

/** Part needs (RFQ): list, create, one need (details, quotations, matches), edit. */
export const needsRoutes = [
  createRoute({
    getParentRoute: () => appLayout,
    path: '/kebutuhan',
    validateSearch: (s: Record<string, unknown>): { status?: NeedStatus; q?: string; process?: string; page?: number } => ({
      status: NEED_STATUSES.includes(s.status as NeedStatus) ? (s.status as NeedStatus) : undefined,
      q: str(s.q),
      process: str(s.process),
      page: pageOf(s.page),
    }),
    component: guarded(NEEDS_ACCESS.read, NeedsPage),
  }),
  createRoute({ getParentRoute: () => appLayout, path: '/kebutuhan/baru', component: guarded(NEEDS_ACCESS.write, NeedCreatePage) }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/kebutuhan/$needId',
    validateSearch: (s: Record<string, unknown>): { tab?: NeedTab } => ({ tab: NEED_TABS.includes(s.tab as NeedTab) && s.tab !== 'rincian' ? (s.tab as NeedTab) : undefined }),
    component: guarded(NEEDS_ACCESS.read, NeedPage),
  }),
  createRoute({ getParentRoute: () => appLayout, path: '/kebutuhan/$needId/ubah', component: guarded(NEEDS_ACCESS.write, NeedEditPage) }),
] as const;
