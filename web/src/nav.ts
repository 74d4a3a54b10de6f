import type { Me } from './api/types';
import { ACCESS, NOT_PROGRAMME, type AccessRule } from './access';

/**
 * The navigation, in one place. Each area adds its entries here (Registri IKM, Kebutuhan, Acara, MoU,
 * Pesanan, Pembiayaan…): a translation key, a link (may depend on the user), who sees it, and a group.
 */
export interface NavEntry {
  id: string;
  /** i18n key of the label. */
  label: string;
  /** The link; a function when it depends on the user (e.g. their own organisation). */
  to: string | ((me: Me) => string);
  access: AccessRule;
  /** Section heading (i18n key); entries without one come first. */
  group?: NavGroup;
  /** Match the link exactly (otherwise sub-pages highlight it too). */
  exact?: boolean;
}

export type NavGroup = 'nav.groups.administration';

export const NAV: NavEntry[] = [
  { id: 'home', label: 'nav.home', to: '/', access: ACCESS.signedIn, exact: true },
  { id: 'organisations', label: 'nav.organisations', to: '/organisasi', access: { kinds: ['programme'] }, group: 'nav.groups.administration' },
  { id: 'my-organisation', label: 'nav.myOrganisation', to: (me) => `/organisasi/${me.organisation.id}`, access: { kinds: NOT_PROGRAMME }, group: 'nav.groups.administration', exact: true },
  { id: 'users', label: 'nav.users', to: (me) => `/organisasi/${me.organisation.id}/pengguna`, access: { kinds: NOT_PROGRAMME, roles: ['admin'] }, group: 'nav.groups.administration' },
  { id: 'audit', label: 'nav.audit', to: '/audit', access: ACCESS.audit, group: 'nav.groups.administration' },
  { id: 'jobs', label: 'nav.jobs', to: '/sistem/tugas', access: ACCESS.jobs, group: 'nav.groups.administration' },
  { id: 'tokens', label: 'nav.tokens', to: '/token', access: ACCESS.tokens, group: 'nav.groups.administration' },
];

export function linkOf(entry: NavEntry, me: Me): string {
  return typeof entry.to === 'function' ? entry.to(me) : entry.to;
}
