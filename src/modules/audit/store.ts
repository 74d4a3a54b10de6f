import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditEvents } from './schema';

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export async function insertAuditEvents(x: Executor, rows: NewAuditRow[]): Promise<void> {
  if (rows.length) await x.insert(auditEvents).values(rows);
}

export interface AuditFilter {
  orgId?: string;
  actorUserId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export async function findAuditEvents(x: Executor, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.orgId) where.push(eq(auditEvents.orgId, f.orgId));
  if (f.actorUserId) where.push(eq(auditEvents.actorUserId, f.actorUserId));
  if (f.action) where.push(sql`${auditEvents.action} like ${`${f.action}%`}`);
  if (f.entityType) where.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.to) where.push(lte(auditEvents.at, f.to));
  const cond = where.length ? and(...where) : undefined;
  const rows = await x.select().from(auditEvents).where(cond).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(f.limit).offset(f.offset);
  const [count] = await x.select({ n: sql<string>`count(*)` }).from(auditEvents).where(cond);
  return { rows, total: Number(count?.n ?? 0) };
}
