import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { OrgKind, Role } from '../../core/actor';
import type { Executor } from '../../db/client';
import { apiTokens, memberships, oneTimeTokens, organisations, outbox, sessions, signInAttempts, users } from './schema';

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export interface SessionPrincipal {
  userId: string;
  email: string;
  name: string;
  locale: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  roles: string[];
  expiresAt: Date;
}

/** The hot path of every signed-in request: one indexed query. */
export async function findSessionPrincipal(x: Executor, tokenHash: string, now: Date): Promise<SessionPrincipal | null> {
  const rows = await x
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      orgId: organisations.id,
      orgName: organisations.name,
      orgKind: organisations.kind,
      roles: memberships.roles,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.orgId, sessions.orgId)))
    .innerJoin(organisations, eq(organisations.id, sessions.orgId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true), eq(organisations.isActive, true)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserByEmail(x: Executor, email: string) {
  const rows = await x
    .select({ user: users, orgId: memberships.orgId, roles: memberships.roles, orgKind: organisations.kind, orgActive: organisations.isActive })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserWithMembership(x: Executor, userId: string) {
  const rows = await x
    .select({ user: users, orgId: memberships.orgId, roles: memberships.roles })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0] ?? null;
}

export async function countRecentFailures(x: Executor, since: Date, email: string, ip: string | null) {
  const [r] = await x
    .select({
      byEmail: sql<string>`count(*) filter (where lower(${signInAttempts.email}) = lower(${email}))`,
      byIp: sql<string>`count(*) filter (where ${signInAttempts.ip} = ${ip})`,
      oldest: sql<Date | null>`min(${signInAttempts.at}) filter (where lower(${signInAttempts.email}) = lower(${email}))`,
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.success, false), gt(signInAttempts.at, since)));
  return { byEmail: Number(r?.byEmail ?? 0), byIp: Number(r?.byIp ?? 0), oldest: r?.oldest ? new Date(r.oldest) : null };
}

export const insertSignInAttempt = (x: Executor, row: typeof signInAttempts.$inferInsert) => x.insert(signInAttempts).values(row);
export const insertSession = (x: Executor, row: typeof sessions.$inferInsert) => x.insert(sessions).values(row);
export const deleteSession = (x: Executor, tokenHash: string) => x.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
export const deleteUserSessions = (x: Executor, userId: string) => x.delete(sessions).where(eq(sessions.userId, userId));
export const deleteExpiredSessions = (x: Executor, now: Date) => x.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);

export async function findActiveApiToken(x: Executor, tokenHash: string) {
  const rows = await x
    .select({ token: apiTokens, orgKind: organisations.kind, orgActive: organisations.isActive })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.orgId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export const touchApiToken = (x: Executor, id: string, at: Date) =>
  x.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));

export const listApiTokens = (x: Executor, orgId: string) =>
  x
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      roles: apiTokens.roles,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.orgId, orgId))
    .orderBy(asc(apiTokens.createdAt));

export async function findApiToken(x: Executor, id: string) {
  const [row] = await x.select().from(apiTokens).where(eq(apiTokens.id, id)).limit(1);
  return row ?? null;
}

export const insertApiToken = (x: Executor, row: typeof apiTokens.$inferInsert) => x.insert(apiTokens).values(row);
export const revokeApiTokenRow = (x: Executor, id: string, at: Date) =>
  x.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));

export async function findOrganisation(x: Executor, id: string) {
  const [row] = await x.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row ?? null;
}

export async function findOrganisationByName(x: Executor, name: string, kind: OrgKind) {
  const [row] = await x
    .select()
    .from(organisations)
    .where(and(sql`lower(${organisations.name}) = lower(${name})`, eq(organisations.kind, kind)))
    .limit(1);
  return row ?? null;
}

export async function listOrganisations(
  x: Executor,
  f: { kind?: OrgKind; q?: string; onlyId?: string; limit: number; offset: number },
) {
  const conds = [
    f.kind ? eq(organisations.kind, f.kind) : undefined,
    f.q ? sql`${organisations.name} ilike ${`%${f.q}%`}` : undefined,
    f.onlyId ? eq(organisations.id, f.onlyId) : undefined,
  ].filter(Boolean);
  const where = conds.length ? and(...conds) : undefined;
  const rows = await x
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      isActive: organisations.isActive,
      createdAt: organisations.createdAt,
      userCount: sql<string>`(select count(*) from ${memberships} m where m.org_id = ${organisations.id})`,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.kind), asc(organisations.name))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(organisations).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const insertOrganisation = (x: Executor, row: typeof organisations.$inferInsert) => x.insert(organisations).values(row);
export const updateOrganisationRow = (x: Executor, id: string, set: Partial<typeof organisations.$inferInsert>) =>
  x.update(organisations).set(set).where(eq(organisations.id, id)).returning();

export async function listUsersOfOrg(x: Executor, orgId: string, limit: number, offset: number) {
  const rows = await x
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isActive: users.isActive,
      roles: memberships.roles,
      createdAt: users.createdAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name))
    .limit(limit)
    .offset(offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(memberships).where(eq(memberships.orgId, orgId));
  return { rows, total: Number(c?.n ?? 0) };
}

export const insertUser = (x: Executor, row: typeof users.$inferInsert) => x.insert(users).values(row);
export const insertMembership = (x: Executor, row: typeof memberships.$inferInsert) => x.insert(memberships).values(row);
export const updateUserRow = (x: Executor, id: string, set: Partial<typeof users.$inferInsert>) =>
  x.update(users).set(set).where(eq(users.id, id));
export const updateMembershipRoles = (x: Executor, userId: string, roles: Role[]) =>
  x.update(memberships).set({ roles }).where(eq(memberships.userId, userId));

export const insertOneTimeToken = (x: Executor, row: typeof oneTimeTokens.$inferInsert) => x.insert(oneTimeTokens).values(row);

/** Marks a one-time token used; returns it only if it was unused and unexpired (atomic: no double use). */
export async function consumeOneTimeToken(x: Executor, tokenHash: string, purpose: string, now: Date) {
  const rows = await x
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .returning();
  return rows[0] ?? null;
}

export const insertOutbox = (x: Executor, row: typeof outbox.$inferInsert) => x.insert(outbox).values(row);
export const listUnsentOutbox = (x: Executor, limit: number) =>
  x.select().from(outbox).where(isNull(outbox.sentAt)).orderBy(asc(outbox.createdAt)).limit(limit);
export const markOutboxSent = (x: Executor, id: string, at: Date) => x.update(outbox).set({ sentAt: at }).where(eq(outbox.id, id));
export const markOutboxFailed = (x: Executor, id: string, error: string) =>
  x.update(outbox).set({ attempts: sql`${outbox.attempts} + 1`, lastError: error }).where(eq(outbox.id, id));
