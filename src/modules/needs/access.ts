/**
 * Who sees a part need: programme staff all; a buyer its own; an IKM those visible to it (all
 * verified IKM, invited, or registered at the need's event; and any it has responded to).
 * Lenders and mentors see none. Anything not visible answers 404, so ids leak nothing.
 */
import type { Actor } from '../../core/actor';
import { ALL_KINDS, authorize, type Rule } from '../../core/authz';
import { forbidden, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { eventIdsOfOrg } from '../events';
import { ikmCanSeeNeed, type NeedStatus, type NeedVisibility } from './domain/rules';
import type { RegistryLookup } from './registry-lookup';
import * as store from './store';

export const READ: Rule = { kinds: ALL_KINDS, relation: 'any' };
/** A buyer's admins and staff on its own needs (programme staff on any). */
export const BUYER_WRITE: Rule = { kinds: ['buyer', 'programme'], roles: ['admin', 'staff'] };
/** An IKM's admins and staff responding to a need. */
export const IKM_WRITE: Rule = { kinds: ['ikm'], roles: ['admin', 'staff'], relation: 'any' };

export function isProgramme(actor: Actor): boolean {
  return actor.type === 'system' || actor.orgKind === 'programme';
}

export const needNotFound = (id: string) => notFound('needs.need_not_found', 'Kebutuhan part tidak ditemukan.', { id });
export const quotationNotFound = (id: string) => notFound('needs.quotation_not_found', 'Penawaran tidak ditemukan.', { id });

export async function scopeOf(x: Executor, actor: Actor, registry: RegistryLookup): Promise<store.NeedScope> {
  authorize(actor, READ);
  if (isProgramme(actor)) return { kind: 'all' };
  if (actor.orgKind === 'buyer') return { kind: 'buyer', orgId: actor.orgId };
  if (actor.orgKind === 'ikm') return { kind: 'ikm', orgId: actor.orgId, isVerified: await registry.isVerifiedIkm(x, actor.orgId), eventIds: await eventIdsOfOrg(x, actor.orgId) };
  throw forbidden('needs.not_for_kind', 'Kebutuhan part hanya untuk pembeli, IKM dan kantor program.');
}

/** Whether an IKM sees a need. */
export async function ikmSees(x: Executor, registry: RegistryLookup, need: store.NeedRow, orgId: string): Promise<boolean> {
  if (need.status === 'draft') return false;
  return ikmCanSeeNeed(
    { status: need.status as NeedStatus, visibility: need.visibility as NeedVisibility },
    {
      isVerified: need.visibility === 'all_verified' ? await registry.isVerifiedIkm(x, orgId) : false,
      isInvited: await store.isInvited(x, need.id, orgId),
      isEventParticipant: need.visibility === 'event' && need.eventId ? (await eventIdsOfOrg(x, orgId)).includes(need.eventId) : false,
      hasResponded: await store.hasResponded(x, need.id, orgId),
    },
  );
}

/** The need (with the buyer's name), or 404 when missing or not visible to the caller. */
export async function loadVisibleNeed(x: Executor, actor: Actor, registry: RegistryLookup, id: string) {
  authorize(actor, READ);
  const row = await store.findNeed(x, id);
  if (!row) throw needNotFound(id);
  if (isProgramme(actor)) return row;
  if (actor.orgKind === 'buyer' && row.need.buyerOrgId === actor.orgId) return row;
  if (actor.orgKind === 'ikm' && (await ikmSees(x, registry, row.need, actor.orgId))) return row;
  throw needNotFound(id);
}

/** The need for its owner (buyer admin/staff) or programme staff; 404 for other buyers, 403 for IKM that see it. */
export async function loadOwnNeed(x: Executor, actor: Actor, registry: RegistryLookup, id: string, rule: Rule = BUYER_WRITE) {
  const row = await loadVisibleNeed(x, actor, registry, id);
  authorize(actor, rule, { parties: [row.need.buyerOrgId] });
  return row;
}
