import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from './schema';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotifications(x: Executor, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  if (rows.length) await x.insert(notifications).values(rows);
}

export async function listForUser(x: Executor, userId: string, f: { unreadOnly: boolean; limit: number; offset: number }) {
  const where = and(eq(notifications.userId, userId), f.unreadOnly ? isNull(notifications.readAt) : undefined);
  const rows = await x.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(f.limit).offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(notifications).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function countUnread(x: Executor, userId: string): Promise<number> {
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(c?.n ?? 0);
}

export async function markRead(x: Executor, userId: string, id: string, at: Date) {
  const rows = await x
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(x: Executor, userId: string, at: Date): Promise<number> {
  const rows = await x
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
