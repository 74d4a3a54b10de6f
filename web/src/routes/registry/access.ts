import type { Me } from '../../api/types';
import type { AccessRule } from '../../access';

/** Who sees the registry's pages (the server enforces the same rules). */
export const REGISTRY_ACCESS = {
  /** The IKM directory: programme staff (all), buyers, lenders, mentors (verified IKM). */
  directory: { kinds: ['programme', 'buyer', 'lender', 'mentor'] },
  /** An IKM's own profile. */
  myProfile: { kinds: ['ikm'] },
  /** Verification queue and import wizard: programme admins and staff. */
  verification: { kinds: ['programme'], roles: ['admin', 'staff'] },
  import: { kinds: ['programme'], roles: ['admin', 'staff'] },
  /** A new IKM registered by programme staff. */
  createIkm: { kinds: ['programme'], roles: ['admin', 'staff'] },
  /** Buyer profiles: every signed-in user. */
  buyers: {},
} satisfies Record<string, AccessRule>;

const editor = (me: Me) => me.roles.includes('admin') || me.roles.includes('staff');

/** May this user edit (and submit) the IKM profile of organisation `orgId`? */
export function canEditIkm(me: Me, orgId: string): boolean {
  if (!editor(me)) return false;
  return me.kind === 'programme' || (me.kind === 'ikm' && me.organisation.id === orgId);
}

/** May this user verify or send back IKM profiles? */
export function canVerify(me: Me): boolean {
  return me.kind === 'programme' && editor(me);
}

/** May this user see the status history of organisation `orgId`? (programme staff and the IKM itself) */
export function canSeeHistory(me: Me, orgId: string): boolean {
  return me.kind === 'programme' || me.organisation.id === orgId;
}

/** May this user edit the buyer profile of organisation `orgId`? */
export function canEditBuyer(me: Me, orgId: string): boolean {
  if (!editor(me)) return false;
  return me.kind === 'programme' || (me.kind === 'buyer' && me.organisation.id === orgId);
}
