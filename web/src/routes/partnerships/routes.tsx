import { createRoute } from '@tanstack/react-router';
import { MOU_STATUSES, type MouStatus } from '../../api/partnerships-types';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { pageOf, str } from '../search';
import { MOU_ACCESS, MOU_EDITOR } from './access';
import { MouCreatePage } from './mou-create-page';
import { MouDetailPage } from './mou-detail-page';
import { MouEditPage } from './mou-edit-page';
import { MouListPage } from './mou-list-page';

const listRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/mou',
  validateSearch: (s: Record<string, unknown>): { status?: MouStatus; q?: string; page?: number } => ({
    status: MOU_STATUSES.includes(s.status as MouStatus) ? (s.status as MouStatus) : undefined,
    q: str(s.q),
    page: pageOf(s.page),
  }),
  component: guarded(MOU_ACCESS, MouListPage),
});
const createMouRoute = createRoute({ getParentRoute: () => appLayout, path: '/mou/baru', component: guarded(MOU_EDITOR, MouCreatePage) });
const detailRoute = createRoute({ getParentRoute: () => appLayout, path: '/mou/$mouId', component: guarded(MOU_ACCESS, MouDetailPage) });
const editRoute = createRoute({ getParentRoute: () => appLayout, path: '/mou/$mouId/ubah', component: guarded(MOU_EDITOR, MouEditPage) });

export const partnershipRoutes = [listRoute, createMouRoute, detailRoute, editRoute];
