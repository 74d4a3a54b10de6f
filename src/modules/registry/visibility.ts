/**
 * Who sees which IKM profile: programme staff see all; buyers, mentors and lenders see verified
 * profiles; an IKM sees only itself. Anything else answers 404, so ids leak nothing.
 */
import type { Actor } from '../../core/actor';
import type { Rule } from '../../core/authz';
import { notFound } from '../../core/errors';
import type { Visibility } from './search-store';

export const READ_RULE: Rule = { kinds: ['programme', 'buyer', 'ikm', 'lender', 'mentor'], relation: 'any' };
/** The IKM itself (admin/staff) or programme staff. */
export const EDIT_RULE: Rule = { kinds: ['programme', 'ikm'], roles: ['admin', 'staff'] };
export const VERIFY_RULE: Rule = { kinds: ['programme'], roles: ['admin', 'staff'], relation: 'any' };

export function isProgramme(actor: Actor): boolean {
  return actor.type === 'system' || actor.orgKind === 'programme';
}

export function visibilityOf(actor: Actor): Visibility {
  if (isProgramme(actor)) return {};
  if (actor.orgKind === 'ikm') return { onlyOrgId: actor.orgId };
  return { onlyVerified: true };
}

export function canSeeProfile(actor: Actor, profile: { orgId: string; status: string }): boolean {
  const v = visibilityOf(actor);
  if (v.onlyOrgId && v.onlyOrgId !== profile.orgId) return false;
  if (v.onlyVerified && profile.status !== 'verified') return false;
  return true;
}

export const profileNotFound = (orgId: string) => notFound('registry.ikm_not_found', 'Profil IKM tidak ditemukan.', { id: orgId });

/** The profile, or 404 when it does not exist or the caller may not see it. */
export function assertVisible<T extends { orgId: string; status: string }>(actor: Actor, orgId: string, profile: T | null): T {
  if (!profile || !canSeeProfile(actor, profile)) throw profileNotFound(orgId);
  return profile;
}
