import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migrateDatabase, MIGRATIONS_FOLDER } from '../db/migrate';

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).sort()) h.update(f).update(readFileSync(join(MIGRATIONS_FOLDER, f)));
  return h.digest('hex').slice(0, 12);
}

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates the migrated template database once per run (skipped when it already matches the migrations). */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.LINGKAR_TEST_DB === 'pglite' || !(await reachable())) {
    if (process.env.CI === 'true') throw new Error(`CI=true requires PostgreSQL at ${ADMIN_URL}, but it is not reachable.`);
    console.warn(`\n[lingkar] PostgreSQL not reachable at ${ADMIN_URL}: store and HTTP tests run on PGlite instead.\n`);
    project.provide('testDb', { kind: 'pglite', template: '' });
    return;
  }
  const template = `lingkar_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(727275)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!exists.rowCount) {
      // Build under a temporary name and rename when complete, so an interrupted run leaves no half-migrated template.
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await openDatabase({ databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${building}`), poolSize: 1 });
      await migrateDatabase(database);
      await database.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    // Drop clones left behind by interrupted runs (older than an hour).
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'lingkar_t\\_%' `);
    for (const r of stale.rows as { datname: string }[]) {
      const ts = Number(r.datname.split('_')[2]);
      if (Number.isFinite(ts) && Date.now() - ts > 3_600_000) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727275)').catch(() => undefined);
    await admin.end();
  }
  project.provide('testDb', { kind: 'postgres', template });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'postgres' | 'pglite'; template: string };
  }
}
