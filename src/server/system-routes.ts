import { z } from 'zod';
import { authorize } from '../core/authz';
import { pageOffset, pageQuery, pageSchema } from '../core/pagination';
import type { Database } from '../db/client';
import { migrationStatus } from '../db/migrate';
import { listJobFailures } from '../jobs/failures';
import { errorResponses, requireActor } from './http';
import type { App } from './types';

/** Liveness, readiness and job failures. */
export function systemRoutes(database: Database) {
  return async function routes(app: App) {
    app.get('/api/health', { schema: { tags: ['system'], summary: 'Process is alive', response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

    app.get('/api/ready', {
      schema: { tags: ['system'], summary: 'Database reachable and migrations current', response: { 200: z.object({ status: z.literal('ready'), database: z.string(), migrations: z.number() }), 503: z.object({ status: z.literal('not_ready'), reason: z.string() }) } },
    }, async (_req, reply) => {
      try {
        const s = await migrationStatus(database);
        if (!s.current) return reply.status(503).send({ status: 'not_ready' as const, reason: `pending migrations: ${s.pending.join(', ')}` });
        return { status: 'ready' as const, database: database.kind, migrations: s.applied };
      } catch (e) {
        return reply.status(503).send({ status: 'not_ready' as const, reason: `database unreachable: ${(e as Error).message}` });
      }
    });

    app.get('/api/jobs/failures', {
      schema: {
        tags: ['system'],
        summary: 'Failed background job attempts (programme admins)',
        querystring: pageQuery,
        response: { 200: pageSchema(z.object({ id: z.string(), job: z.string(), payload: z.unknown(), attempt: z.number(), error: z.string(), final: z.string(), at: z.date() })), ...errorResponses },
      },
    }, async (req) => {
      authorize(requireActor(req), { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      const { rows, total } = await listJobFailures(database.db, req.query.pageSize, pageOffset(req.query));
      return { items: rows, page: req.query.page, pageSize: req.query.pageSize, total };
    });
  };
}
