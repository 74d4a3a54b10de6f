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
  { id: 'registry', label: 'registry.nav.directory', to: '/registri', access: { kinds: ['programme', 'buyer', 'lender', 'mentor'] } },
  { id: 'registry-mine', label: 'registry.nav.myProfile', to: '/registri/saya', access: { kinds: ['ikm'] } },
  { id: 'registry-verification', label: 'registry.nav.verification', to: '/verifikasi', access: { kinds: ['programme'], roles: ['admin', 'staff'] } },
  { id: 'finance', label: 'finance.nav.overview', to: '/pembiayaan/ringkasan', access: { kinds: ['programme', 'lender', 'ikm', 'buyer', 'mentor'] }, group: 'finance.nav.group' as NavGroup, exact: true },
  { id: 'finance-applications', label: 'finance.nav.applications', to: '/pembiayaan/pengajuan', access: { kinds: ['programme', 'lender', 'ikm', 'buyer', 'mentor'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'finance-products', label: 'finance.nav.products', to: '/pembiayaan/produk', access: { kinds: ['programme', 'lender', 'ikm'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'finance-akad', label: 'finance.nav.akad', to: '/pembiayaan/akad', access: { kinds: ['programme', 'lender', 'ikm'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'finance-escrow', label: 'finance.nav.escrow', to: '/pembiayaan/escrow', access: { kinds: ['programme', 'lender', 'ikm'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'finance-portfolio', label: 'finance.nav.portfolio', to: '/pembiayaan/portofolio', access: { kinds: ['programme', 'lender'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'finance-pipeline', label: 'finance.nav.pipeline', to: '/pembiayaan/pipeline', access: { kinds: ['programme'] }, group: 'finance.nav.group' as NavGroup },
  { id: 'needs', label: 'needs.nav.needs', to: '/kebutuhan', access: { kinds: ['programme', 'buyer', 'ikm'] } },
  { id: 'needs-matches', label: 'matching.nav.forMe', to: '/pencocokan/ikm', access: { kinds: ['ikm'] } },
  { id: 'matching-weights', label: 'matching.nav.weights', to: '/pencocokan/bobot', access: { kinds: ['programme'] }, group: 'nav.groups.administration' },
  { id: 'events', label: 'events.nav.events', to: '/acara', access: {} },
  { id: 'mou', label: 'partnerships.nav', to: '/mou', access: { kinds: ['programme', 'buyer', 'mentor', 'ikm'] } },
  { id: 'development', label: 'development.nav', to: '/pengembangan', access: { kinds: ['programme', 'buyer', 'ikm'] } },
  { id: 'orders', label: 'orders.nav.orders', to: '/pesanan', access: { kinds: ['programme', 'buyer', 'ikm'] } },
  { id: 'scorecard', label: 'orders.nav.scorecard', to: '/scorecard', access: { kinds: ['programme', 'buyer', 'ikm'] } },
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
