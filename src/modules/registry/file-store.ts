import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { registryFileContents, registryFiles } from './schema';

export type FileRow = typeof registryFiles.$inferSelect;

export async function insertFile(x: Executor, row: typeof registryFiles.$inferInsert, content: Buffer) {
  await x.insert(registryFiles).values(row);
  await x.insert(registryFileContents).values({ fileId: row.id, content });
}

export async function findFile(x: Executor, id: string) {
  const [row] = await x.select().from(registryFiles).where(eq(registryFiles.id, id)).limit(1);
  return row ?? null;
}

export async function findFileContent(x: Executor, id: string): Promise<Buffer | null> {
  const [row] = await x.select({ content: registryFileContents.content }).from(registryFileContents).where(eq(registryFileContents.fileId, id)).limit(1);
  return row ? Buffer.from(row.content) : null;
}

export const listFiles = (x: Executor, orgId: string, purpose?: 'photo' | 'document') =>
  x.select().from(registryFiles).where(and(eq(registryFiles.orgId, orgId), purpose ? eq(registryFiles.purpose, purpose) : undefined)).orderBy(asc(registryFiles.createdAt));

export async function countFiles(x: Executor, orgId: string): Promise<number> {
  const [r] = await x.select({ n: sql<string>`count(*)` }).from(registryFiles).where(eq(registryFiles.orgId, orgId));
  return Number(r?.n ?? 0);
}

export const deleteFile = (x: Executor, id: string) => x.delete(registryFiles).where(eq(registryFiles.id, id));
