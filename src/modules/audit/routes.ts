import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import type { AuditService } from './service';

const auditEvent = z.object({
  id: z.string(),
  at: z.date(),
  actorType: z.string(),
  actorUserId: z.string().nullable(),
  actorOrgId: z.string().nullable(),
  orgId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export function auditRoutes(audit: AuditService, db: Parameters<AuditService['list']>[0]) {
  return async function routes(app: App) {
    app.get('/api/audit', {
      schema: {
        tags: ['audit'],
        summary: 'Audit events (programme admins: all; organisation admins: their own organisation)',
        querystring: pageQuery.extend({
          orgId: z.string().uuid().optional(),
          actorUserId: z.string().uuid().optional(),
          action: z.string().max(100).optional(),
          entityType: z.string().max(100).optional(),
          entityId: z.string().max(100).optional(),
          from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
          to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
        }),
        response: { 200: pageSchema(auditEvent), ...errorResponses },
      },
    }, async (req) => audit.list(db, requireActor(req), req.query));
  };
}
