import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadDemo } from '../demo/loader';
import { buildApp } from '../server/app';
import { assemble, type Runtime } from '../server/assemble';
import type { App } from '../server/types';
import { DEMO_PASSWORD } from '../demo/accounts';
import { TEST_CLOCK_START, TEST_ENV, TEST_ORIGIN } from './constants';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestEnv {
  database: Database;
  rt: Runtime;
  app: App;
  clock: ReturnType<typeof TEST_CLOCK_START>;
  /** Signs in and returns request headers (cookie + same-origin) for app.inject. */
  signIn(email: string, password?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** A fresh database for one test file: cloned from the migrated template on PostgreSQL, or an in-memory PGlite. */
export async function openTestDatabase(opts: { demo?: boolean } = {}): Promise<Database & { url?: string; hasDemo: boolean; drop(): Promise<void> }> {
  let kind: 'postgres' | 'pglite' = 'pglite';
  let template = '';
  let demoTemplate = '';
  try {
    ({ kind, template, demoTemplate } = inject('testDb'));
  } catch {
    kind = 'pglite';
  }
  if (process.env.LINGKAR_TEST_DB === 'pglite') kind = 'pglite';
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true });
    await migrateDatabase(database);
    return Object.assign(database, { hasDemo: false, drop: async () => database.close() });
  }
  const name = `lingkar_t_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const from = opts.demo && demoTemplate ? demoTemplate : template;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return Object.assign(database, {
    url,
    hasDemo: from === demoTemplate,
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  });
}

export { TEST_ORIGIN };

/** Database + services + HTTP app with the demo loaded; the clock starts at 2026-11-25 09:00 WIB. */
export async function createTestEnv(opts: { demo?: boolean } = {}): Promise<TestEnv> {
  const database = await openTestDatabase({ demo: opts.demo !== false });
  const clock = TEST_CLOCK_START();
  const config = loadConfig(TEST_ENV);
  const rt = await assemble(config, { database, clock, log: pino({ level: 'silent' }), migrate: false });
  if (opts.demo !== false && !database.hasDemo) await loadDemo(rt.deps, rt.services);
  const app = await buildApp(rt.deps, rt.services, { serveWeb: false });
  return {
    database,
    rt,
    app,
    clock,
    async signIn(email, password = DEMO_PASSWORD) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers: { origin: TEST_ORIGIN } });
      if (r.statusCode !== 200) throw new Error(`sign-in ${email} failed: ${r.statusCode} ${r.body}`);
      const cookie = String(r.headers['set-cookie']).split(';')[0]!;
      return { cookie, origin: TEST_ORIGIN };
    },
    async close() {
      await app.close();
      await rt.close();
      await database.drop();
    },
  };
}
