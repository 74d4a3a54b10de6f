import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import { rootRoute, publicLayout, appLayout } from './router-base';
import { meQuery } from './api/session';
import { ACCESS } from './access';
import { guarded } from './components/guarded';
import { queryClient } from './query-client';
import { safeRedirect } from './routes/auth/redirect';
import { SignInPage } from './routes/auth/sign-in-page';
import { ForgotPasswordPage } from './routes/auth/forgot-password-page';
import { ResetPasswordPage } from './routes/auth/reset-password-page';
import { AcceptInvitationPage } from './routes/auth/accept-invitation-page';
import { HomePage } from './routes/home/home-page';
import { OrganisationsPage } from './routes/organisations/organisations-page';
import { OrganisationPage } from './routes/organisations/organisation-page';
import { UsersPage } from './routes/users/users-page';
import { TokensPage } from './routes/tokens/tokens-page';
import { AuditPage } from './routes/audit/audit-page';
import { ChangePasswordPage } from './routes/account/change-password-page';
import { JobFailuresPage } from './routes/system/job-failures-page';
import { NotFoundPage } from './routes/errors/not-found-page';
import { financeRoutes } from './routes/finance/routes';
import { registryRoutes } from './routes/registry/routes';
import { needsRoutes } from './routes/needs/routes';
import { matchingRoutes } from './routes/matching/routes';
import { eventsRoutes } from './routes/events/routes';
import { partnershipRoutes } from './routes/partnerships/routes';
import { developmentRoutes } from './routes/development/routes';
import { orderRoutes } from './routes/orders/routes';
import { notificationRoutes } from './routes/notifications/routes';
import { ORG_KINDS, type OrgKind } from './api/types';
import { str, pageOf } from './routes/search';

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/masuk',
  validateSearch: (s: Record<string, unknown>) => ({ redirect: safeRedirect(s.redirect) }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ to: search.redirect ?? '/' });
  },
  component: SignInPage,
});
const forgotRoute = createRoute({ getParentRoute: () => publicLayout, path: '/lupa-sandi', component: ForgotPasswordPage });
const tokenSearch = (s: Record<string, unknown>) => ({ token: str(s.token) });
const resetRoute = createRoute({ getParentRoute: () => publicLayout, path: '/atur-ulang', validateSearch: tokenSearch, component: ResetPasswordPage });
const inviteRoute = createRoute({ getParentRoute: () => publicLayout, path: '/undangan', validateSearch: tokenSearch, component: AcceptInvitationPage });

const homeRoute = createRoute({ getParentRoute: () => appLayout, path: '/', component: HomePage });
const organisationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/organisasi',
  validateSearch: (s: Record<string, unknown>) => ({
    kind: ORG_KINDS.includes(s.kind as OrgKind) ? (s.kind as OrgKind) : undefined,
    q: str(s.q),
    page: pageOf(s.page),
  }),
  // other organisations see only their own: go straight to it
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me && me.kind !== 'programme') throw redirect({ to: '/organisasi/$orgId', params: { orgId: me.organisation.id } });
  },
  component: guarded(ACCESS.organisations, OrganisationsPage),
});
const organisationRoute = createRoute({ getParentRoute: () => appLayout, path: '/organisasi/$orgId', component: OrganisationPage });
const usersRoute = createRoute({ getParentRoute: () => appLayout, path: '/organisasi/$orgId/pengguna', component: guarded(ACCESS.organisationAdmin, UsersPage) });
const tokensRoute = createRoute({ getParentRoute: () => appLayout, path: '/token', component: guarded(ACCESS.tokens, TokensPage) });
const auditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/audit',
  validateSearch: (s: Record<string, unknown>) => ({
    action: str(s.action),
    entityType: str(s.entityType),
    from: str(s.from),
    to: str(s.to),
    orgId: str(s.orgId),
    page: pageOf(s.page),
  }),
  component: guarded(ACCESS.audit, AuditPage),
});
const passwordRoute = createRoute({ getParentRoute: () => appLayout, path: '/akun/sandi', component: ChangePasswordPage });
const jobsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/sistem/tugas',
  validateSearch: (s: Record<string, unknown>) => ({ page: pageOf(s.page) }),
  component: guarded(ACCESS.jobs, JobFailuresPage),
});

/** Unknown addresses: 404 inside the shell for signed-in users (signed-out visitors are sent to sign in first). */
const notFoundRoute = createRoute({ getParentRoute: () => appLayout, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([signInRoute, forgotRoute, resetRoute, inviteRoute]),
  appLayout.addChildren([homeRoute, organisationsRoute, organisationRoute, usersRoute, tokensRoute, auditRoute, passwordRoute, jobsRoute, ...financeRoutes, ...registryRoutes, ...needsRoutes, ...matchingRoutes, ...eventsRoutes, ...partnershipRoutes, ...developmentRoutes, ...orderRoutes, ...notificationRoutes, notFoundRoute]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
