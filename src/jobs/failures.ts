import { desc, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { newId } from '../core/ids';
import { jobFailures } from './schema';

export async function recordJobFailure(
  x: Executor,
  f: { job: string; payload: unknown; attempt: number; error: unknown; final: boolean },
): Promise<void> {
  const message = f.error instanceof Error ? `${f.error.name}: ${f.error.message}` : String(f.error);
  await x.insert(jobFailures).values({
    id: newId(),
    job: f.job,
    payload: (f.payload ?? null) as object,
    attempt: f.attempt,
    error: message.slice(0, 4000),
    final: f.final ? 'failed' : 'retrying',
  });
}

export async function listJobFailures(x: Executor, limit: number, offset: number) {
  const rows = await x.select().from(jobFailures).orderBy(desc(jobFailures.at)).limit(limit).offset(offset);
  const [c] = await x.select({ n: sql<string>`count(*)` }).from(jobFailures);
  return { rows, total: Number(c?.n ?? 0) };
}
