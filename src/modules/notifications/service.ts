import type { Actor, Role } from '../../core/actor';
import { ALL_KINDS, authorize } from '../../core/authz';
import { notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { pageOffset, type Page, type PageQuery } from '../../core/pagination';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import { identityStore } from '../identity';
import * as store from './store';

/** What the other side must act on (issue 6), plus a few follow-ups. */
export const NOTIFICATION_KINDS = [
  'mou_to_sign',
  'mou_signed',
  'mou_expiring',
  'gate_to_approve',
  'gate_decided',
  'po_to_acknowledge',
  'po_answered',
  'goods_delivered',
  'goods_received',
  'invoice_received',
  'invoice_due',
  'payment_received',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationInput {
  /** The organisation that must act; every active user of it (optionally only those with `roles`) is notified. */
  orgId: string;
  roles?: Role[];
  /** Only these users of the organisation (e.g. the gate's approver); falls back to `roles` when none of them is active. */
  userIds?: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  entityType: string;
  entityId: string;
  /** Path in the web app, e.g. `/pesanan/<id>`. */
  link?: string;
  /** Also send an e-mail through the outbox (default true). */
  email?: boolean;
}

export type NotificationService = ReturnType<typeof createNotificationService>;

export function createNotificationService(deps: Deps) {
  const { db, clock, config } = deps;
  const ANY = { kinds: ALL_KINDS, relation: 'any' as const };

  return {
    /** Writes in-app notifications and e-mails inside the caller's transaction (they commit or roll back with the change). */
    async notify(x: Executor, ...inputs: NotificationInput[]): Promise<void> {
      const now = clock.now();
      for (const n of inputs) {
        const { rows } = await identityStore.listUsersOfOrg(x, n.orgId, 1000, 0);
        const active = rows.filter((u) => u.isActive);
        const chosen = n.userIds?.length ? active.filter((u) => n.userIds!.includes(u.id)) : [];
        const users = chosen.length ? chosen : active.filter((u) => !n.roles || n.roles.some((r) => (u.roles as string[]).includes(r)));
        await store.insertNotifications(
          x,
          users.map((u) => ({ id: newId(), userId: u.id, orgId: n.orgId, kind: n.kind, title: n.title, body: n.body, entityType: n.entityType, entityId: n.entityId, link: n.link ?? null, createdAt: now })),
        );
        if (n.email === false) continue;
        const url = n.link ? `\n\nBuka di Lingkar: ${config.publicUrl}${n.link}` : '';
        for (const u of users) {
          await identityStore.insertOutbox(x, { id: newId(), recipient: u.email, subject: `[Lingkar] ${n.title}`, body: `Halo ${u.name},\n\n${n.body}${url}\n`, createdAt: now });
        }
      }
    },

    async list(actor: Actor, q: PageQuery & { unread?: boolean }): Promise<Page<store.NotificationRow>> {
      authorize(actor, ANY);
      if (!actor.userId) return { items: [], page: q.page, pageSize: q.pageSize, total: 0 };
      const { rows, total } = await store.listForUser(db, actor.userId, { unreadOnly: q.unread ?? false, limit: q.pageSize, offset: pageOffset(q) });
      return { items: rows, page: q.page, pageSize: q.pageSize, total };
    },

    async unreadCount(actor: Actor): Promise<{ unread: number }> {
      authorize(actor, ANY);
      return { unread: actor.userId ? await store.countUnread(db, actor.userId) : 0 };
    },

    async markRead(actor: Actor, id: string): Promise<void> {
      authorize(actor, ANY);
      if (!actor.userId || !(await store.markRead(db, actor.userId, id, clock.now()))) {
        throw notFound('notifications.not_found', 'Notifikasi tidak ditemukan.', { id });
      }
    },

    async markAllRead(actor: Actor): Promise<{ updated: number }> {
      authorize(actor, ANY);
      return { updated: actor.userId ? await store.markAllRead(db, actor.userId, clock.now()) : 0 };
    },
  };
}
