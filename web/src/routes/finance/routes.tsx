import { createRoute, redirect } from '@tanstack/react-router';
import { APPLICATION_STATUSES, AKAD_STATUSES, PRODUCT_KINDS, type AkadStatus, type ApplicationStatus, type ProductKind } from '../../api/finance-types';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { pageOf, str } from '../search';
import { FINANCE_ACCESS as A } from './access';
import { AkadPage } from './akad-page';
import { AkadsPage } from './akads-page';
import { ApplicationPage } from './application-page';
import { ApplicationsPage } from './applications-page';
import { ApplyPage } from './apply-page';
import { CalculatorPage } from './calculator-page';
import { EscrowAccountPage } from './escrow-account-page';
import { EscrowPage } from './escrow-page';
import { FinanceHomePage } from './finance-home-page';
import { PipelinePage } from './pipeline-page';
import { PortfolioPage } from './portfolio-page';
import { ProductCreatePage, ProductEditPage } from './product-form-page';
import { ProductsPage } from './products-page';

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => (list.includes(v as T) ? (v as T) : undefined);
const parent = () => appLayout;

/** Pembiayaan (closed-loop finance): products, applications, akad, escrow, portfolio, pipeline, calculator. */
export const financeRoutes = [
  // the overview has its own address so that the shell's links never treat it as the parent of every finance page
  createRoute({ getParentRoute: parent, path: '/pembiayaan', beforeLoad: () => { throw redirect({ to: '/pembiayaan/ringkasan' }); } }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/ringkasan', component: guarded(A.overview, FinanceHomePage) }),
  createRoute({
    getParentRoute: parent,
    path: '/pembiayaan/produk',
    validateSearch: (s: Record<string, unknown>): { kind?: ProductKind; page?: number } => ({ kind: oneOf<ProductKind>(PRODUCT_KINDS, s.kind), page: pageOf(s.page) }),
    component: guarded(A.products, ProductsPage),
  }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/produk/baru', component: guarded(A.productEdit, ProductCreatePage) }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/produk/$productId', component: guarded(A.productEdit, ProductEditPage) }),
  createRoute({
    getParentRoute: parent,
    path: '/pembiayaan/pengajuan',
    validateSearch: (s: Record<string, unknown>): { status?: ApplicationStatus; page?: number } => ({ status: oneOf<ApplicationStatus>(APPLICATION_STATUSES, s.status), page: pageOf(s.page) }),
    component: guarded(A.applications, ApplicationsPage),
  }),
  createRoute({
    getParentRoute: parent,
    path: '/pembiayaan/pengajuan/baru',
    validateSearch: (s: Record<string, unknown>): { productId?: string } => ({ productId: str(s.productId) }),
    component: guarded(A.apply, ApplyPage),
  }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/pengajuan/$applicationId', component: guarded(A.applications, ApplicationPage) }),
  createRoute({
    getParentRoute: parent,
    path: '/pembiayaan/akad',
    validateSearch: (s: Record<string, unknown>): { status?: AkadStatus; page?: number } => ({ status: oneOf<AkadStatus>(AKAD_STATUSES, s.status), page: pageOf(s.page) }),
    component: guarded(A.akad, AkadsPage),
  }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/akad/$akadId', component: guarded(A.akad, AkadPage) }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/escrow', component: guarded(A.escrow, EscrowPage) }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/escrow/$escrowId', component: guarded(A.escrow, EscrowAccountPage) }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/portofolio', component: guarded(A.portfolio, PortfolioPage) }),
  createRoute({
    getParentRoute: parent,
    path: '/pembiayaan/pipeline',
    validateSearch: (s: Record<string, unknown>): { lenderId?: string } => ({ lenderId: str(s.lenderId) }),
    component: guarded(A.pipeline, PipelinePage),
  }),
  createRoute({ getParentRoute: parent, path: '/pembiayaan/kalkulator', component: guarded(A.calculator, CalculatorPage) }),
] as const;
