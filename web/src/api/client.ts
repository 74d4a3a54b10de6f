/**
 * A small typed fetch client for the Lingkar API (same origin, JSON, session cookie).
 * Errors come back from the server as `{ error: { code, message, params, requestId } }` and are thrown as ApiError.
 */
export type ErrorParams = Record<string, unknown>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: ErrorParams;
  readonly requestId: string | null;

  constructor(status: number, code: string, message: string, params: ErrorParams = {}, requestId: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.params = params;
    this.requestId = requestId;
  }

  /** The form field the server blames (`params.field`), without the `body.` / `querystring.` prefix. */
  get field(): string | null {
    const f = this.params.field;
    return typeof f === 'string' && f ? f.replace(/^(body|querystring|params)\./, '') : null;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function errorFrom(res: Response): Promise<ApiError> {
  const requestId = res.headers.get('x-request-id');
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; params?: ErrorParams; requestId?: string } };
    const e = data.error;
    if (e?.code) return new ApiError(res.status, e.code, e.message ?? e.code, e.params ?? {}, e.requestId ?? requestId);
  } catch {
    // not JSON (proxy error page, …)
  }
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'request.failed', res.statusText || `HTTP ${res.status}`, {}, requestId);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error).message || 'Network error');
  }
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
