import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { AuthService } from '../modules/identity';

export const SESSION_COOKIE = 'lingkar_session';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h || !h.startsWith('Bearer ')) return null;
  return h.slice(7).trim() || null;
}

function sameOrigin(req: FastifyRequest, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (origin) {
    if (origin === publicUrl) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  // No Origin: browsers send it on cross-origin writes, so only Sec-Fetch-Site can still tell.
  return req.headers['sec-fetch-site'] !== 'cross-site';
}

/**
 * Resolves the caller on every request: an API token (`Authorization: Bearer …`) or the session cookie.
 * State-changing cookie requests must come from our own origin (CSRF defence).
 */
export function installAuth(app: FastifyInstance, auth: AuthService, publicUrl: string): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const bearer = bearerOf(req);
    if (bearer) {
      const actor = await auth.resolveApiToken(bearer, String(req.id));
      if (!actor) throw new AppError('auth.token_invalid', 401, 'Token API tidak berlaku atau sudah dicabut.');
      req.actor = actor;
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    if (STATE_CHANGING.has(req.method) && !sameOrigin(req, publicUrl)) {
      throw new AppError('auth.cross_origin', 403, 'Permintaan dari situs lain ditolak.');
    }
    const principal = await auth.resolveSession(unsigned.value);
    if (!principal) return;
    req.sessionToken = unsigned.value;
    req.principal = principal;
    req.actor = auth.actorOf(principal, String(req.id));
  });
}
