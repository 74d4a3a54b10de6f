import { ApiError, type ErrorParams } from '../../api/client';

/** A fresh Idempotency-Key (one per user intention: made when a dialog opens, reused on retry or double click). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * POST JSON with an `Idempotency-Key` header (signing, receipts, invoices, payments): the shell's client has no
 * headers option, so this mirrors it and throws the same ApiError.
 */
export async function postIdempotent<T>(path: string, body: unknown, key: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': key },
      credentials: 'same-origin',
      body: JSON.stringify(body ?? {}),
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'Network error');
  }
  const requestId = res.headers.get('x-request-id');
  if (!res.ok) {
    let err: ApiError | null = null;
    try {
      const data = (await res.json()) as { error?: { code?: string; message?: string; params?: ErrorParams; requestId?: string } };
      const e = data.error;
      if (e?.code) err = new ApiError(res.status, e.code, e.message ?? e.code, e.params ?? {}, e.requestId ?? requestId);
    } catch {
      // not JSON
    }
    throw err ?? new ApiError(res.status, res.status >= 500 ? 'internal' : 'request.failed', res.statusText || `HTTP ${res.status}`, {}, requestId);
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

