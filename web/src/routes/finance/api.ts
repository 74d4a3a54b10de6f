/**
 * Finance calls the shared client cannot make: POST with an Idempotency-Key header (signatures,
 * disbursement, payments) and multipart document uploads. Errors come back as the shared ApiError.
 */
import { ApiError, type ErrorParams } from '../../api/client';

async function failure(res: Response): Promise<ApiError> {
  const requestId = res.headers.get('x-request-id');
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; params?: ErrorParams; requestId?: string } };
    const e = data.error;
    if (e?.code) return new ApiError(res.status, e.code, e.message ?? e.code, e.params ?? {}, e.requestId ?? requestId);
  } catch {
    // not JSON
  }
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'request.failed', res.statusText || `HTTP ${res.status}`, {}, requestId);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'Network error');
  }
  if (!res.ok) throw await failure(res);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new idempotency key: one per user action (a retry of the same action reuses it). */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** POST JSON with an Idempotency-Key: the server applies it once, and a repeat returns the first result. */
export function postIdempotent<T>(path: string, body: unknown, key: string): Promise<T> {
  return send<T>(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body ?? {}),
  });
}

export interface UploadedFile {
  id: string;
  filename?: string;
  name?: string;
}

/** Uploads a document (PDF/JPEG/PNG) to the IKM's own files; its download address goes into the application. */
export async function uploadIkmDocument(orgId: string, file: File, description: string): Promise<{ name: string; url: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const qs = new URLSearchParams({ purpose: 'document', description: description.slice(0, 500) });
  const saved = await send<UploadedFile>(`/api/ikm/${orgId}/files?${qs.toString()}`, { method: 'POST', headers: { accept: 'application/json' }, body: form });
  return { name: saved.filename ?? saved.name ?? file.name, url: `/api/registry/files/${saved.id}` };
}
