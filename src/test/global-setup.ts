import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadDemo } from '../demo/loader';
import { assemble } from '../server/assemble';
import { TEST_CLOCK_START, TEST_ENV } from './constants';

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Hash of everything that shapes a test database: migrations and the code that loads the demo (all of src/ but tests). */
function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|sql|json)$/.test(name) && !/\.test\.ts$/.test(name)) h.update(path).update(readFileSync(path));
    }
  };
  walk('src');
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

const urlOf = (db: string) => ADMIN_URL.replace(/\/[^/]*$/, `/${db}`);

/** Builds a template under a temporary name and renames it when complete (an interrupted run leaves nothing half-made). */
async function buildTemplate(admin: pg.Client, name: string, fill: (url: string) => Promise<void>): Promise<void> {
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount) return;
  const building = `${name}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${building}`);
  await fill(urlOf(building));
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
}

/**
 * Once per run: a migrated template and a migrated template with the demo loaded (under the test clock);
 * each test file clones one of them (CREATE DATABASE … TEMPLATE …), which takes well under a second.
 */
export default async function setup(project: TestProject): Promise<void> {
  const pgliteProject = project.config.env?.LINGKAR_TEST_DB === 'pglite';
  if (pgliteProject || process.env.LINGKAR_TEST_DB === 'pglite' || !(await reachable())) {
    if (!pgliteProject && process.env.CI === 'true') throw new Error(`CI=true requires PostgreSQL at ${ADMIN_URL}, but it is not reachable.`);
    if (!pgliteProject) console.warn(`\n[lingkar] PostgreSQL not reachable at ${ADMIN_URL}: store and HTTP tests run on PGlite instead.\n`);
    project.provide('testDb', { kind: 'pglite', template: '', demoTemplate: '' });
    return;
  }
  const hash = sourceHash();
  const template = `lingkar_tpl_${hash}`;
  const demoTemplate = `lingkar_tpl_${hash}_demo`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(727275)');
    await buildTemplate(admin, template, async (url) => {
      const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
      await migrateDatabase(database);
      await database.close();
    });
    await buildTemplate(admin, demoTemplate, async (url) => {
      const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
      const rt = await assemble(loadConfig(TEST_ENV), { database, clock: TEST_CLOCK_START(), log: pino({ level: 'silent' }) });
      await loadDemo(rt.deps, rt.services);
      await rt.close();
      await database.close();
    });
    // Housekeeping that cannot break a concurrent run: keep the 8 newest templates (by creation order), and drop
    // clones left behind by interrupted runs (older than an hour).
    const dbs = (await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'lingkar_t%' ORDER BY oid DESC`)).rows as { datname: string }[];
    const templates = dbs.filter((d) => d.datname.startsWith('lingkar_tpl_') && !d.datname.endsWith('_building'));
    const old = templates.slice(8).map((d) => d.datname).filter((d) => d !== template && d !== demoTemplate);
    const clones = dbs.filter((d) => d.datname.startsWith('lingkar_t_') && Date.now() - Number(d.datname.split('_')[2]) > 3_600_000).map((d) => d.datname);
    for (const datname of [...old, ...clones]) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727275)').catch(() => undefined);
    await admin.end();
  }
  project.provide('testDb', { kind: 'postgres', template, demoTemplate });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'postgres' | 'pglite'; template: string; demoTemplate: string };
  }
}
