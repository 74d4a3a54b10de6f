import { ApiError, type ErrorParams } from '../../api/client';

/**
 * What api/client.ts does not cover: JSON with extra headers (If-Match) and multipart uploads with
 * upload progress. Errors are thrown as the same ApiError (code, params.field, requestId).
 */
function errorOf(status: number, statusText: string, text: string, requestId: string | null): ApiError {
  try {
    const data = JSON.parse(text) as { error?: { code?: string; message?: string; params?: ErrorParams; requestId?: string } };
    const e = data.error;
    if (e?.code) return new ApiError(status, e.code, e.message ?? e.code, e.params ?? {}, e.requestId ?? requestId);
  } catch {
    // not JSON
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'request.failed', statusText || `HTTP ${status}`, {}, requestId);
}

/** PUT/PATCH/POST JSON with extra headers (e.g. If-Match: "3"). */
export async function sendJson<T>(method: 'PUT' | 'PATCH' | 'POST', path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'Network error');
  }
  const text = await res.text();
  if (!res.ok) throw errorOf(res.status, res.statusText, text, res.headers.get('x-request-id'));
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Uploads one file as multipart/form-data (part "file"), reporting the share sent (0–1). */
export function uploadFile<T>(path: string, file: File, onProgress?: (share: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable && onProgress) onProgress(ev.loaded / ev.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch (e) {
          reject(e);
        }
      } else {
        reject(errorOf(xhr.status, xhr.statusText, xhr.responseText, xhr.getResponseHeader('x-request-id')));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** A query string for links (exports): arrays joined with commas, empty values left out. */
export function queryString(params: Record<string, string | number | boolean | string[] | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) qs.set(k, v.join(','));
    } else qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}
