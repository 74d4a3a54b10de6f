import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { newId } from '../core/ids';
import type { Deps } from '../deps';
import { auditRoutes } from '../modules/audit';
import { identityRoutes } from '../modules/identity';
import { financeRoutes } from '../modules/finance';
import { registryRoutes } from '../modules/registry';
import { linkMatchRoutes } from '../modules/matching';
import { partnershipLoopRoutes } from '../modules/orders';
import { installAuth } from './auth-plugin';
import { installErrorHandler } from './error-handler';
import type { Services } from './services';
import { systemRoutes } from './system-routes';
import type { App } from './types';

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

export interface AppOptions {
  /** A pino logger for request logs (none when omitted). */
  logger?: FastifyBaseLogger;
  /** Serve the built web app (default: when web/dist exists). */
  serveWeb?: boolean;
}

/** Builds the HTTP app: API under /api, OpenAPI at /api/openapi.json, docs at /api/docs, the web app at /. */
export async function buildApp(deps: Deps, services: Services, opts: AppOptions = {}): Promise<App> {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : newId();
    },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', String(req.id));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie, { secret: deps.config.sessionSecret });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Lingkar API', version: '0.1.0', description: 'Kemitraan Inklusif Closed Loop — API. Money is whole Rupiah as digit strings.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lingkar_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installAuth(app, services.auth, deps.config.publicUrl);

  await app.register(systemRoutes(deps.database));
  await app.register(identityRoutes(services.auth, services.admin, { secureCookies: deps.config.env === 'production' }));
  await app.register(auditRoutes(services.audit, deps.db));
  await app.register(registryRoutes(services.registry));
  await app.register(financeRoutes(services.finance));
  await app.register(linkMatchRoutes(services));
  await app.register(partnershipLoopRoutes(services));

  const serveWeb = opts.serveWeb ?? existsSync(join(WEB_DIST, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !serveWeb || req.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'route.not_found', message: `Tidak ada ${req.method} ${req.url.split('?')[0]}`, params: {}, requestId: String(req.id) } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
