import type { Me, OrgKind, Role } from './api/types';

/**
 * Who may see a page or a navigation entry: organisation kinds and roles (any of them).
 * The server enforces the same rules; this only decides what to show.
 */
export interface AccessRule {
  kinds?: readonly OrgKind[];
  roles?: readonly Role[];
}

export const NOT_PROGRAMME: readonly OrgKind[] = ['buyer', 'ikm', 'lender', 'mentor'];

export function canAccess(me: Me, rule: AccessRule): boolean {
  if (rule.kinds && !rule.kinds.includes(me.kind)) return false;
  if (rule.roles && !rule.roles.some((r) => me.roles.includes(r))) return false;
  return true;
}

/** Page rules, shared by the routes (403 page) and the navigation. */
export const ACCESS = {
  signedIn: {},
  organisations: {},
  organisationAdmin: { roles: ['admin'] },
  audit: { roles: ['admin'] },
  jobs: { kinds: ['programme'], roles: ['admin'] },
  tokens: { roles: ['admin'] },
} satisfies Record<string, AccessRule>;

/** May this user manage the users of organisation `orgId`? (programme admins: any; organisation admins: their own) */
export function canManageUsersOf(me: Me, orgId: string): boolean {
  if (!me.roles.includes('admin')) return false;
  return me.kind === 'programme' || me.organisation.id === orgId;
}
