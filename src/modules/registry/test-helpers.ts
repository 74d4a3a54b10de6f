/** Shared helpers of the registry's HTTP tests. */
import { TEST_ORIGIN, type TestEnv } from '../../test/harness';

export const PROGRAMME = 'admin@kemenperin.demo.lingkar.id';
export const PROGRAMME_STAFF = 'staf@kemenperin.demo.lingkar.id';
export const BUYER = 'admin@ahm.demo.lingkar.id';
export const TIER = 'admin@tier01.demo.lingkar.id';
export const IKM = 'admin@ikm01.demo.lingkar.id';
export const IKM2 = 'admin@ikm02.demo.lingkar.id';
export const IKM_RETURNED = 'admin@ikm31.demo.lingkar.id';
export const LENDER = 'analis@mandiri.demo.lingkar.id';
export const MENTOR = 'admin@ydba.demo.lingkar.id';

export interface Caller {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (method: string, url: string, who?: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; raw: string; headers: Record<string, unknown> }>;
}

/** Signs everyone in once and returns a caller that parses JSON answers. */
export async function signInAll(env: TestEnv, emails: string[]) {
  const h: Record<string, Record<string, string>> = {};
  const org: Record<string, string> = {};
  for (const e of emails) h[e] = await env.signIn(e);
  const call: Caller = async (method, url, who, payload, headers = {}) => {
    const r = await env.app.inject({ method: method as 'GET', url, headers: { ...(who ? h[who] : { origin: TEST_ORIGIN }), ...headers }, payload: payload as object });
    let body: unknown = null;
    try {
      body = r.body ? JSON.parse(r.body) : null;
    } catch {
      body = null;
    }
    return { status: r.statusCode, body, raw: r.body, headers: r.headers as Record<string, unknown> };
  };
  for (const e of emails) org[e] = (await call('GET', '/api/me', e)).body.organisation.id;
  return { h, org, call };
}

/** A multipart/form-data body with one file part. */
export function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----lingkar${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A valid profile body for creating IKM in tests. */
export function profileBody(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'CV Uji Coba Logam',
    legalForm: 'cv',
    nib: '9120999000001',
    npwp: '02.999.000.1-431.000',
    kbliCodes: ['25920'],
    address: { street: 'Jl. Uji No. 1', provinceCode: 'Jawa Barat', regencyCode: 'Kabupaten Bekasi', postalCode: '17530' },
    workforce: { total: 12 },
    annualTurnover: '1500000000',
    processes: ['machining'],
    materials: ['steel'],
    products: [{ name: 'Baut uji' }],
    contacts: [{ name: 'Sari Uji', phone: '0812-0000-1111' }],
    ...overrides,
  };
}
