import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../core/actor';
import { unauthenticated } from '../core/errors';

/** The caller, or 401. Every non-public route starts with this. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()), requestId: z.string() }),
});

/** Standard error responses for OpenAPI. */
export const errorResponses = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody, 429: errorBody };

export const idParam = z.object({ id: z.string().uuid() });
export const okBody = z.object({ ok: z.literal(true) });

/** Idempotency-Key header for money-moving and signing requests. */
export function idempotencyKey(req: FastifyRequest): string | null {
  const v = req.headers['idempotency-key'];
  const key = Array.isArray(v) ? v[0] : v;
  return key && key.length <= 200 ? key : null;
}
