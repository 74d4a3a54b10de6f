import type { Actor } from '../../core/actor';
import { ALL_KINDS, can } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest, notFound, unprocessable } from '../../core/errors';
import type { Clock } from '../../core/clock';

export const poLink = (id: string) => `/pesanan/${id}`;
export const invoiceLink = (id: string) => `/faktur/${id}`;

export const businessYear = (clock: Clock) => Number(today(clock).slice(0, 4));

/** 404 unless the caller is the buyer, the IKM or programme staff (ids of other organisations reveal nothing). */
export function assertParty(actor: Actor, doc: { buyerOrgId: string; ikmOrgId: string } | null, code: string, what: string, id: string): asserts doc {
  if (!doc || !can(actor, { kinds: ALL_KINDS }, { parties: [doc.buyerOrgId, doc.ikmOrgId] })) throw notFound(code, `${what} tidak ditemukan.`, { id });
}

export function requireIdempotencyKey(key: string | null): string {
  if (!key) throw badRequest('request.idempotency_key_required', 'Header Idempotency-Key wajib untuk permintaan ini.', { field: 'idempotency-key' });
  return key;
}

export function keyReused(): never {
  throw unprocessable('orders.idempotency_key_reused', 'Idempotency-Key ini sudah dipakai untuk permintaan lain.', { field: 'idempotency-key' });
}

/** PostgreSQL unique violation (23505), also when wrapped by drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  for (let cur = e as { code?: string; cause?: unknown } | undefined, i = 0; cur && i < 4; cur = cur.cause as typeof cur, i++) {
    if (cur.code === '23505') return true;
  }
  return false;
}

/** Runs `create` unless `lookup` finds the first result; a concurrent duplicate that loses the unique race returns the winner's. */
export async function idempotent<T>(lookup: () => Promise<T | null>, create: () => Promise<T>): Promise<{ result: T; created: boolean }> {
  const first = await lookup();
  if (first) return { result: first, created: false };
  try {
    return { result: await create(), created: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await lookup();
    if (!winner) throw e;
    return { result: winner, created: false };
  }
}

/** Positive integer quantities, each referenced line once. */
export function assertDocLines(lines: readonly { id: string; quantity: number }[], field = 'lines'): void {
  if (!lines.length) throw unprocessable('orders.lines_required', 'Minimal satu baris.', { field });
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (seen.has(l.id)) throw unprocessable('orders.duplicate_line', 'Baris yang sama tercantum dua kali.', { field: `${field}.${i}` });
    seen.add(l.id);
    if (!Number.isInteger(l.quantity) || l.quantity < 0) throw unprocessable('orders.quantity_invalid', 'Jumlah harus bilangan bulat positif.', { field: `${field}.${i}.quantity` });
  });
}
