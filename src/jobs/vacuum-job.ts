import type { Deps } from '../deps';
import type { JobDefinition } from './queue';

/** PGlite has no autovacuum: VACUUM ANALYZE every 6 hours (and shortly after start). */
export function createVacuumJob(deps: Deps): JobDefinition | null {
  if (deps.database.kind !== 'pglite') return null;
  return {
    name: 'db.vacuum',
    cron: '0 */6 * * *',
    everyMs: 6 * 3_600_000,
    async handler() {
      const started = Date.now();
      await deps.database.query('VACUUM ANALYZE');
      deps.log.info({ ms: Date.now() - started }, 'VACUUM ANALYZE done');
    },
  };
}
