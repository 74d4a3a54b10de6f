import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../core/actor';

/** The Fastify instance type every routes.ts receives (zod request/response schemas). */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface Principal {
  userId: string;
  email: string;
  name: string;
  locale: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  roles: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    principal: Principal | null;
    sessionToken: string | null;
  }
}
