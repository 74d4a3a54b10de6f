import { createRoute } from '@tanstack/react-router';
import { ACCESS } from '../../access';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { pageOf } from '../search';
import { NotificationsPage } from './notifications-page';

const notificationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/notifikasi',
  validateSearch: (s: Record<string, unknown>): { unread?: boolean; page?: number } => ({ unread: s.unread === true || s.unread === 'true' ? true : undefined, page: pageOf(s.page) }),
  component: guarded(ACCESS.signedIn, NotificationsPage),
});

export const notificationRoutes = [notificationsRoute];
