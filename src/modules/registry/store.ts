import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organisations } from '../../db/schema';
import type { ProfileInsert } from './profile-mapper';
import { ikmCertifications, ikmContacts, ikmProfiles, ikmStatusHistory, registryVocabularyEntries } from './schema';

export async function findProfile(x: Executor, orgId: string) {
  const [row] = await x.select().from(ikmProfiles).where(eq(ikmProfiles.orgId, orgId)).limit(1);
  return row ?? null;
}

/** The profile row locked for update (inside a transaction). */
export async function lockProfile(x: Executor, orgId: string) {
  const [row] = await x.select().from(ikmProfiles).where(eq(ikmProfiles.orgId, orgId)).for('update').limit(1);
  return row ?? null;
}

export async function findProfileByNib(x: Executor, nib: string) {
  const [row] = await x.select({ orgId: ikmProfiles.orgId, legalName: ikmProfiles.legalName }).from(ikmProfiles).where(eq(ikmProfiles.nib, nib)).limit(1);
  return row ?? null;
}

/** Existing profiles with any of these NIBs (for import duplicate checks). */
export function findProfilesByNibs(x: Executor, nibs: string[]) {
  if (!nibs.length) return Promise.resolve([]);
  return x.select({ nib: ikmProfiles.nib, orgId: ikmProfiles.orgId, legalName: ikmProfiles.legalName }).from(ikmProfiles).where(inArray(ikmProfiles.nib, nibs));
}

/** IKM organisations whose (case-insensitive) names are among `names` (one index probe per name). */
export async function findIkmOrganisationsByNames(x: Executor, names: string[]): Promise<{ id: string; name: string }[]> {
  if (!names.length) return [];
  const r = await x.execute(sql`select o.id, o.name from unnest(${sql.param(names.map((n) => n.toLowerCase()))}::text[]) as wanted(name)
    join ${organisations} o on lower(o.name) = wanted.name and o.kind = 'ikm'`);
  return r.rows as { id: string; name: string }[];
}

export const insertProfile = (x: Executor, row: ProfileInsert) => x.insert(ikmProfiles).values(row);

export async function updateProfile(x: Executor, orgId: string, set: Partial<ProfileInsert>) {
  const [row] = await x.update(ikmProfiles).set(set).where(eq(ikmProfiles.orgId, orgId)).returning();
  return row!;
}

export const listCertifications = (x: Executor, orgId: string) =>
  x.select().from(ikmCertifications).where(eq(ikmCertifications.orgId, orgId)).orderBy(asc(ikmCertifications.position));

export const listContacts = (x: Executor, orgId: string) =>
  x.select().from(ikmContacts).where(eq(ikmContacts.orgId, orgId)).orderBy(asc(ikmContacts.position));

export async function replaceCertifications(x: Executor, orgId: string, rows: (typeof ikmCertifications.$inferInsert)[]) {
  await x.delete(ikmCertifications).where(eq(ikmCertifications.orgId, orgId));
  if (rows.length) await x.insert(ikmCertifications).values(rows);
}

export async function replaceContacts(x: Executor, orgId: string, rows: (typeof ikmContacts.$inferInsert)[]) {
  await x.delete(ikmContacts).where(eq(ikmContacts.orgId, orgId));
  if (rows.length) await x.insert(ikmContacts).values(rows);
}

export const insertHistory = (x: Executor, row: typeof ikmStatusHistory.$inferInsert) => x.insert(ikmStatusHistory).values(row);

export const listHistory = (x: Executor, orgId: string) =>
  x.select().from(ikmStatusHistory).where(eq(ikmStatusHistory.orgId, orgId)).orderBy(desc(ikmStatusHistory.at), desc(ikmStatusHistory.id));

/** Certificates expiring on or before `until` (expired ones included), soonest first; optionally of one IKM. */
export async function listExpiringCertifications(x: Executor, f: { until: string; orgId?: string; limit: number; offset: number }) {
  const where = and(isNotNull(ikmCertifications.expiresOn), lte(ikmCertifications.expiresOn, f.until), f.orgId ? eq(ikmCertifications.orgId, f.orgId) : undefined);
  const rows = await x
    .select({
      orgId: ikmCertifications.orgId,
      legalName: ikmProfiles.legalName,
      profileStatus: ikmProfiles.status,
      kind: ikmCertifications.kind,
      number: ikmCertifications.number,
      expiresOn: ikmCertifications.expiresOn,
    })
    .from(ikmCertifications)
    .innerJoin(ikmProfiles, eq(ikmProfiles.orgId, ikmCertifications.orgId))
    .where(where)
    .orderBy(asc(ikmCertifications.expiresOn), asc(ikmProfiles.legalName))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(ikmCertifications).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export const listVocabularyEntries = (x: Executor) =>
  x.select().from(registryVocabularyEntries).orderBy(asc(registryVocabularyEntries.vocabulary), asc(registryVocabularyEntries.createdAt));

export const insertVocabularyEntry = (x: Executor, row: typeof registryVocabularyEntries.$inferInsert) =>
  x.insert(registryVocabularyEntries).values(row).onConflictDoNothing().returning();
