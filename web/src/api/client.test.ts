import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './client';
import { safeRedirect } from '../routes/auth/redirect';
import { passwordProblem } from '../routes/auth/password-rules';

const reply = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' } }));

describe('api client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('throws ApiError with the server code, message, params and request id', async () => {
    vi.stubGlobal('fetch', reply(400, { error: { code: 'validation.invalid', message: 'body.email: bad', params: { field: 'body.email' }, requestId: 'r-9' } }));
    const e = (await api.post('/api/x', {}).catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.message, e.requestId, e.field]).toEqual([400, 'validation.invalid', 'body.email: bad', 'r-9', 'email']);
  });

  it('sends JSON with same-origin credentials and drops empty query values', async () => {
    const fetch = reply(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    await api.get('/api/organisations', { kind: 'ikm', q: '', page: 2 });
    expect(fetch).toHaveBeenCalledWith('/api/organisations?kind=ikm&page=2', expect.objectContaining({ method: 'GET', credentials: 'same-origin' }));
  });

  it('turns a network failure into code "network"', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(api.get('/api/me')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});

describe('sign-in redirect', () => {
  it('allows only same-site paths', () => {
    expect(safeRedirect('/audit?page=2')).toBe('/audit?page=2');
    expect(safeRedirect('//evil.example')).toBeUndefined();
    expect(safeRedirect('https://evil.example')).toBeUndefined();
    expect(safeRedirect('/masuk')).toBeUndefined();
  });
});

describe('password rules (as the server)', () => {
  it('names the broken rule', () => {
    expect(passwordProblem('pendek')).toBe('errors.auth.password_too_short');
    expect(passwordProblem('12345678901')).toBe('errors.auth.password_only_digits');
    expect(passwordProblem('siti@ikm.co.id', 'Siti@IKM.co.id')).toBe('errors.auth.password_equals_email');
    expect(passwordProblem('kopi-tubruk-2026')).toBeUndefined();
  });
});
