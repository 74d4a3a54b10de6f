import type { Actor, OrgKind, Role } from './actor';
import { forbidden } from './errors';

/**
 * The one permission check used by every service.
 *
 * A rule says which organisation kinds and roles may perform an action, and how the caller's
 * organisation must relate to the object:
 *  - 'any'      : no object (e.g. list own things, create);
 *  - 'own'      : the caller's organisation is one of the object's parties (`parties`);
 *  - 'programme': programme staff see across organisations; others must be a party.
 * A `system` actor passes every check.
 */
export interface Rule {
  kinds: readonly OrgKind[];
  roles?: readonly Role[];
  relation?: 'any' | 'party';
  /** Programme staff may act on any object regardless of relation. Default true. */
  programmeOverride?: boolean;
}

export interface Resource {
  /** Organisations that are parties to the object (owner, counter-party, shared-with). */
  parties: readonly string[];
}

export function can(actor: Actor, rule: Rule, resource?: Resource): boolean {
  if (actor.type === 'system') return true;
  if (!rule.kinds.includes(actor.orgKind)) return false;
  if (rule.roles && !rule.roles.some((r) => actor.roles.includes(r))) return false;
  if ((rule.relation ?? 'party') === 'any' || !resource) return true;
  if (actor.orgKind === 'programme' && (rule.programmeOverride ?? true)) return true;
  return resource.parties.includes(actor.orgId);
}

/** Throws 403 `auth.forbidden` (or 404 when `hideExistence`) unless `can` holds. */
export function authorize(actor: Actor, rule: Rule, resource?: Resource): void {
  if (!can(actor, rule, resource)) throw forbidden();
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.type === 'system' || roles.some((r) => actor.roles.includes(r));
}

export const ALL_KINDS: readonly OrgKind[] = ['programme', 'buyer', 'ikm', 'lender', 'mentor'];
