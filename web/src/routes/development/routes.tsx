import { createRoute } from '@tanstack/react-router';
import type { AccessRule } from '../../access';
import { guarded } from '../../components/guarded';
import { appLayout } from '../../router-base';
import { BoardPage } from './board-page';
import { ProjectCreatePage } from './project-create-page';
import { ProjectPage } from './project-page';

/** Buyers and IKM see their projects, the programme office all. */
export const DEVELOPMENT_ACCESS: AccessRule = { kinds: ['programme', 'buyer', 'ikm'] };
const DEVELOPMENT_CREATOR: AccessRule = { kinds: ['buyer'], roles: ['admin', 'staff'] };

const boardRoute = createRoute({ getParentRoute: () => appLayout, path: '/pengembangan', component: guarded(DEVELOPMENT_ACCESS, BoardPage) });
const createProjectRoute = createRoute({ getParentRoute: () => appLayout, path: '/pengembangan/baru', component: guarded(DEVELOPMENT_CREATOR, ProjectCreatePage) });
const projectRoute = createRoute({ getParentRoute: () => appLayout, path: '/pengembangan/$projectId', component: guarded(DEVELOPMENT_ACCESS, ProjectPage) });

export const developmentRoutes = [boardRoute, createProjectRoute, projectRoute];
