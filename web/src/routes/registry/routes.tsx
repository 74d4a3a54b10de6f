import { createRoute, redirect } from '@tanstack/react-router';
import { PROFILE_STATUSES, BUYER_TIERS, type BuyerTier, type ProfileStatus } from '../../api/registry-types';
import { meQuery } from '../../api/session';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { pageOf, str } from '../search';
import { REGISTRY_ACCESS } from './access';
import { BuyerEditPage } from './buyer-edit-page';
import { BuyerPage } from './buyer-page';
import { BuyersPage } from './buyers-page';
import { DirectoryPage } from './directory-page';
import { validateDirectorySearch } from './directory-search';
import { ImportPage } from './import-page';
import { MyProfilePage } from './my-profile-page';
import { ProfileCreatePage } from './profile-create-page';
import { ProfileEditPage } from './profile-edit-page';
import { ProfilePage } from './profile-page';
import { VerificationPage } from './verification-page';

const directoryRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/registri',
  validateSearch: validateDirectorySearch,
  // an IKM sees only itself: straight to its own profile
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me?.kind === 'ikm') throw redirect({ to: '/registri/saya' });
  },
  component: guarded(REGISTRY_ACCESS.directory, DirectoryPage),
});
const createIkmRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/ikm/baru', component: guarded(REGISTRY_ACCESS.createIkm, ProfileCreatePage) });
const profileRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/ikm/$orgId', component: ProfilePage });
const editRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/ikm/$orgId/ubah', component: ProfileEditPage });
const myProfileRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/saya', component: guarded(REGISTRY_ACCESS.myProfile, MyProfilePage) });
const myCreateRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/saya/isi', component: guarded(REGISTRY_ACCESS.myProfile, ProfileCreatePage) });
const importRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/registri/impor',
  validateSearch: (s: Record<string, unknown>) => ({ id: typeof s.id === 'string' && /^[0-9a-f-]{36}$/i.test(s.id) ? s.id : undefined }),
  component: guarded(REGISTRY_ACCESS.import, ImportPage),
});
const buyersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/registri/pembeli',
  validateSearch: (s: Record<string, unknown>) => ({
    q: str(s.q),
    tier: BUYER_TIERS.includes(s.tier as BuyerTier) ? (s.tier as BuyerTier) : undefined,
    page: pageOf(s.page),
  }),
  component: guarded(REGISTRY_ACCESS.buyers, BuyersPage),
});
const buyerRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/pembeli/$orgId', component: guarded(REGISTRY_ACCESS.buyers, BuyerPage) });
const buyerEditRoute = createRoute({ getParentRoute: () => appLayout, path: '/registri/pembeli/$orgId/ubah', component: guarded(REGISTRY_ACCESS.buyers, BuyerEditPage) });
const verificationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/verifikasi',
  validateSearch: (s: Record<string, unknown>) => ({
    status: PROFILE_STATUSES.includes(s.status as ProfileStatus) && s.status !== 'submitted' && s.status !== 'verified' ? (s.status as ProfileStatus) : undefined,
    page: pageOf(s.page),
  }),
  component: guarded(REGISTRY_ACCESS.verification, VerificationPage),
});

/** The registry's pages (IKM directory and profiles, verification, import, buyers). */
export const registryRoutes = [
  directoryRoute,
  createIkmRoute,
  profileRoute,
  editRoute,
  myProfileRoute,
  myCreateRoute,
  importRoute,
  buyersRoute,
  buyerRoute,
  buyerEditRoute,
  verificationRoute,
];
