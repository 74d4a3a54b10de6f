/** Shared rules and helpers of the finance services: who may do what, 404 for other organisations' objects. */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor, OrgKind, Role } from '../../core/actor';
import { can, type Rule } from '../../core/authz';
import { forbidden, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';

export const RULES = {
  /** Lender product management. */
  productEditor: { kinds: ['lender'], roles: ['admin', 'staff'], programmeOverride: false },
  ikmApplicant: { kinds: ['ikm'], roles: ['admin', 'staff'], programmeOverride: false },
  ikmSignatory: { kinds: ['ikm'], roles: ['admin'], programmeOverride: false },
  buyerConfirmer: { kinds: ['buyer', 'mentor'], roles: ['admin', 'staff'], programmeOverride: false },
  analyst: { kinds: ['lender'], roles: ['analyst'], programmeOverride: false },
  approver: { kinds: ['lender'], roles: ['approver'], programmeOverride: false },
  /** Akad drafting, lender signature, disbursement: the approver or the lender's admin. */
  lenderOfficer: { kinds: ['lender'], roles: ['approver', 'admin'], programmeOverride: false },
  payer: { kinds: ['buyer'], roles: ['admin', 'staff'], programmeOverride: false },
  programmeAdmin: { kinds: ['programme'], roles: ['admin'], relation: 'any' },
} satisfies Record<string, Rule>;

export const ALL: readonly OrgKind[] = ['programme', 'buyer', 'ikm', 'lender', 'mentor'];

export const isProgramme = (actor: Actor) => actor.type === 'system' || actor.orgKind === 'programme';

/** Sees the object when a party (or programme staff); otherwise the caller gets the object's 404. */
export function assertVisible(actor: Actor, parties: string[], hidden: () => Error): void {
  if (!can(actor, { kinds: ALL }, { parties })) throw hidden();
}

/** Must be a party AND hold the rule: a non-party gets the object's 404 (ids leak nothing), a party without the role 403. */
export function assertParty(actor: Actor, rule: Rule, parties: string[], hidden: () => Error): void {
  if (actor.type === 'system') return;
  if (!parties.includes(actor.orgId)) throw hidden();
  if (!can(actor, rule, { parties })) throw forbidden();
}

export const hasAnyRole = (actor: Actor, roles: Role[]) => actor.type === 'system' || roles.some((r) => actor.roles.includes(r));

export const notFoundOf = (what: 'application' | 'akad' | 'product' | 'escrow' | 'payment', id: string) => () =>
  notFound(`finance.${what}_not_found`, { application: 'Pengajuan kredit', akad: 'Akad kredit', product: 'Produk kredit', escrow: 'Rekening escrow', payment: 'Pembayaran' }[what] + ' tidak ditemukan.', { id });

/** Stable hash of a request body (idempotency: a key reused with another body is refused). */
export function requestHash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)))
    .digest('hex')
    .slice(0, 32);
}

/** Organisation names by id (read-only; for views and reports). */
export async function orgNames(x: Executor, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const r = await x.execute<{ id: string; name: string }>(sql`select id, name from organisations where id in (${sql.join(list.map((i) => sql`${i}::uuid`), sql`, `)})`);
  return new Map(r.rows.map((o) => [o.id, o.name]));
}

export async function orgKind(x: Executor, id: string): Promise<string | null> {
  const r = await x.execute<{ kind: string }>(sql`select kind from organisations where id = ${id}::uuid`);
  return r.rows[0]?.kind ?? null;
}

export const money = (v: bigint | string | null | undefined): string => (v === null || v === undefined ? '0' : v.toString());
