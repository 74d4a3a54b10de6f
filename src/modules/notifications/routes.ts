import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import type { NotificationService } from './service';

const notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  link: z.string().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export function notificationRoutes(service: NotificationService) {
  return async function routes(app: App) {
    app.get('/api/notifications', {
      schema: {
        tags: ['notifications'],
        summary: "The signed-in user's in-app notifications, newest first",
        querystring: pageQuery.extend({ unread: z.enum(['true', 'false']).optional().transform((v) => v === 'true') }),
        response: { 200: pageSchema(notification), ...errorResponses },
      },
    }, async (req) => {
      const page = await service.list(requireActor(req), req.query);
      return { ...page, items: page.items.map(({ userId: _u, orgId: _o, ...n }) => n) };
    });

    app.get('/api/notifications/unread-count', {
      schema: { tags: ['notifications'], summary: 'Number of unread notifications (for the bell badge)', response: { 200: z.object({ unread: z.number().int() }), ...errorResponses } },
    }, async (req) => service.unreadCount(requireActor(req)));

    app.post('/api/notifications/:id/read', {
      schema: { tags: ['notifications'], summary: 'Mark one notification read', params: idParam, response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await service.markRead(requireActor(req), req.params.id);
      return { ok: true as const };
    });

    app.post('/api/notifications/read-all', {
      schema: { tags: ['notifications'], summary: 'Mark every notification of the user read', response: { 200: z.object({ updated: z.number().int() }), ...errorResponses } },
    }, async (req) => service.markAllRead(requireActor(req)));
  };
}
