import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from './api/session';
import { AppLayout } from './components/app-layout';
import { PublicLayout } from './components/public-layout';
import { safeRedirect } from './routes/auth/redirect';
import { NotFoundPage } from './routes/errors/not-found-page';
import { ErrorPage } from './routes/errors/error-page';

/**
 * The route skeleton areas hang their pages on: `createRoute({ getParentRoute: () => appLayout, … })` in
 * web/src/routes/<area>/routes.tsx, exported as an array and spread into router.tsx.
 */
export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

/** Pages for signed-out visitors (sign-in, password reset, invitation). */
export const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

export /** Everything behind sign-in: the app shell with navigation. */
const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/masuk', search: { redirect: safeRedirect(location.href) } });
  },
  component: AppLayout,
});

