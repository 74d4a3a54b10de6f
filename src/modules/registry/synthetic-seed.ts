/** Writes synthetic IKM and buyers in batches (one transaction per batch), continuing after earlier runs. */
import { sql } from 'drizzle-orm';
import { today } from '../../core/clock';
import type { Deps } from '../../deps';
import { bulkInsertBuyers, bulkInsertIkm } from './bulk-store';
import { buyerBulkRows, ikmBulkRows } from './bulk-rows';
import { SYNTHETIC_MARK, createSyntheticGenerator, syntheticIndexOfNib } from './synthetic';
import type { VocabularyService } from './vocabulary-service';

export interface SeedOptions {
  ikm: number;
  buyers: number;
  batch: number;
  seed: number;
  onProgress?: (kind: 'ikm' | 'buyers', done: number, total: number) => void;
}

async function count(deps: Deps, query: ReturnType<typeof sql>): Promise<number> {
  const r = await deps.db.execute(query);
  return Number((r.rows[0] as { n: string | number }).n);
}

/** Synthetic IKM carry NIBs starting "81" (in index order); synthetic buyers the description SYNTHETIC_MARK. */
export const countSyntheticIkm = (deps: Deps) => count(deps, sql`select count(*) as n from ikm_profiles where nib like '81%'`);

async function nextSyntheticIndex(deps: Deps): Promise<number> {
  const r = await deps.db.execute(sql`select max(nib) as nib from ikm_profiles where nib like '81%'`);
  const nib = (r.rows[0] as { nib: string | null } | undefined)?.nib;
  return nib ? syntheticIndexOfNib(nib) + 1 : 0;
}
export const countSyntheticBuyers = (deps: Deps) => count(deps, sql`select count(*) as n from buyer_profiles where description = ${SYNTHETIC_MARK}`);

export async function seedSynthetic(deps: Deps, vocab: VocabularyService, o: SeedOptions): Promise<{ ikm: number; buyers: number; seconds: number }> {
  const started = performance.now();
  // Concurrent insert transactions on PostgreSQL (PGlite has one connection).
  const writers = deps.database.kind === 'postgres' ? 2 : 1;
  const gen = createSyntheticGenerator(o.seed, today(deps.clock));
  const v = await vocab.load();
  // Pipelined: the next batch is generated while up to `writers` earlier ones are being written. A name
  // another IKM already has is skipped, and the shortfall is made up with further indices.
  let next = await nextSyntheticIndex(deps);
  const writing = new Set<Promise<void>>();
  let written = 0;
  let queued = 0;
  let failure: unknown = null;
  while (written < o.ikm && !failure) {
    const n = Math.min(o.batch, o.ikm - written - queued);
    if (n <= 0) {
      await Promise.race(writing);
      continue;
    }
    const first = next;
    next += n;
    const items = Array.from({ length: n }, (_, k) => {
      const s = gen.ikm(first + k);
      return ikmBulkRows(s.profile, v, { status: s.status, at: s.createdAt, actorUserId: null, actorOrgId: null, action: 'seed' });
    });
    while (writing.size >= writers) await Promise.race(writing);
    queued += n;
    const w: Promise<void> = deps.db
      .transaction((tx) => bulkInsertIkm(tx, items, { skipTakenNames: true }))
      .then((inserted) => {
        written += inserted;
        o.onProgress?.('ikm', written, o.ikm);
      })
      .catch((e: unknown) => {
        failure ??= e;
      })
      .finally(() => {
        queued -= n;
        writing.delete(w);
      });
    writing.add(w);
  }
  await Promise.all(writing);
  if (failure) throw failure;
  const firstBuyer = await countSyntheticBuyers(deps);
  const at = deps.clock.now();
  for (let done = 0; done < o.buyers; ) {
    const n = Math.min(o.batch, o.buyers - done);
    const items = Array.from({ length: n }, (_, k) => buyerBulkRows(gen.buyer(firstBuyer + done + k), at));
    await deps.db.transaction((tx) => bulkInsertBuyers(tx, items));
    done += n;
    o.onProgress?.('buyers', done, o.buyers);
  }
  // Sets the visibility map and statistics, so searches after a bulk load plan and run as in steady state.
  if (o.ikm > 0) {
    await deps.db.execute(sql`vacuum analyze ikm_profiles`);
    for (const t of ['organisations', 'ikm_certifications', 'ikm_contacts', 'ikm_status_history']) await deps.db.execute(sql`analyze ${sql.identifier(t)}`);
  }
  if (o.buyers > 0) await deps.db.execute(sql`analyze buyer_profiles`);
  return { ikm: o.ikm, buyers: o.buyers, seconds: (performance.now() - started) / 1000 };
}
