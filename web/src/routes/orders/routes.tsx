import { createRoute } from '@tanstack/react-router';
import { PO_STATUSES, type PoStatus } from '../../api/orders-types';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { pageOf, str } from '../search';
import { ORDERS_ACCESS, PO_CREATOR } from './access';
import { InvoicePage } from './invoice-page';
import { InvoicesPage } from './invoices-page';
import { OrdersPage } from './orders-page';
import { PoCreatePage } from './po-create-page';
import { PoDetailPage } from './po-detail-page';
import { IkmScorecardPage, ScorecardPage } from './scorecard-page';

const posRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/pesanan',
  validateSearch: (s: Record<string, unknown>): { status?: PoStatus; open?: boolean; q?: string; page?: number } => ({
    status: PO_STATUSES.includes(s.status as PoStatus) ? (s.status as PoStatus) : undefined,
    open: s.open === true || s.open === 'true' ? true : undefined,
    q: str(s.q),
    page: pageOf(s.page),
  }),
  component: guarded(ORDERS_ACCESS, OrdersPage),
});
const poCreateRoute = createRoute({ getParentRoute: () => appLayout, path: '/pesanan/baru', component: guarded(PO_CREATOR, PoCreatePage) });
const poRoute = createRoute({ getParentRoute: () => appLayout, path: '/pesanan/$poId', component: guarded(ORDERS_ACCESS, PoDetailPage) });
const invoicesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/faktur',
  validateSearch: (s: Record<string, unknown>): { status?: 'issued' | 'paid'; page?: number } => ({ status: s.status === 'issued' || s.status === 'paid' ? (s.status as 'issued' | 'paid') : undefined, page: pageOf(s.page) }),
  component: guarded(ORDERS_ACCESS, InvoicesPage),
});
const invoiceRoute = createRoute({ getParentRoute: () => appLayout, path: '/faktur/$invoiceId', component: guarded(ORDERS_ACCESS, InvoicePage) });
const scorecardRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/scorecard',
  validateSearch: (s: Record<string, unknown>): { month?: string } => ({ month: typeof s.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s.month) ? s.month : undefined }),
  component: guarded(ORDERS_ACCESS, ScorecardPage),
});
const ikmScorecardRoute = createRoute({ getParentRoute: () => appLayout, path: '/scorecard/ikm/$ikmId', component: guarded({ kinds: ['programme', 'buyer'] }, IkmScorecardPage) });

export const orderRoutes = [posRoute, poCreateRoute, poRoute, invoicesRoute, invoiceRoute, scorecardRoute, ikmScorecardRoute];
