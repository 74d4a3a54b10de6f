/**
 * Benchmark of the IKM registry on real PostgreSQL (issue 4).
 *
 * Seeds synthetic IKM up to `ikm` (default 1,000,000) in DATABASE_URL (default database `lingkar_bench`,
 * created when missing; the launch-event demo is loaded into an empty one), then measures as a buyer:
 *  - search GET /api/ikm with one process + one province + text, first page: p50/p95, target p95 ≤ 50 ms;
 *  - the same SQL statements run bare on the pool in the same run: endpoint/SQL ratio, target ≤ 1.5×;
 *  - facet counts GET /api/ikm/facets for the same filters: p95 ≤ 200 ms;
 *  - import of a generated 100,000-row CSV: dry run and commit, each ≤ 60 s (the imported rows are
 *    removed afterwards so the dataset stays at `ikm`).
 *
 *   node bin/run-ts.js bench/registry.ts [--ikm 100000] [--iterations 200] [--import-rows 100000]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PgDialect } from 'drizzle-orm/pg-core';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { systemActor } from '../src/core/actor';
import { today } from '../src/core/clock';
import { DEMO_PASSWORD } from '../src/demo/accounts';
import { loadDemo } from '../src/demo/loader';
import { identityStore } from '../src/modules/identity';
import { countIkmProfiles } from '../src/modules/registry/bulk-store';
import { labelIndex, type LabelIndex } from '../src/modules/registry/label-index';
import { narrowPageSql, type SearchFilter } from '../src/modules/registry/search-store';
import { buildApp } from '../src/server/app';
import { assemble, type Runtime } from '../src/server/assemble';
import type { App } from '../src/server/types';
import { benchQueries, ensureDatabase, importCsv, percentile, topUp, type BenchQuery } from './registry-data';

export interface BenchRegistryOptions {
  ikm?: number;
  iterations?: number;
  importRows?: number;
  databaseUrl?: string;
}

type Row = Record<string, unknown>;
const BUYER = 'admin@ahm.demo.lingkar.id';
const ms = (v: number) => Number(v.toFixed(1));

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

const urlOf = (path: string, q: BenchQuery) => `${path}?q=${encodeURIComponent(q.q)}&process=${q.process}&province=${q.province}`;

/** The statement the endpoint runs (matches, total and sorted page in one), bare on a pool connection with the same work_mem. */
function bareSql(rt: Runtime, q: BenchQuery, tokensOf: LabelIndex) {
  const f: SearchFilter = { q: q.q, processes: [q.process], provinces: [q.province], tokensOf };
  const page = new PgDialect().sqlToQuery(narrowPageSql(f, { onlyVerified: true }, 'name', 25, 0));
  const pool = rt.deps.database.pool!;
  return async () => {
    const c = await pool.connect();
    try {
      await c.query("begin; set local work_mem = '32MB'");
      await c.query(page.sql, page.params);
      await c.query('commit');
    } finally {
      c.release();
    }
  };
}

async function measureSearch(app: App, rt: Runtime, headers: Record<string, string>, queries: BenchQuery[]): Promise<Row[]> {
  const endpoint: number[] = [];
  const bare: number[] = [];
  const facets: number[] = [];
  let hits = 0;
  const tokensOf = labelIndex(await rt.services.registry.vocabularies.load());
  for (const [i, q] of queries.entries()) {
    const run = async () => {
      const [t, r] = await timed(() => app.inject({ method: 'GET', url: urlOf('/api/ikm', q), headers }));
      if (r.statusCode !== 200) throw new Error(`search answered ${r.statusCode}: ${r.body}`);
      hits += (JSON.parse(r.body) as { total: number }).total;
      endpoint.push(t);
    };
    const runSql = async () => bare.push((await timed(bareSql(rt, q, tokensOf)))[0]);
    // Alternate the order so neither side always runs on a warmer cache.
    if (i % 2) await run().then(runSql);
    else await runSql().then(run);
    const [tf, rf] = await timed(() => app.inject({ method: 'GET', url: urlOf('/api/ikm/facets', q), headers }));
    if (rf.statusCode !== 200) throw new Error(`facets answered ${rf.statusCode}: ${rf.body}`);
    facets.push(tf);
  }
  const ratio50 = percentile(endpoint, 50) / percentile(bare, 50);
  const ratio95 = percentile(endpoint, 95) / percentile(bare, 95);
  return [
    { metric: 'search endpoint, first page (process+province+text)', p50_ms: ms(percentile(endpoint, 50)), p95_ms: ms(percentile(endpoint, 95)), target: 'p95 ≤ 50 ms', ok: percentile(endpoint, 95) <= 50 },
    { metric: 'same SQL run bare (matches + total + sorted page)', p50_ms: ms(percentile(bare, 50)), p95_ms: ms(percentile(bare, 95)), target: '', ok: '' },
    { metric: 'endpoint / SQL ratio', p50_ms: Number(ratio50.toFixed(2)), p95_ms: Number(ratio95.toFixed(2)), target: '≤ 1.5×', ok: ratio95 <= 1.5 || ratio50 <= 1.5 },
    { metric: 'facet counts (6 facets, same filters)', p50_ms: ms(percentile(facets, 50)), p95_ms: ms(percentile(facets, 95)), target: 'p95 ≤ 200 ms', ok: percentile(facets, 95) <= 200 },
    { metric: `mean matches per query (${queries.length} queries)`, p50_ms: Math.round(hits / queries.length), p95_ms: '', target: '', ok: '' },
  ];
}

async function measureImport(rt: Runtime, rows: number): Promise<Row[]> {
  const runner = rt.services.registry.importRunner;
  const v = await rt.services.registry.vocabularies.load();
  const { csv, nibs } = importCsv(rows, v, today(rt.deps.clock));
  const [dry, report] = await timed(async () => {
    const table = await runner.read(csv, 'bench.csv');
    return runner.dryRun(table, runner.mappingFor(table));
  });
  if (report.errorRows || report.valid.length !== rows) throw new Error(`import dry run: ${report.errorRows} bad rows, first: ${JSON.stringify(report.errors[0])}`);
  const programme = (await rt.deps.database.query<{ id: string }>("select id from organisations where kind = 'programme' order by created_at limit 1"))[0]!.id;
  const [commit] = await timed(() => runner.commit(systemActor(programme, 'bench'), report, { partial: false, status: 'submitted' }));
  await removeImported(rt, nibs);
  return [
    { metric: `import ${rows} rows CSV (${(csv.length / 1e6).toFixed(0)} MB): dry run`, p50_ms: '', p95_ms: '', seconds: ms(dry / 1000), target: '≤ 60 s', ok: dry <= 60_000 },
    { metric: `import ${rows} rows: commit (one transaction)`, p50_ms: '', p95_ms: '', seconds: ms(commit / 1000), target: '≤ 60 s', ok: commit <= 60_000 },
  ];
}

async function removeImported(rt: Runtime, nibs: string[]) {
  const pool = rt.deps.database.pool!;
  const r = await pool.query<{ org_id: string }>('delete from ikm_profiles where nib = any($1::text[]) returning org_id', [nibs]);
  await pool.query('delete from organisations where id = any($1::uuid[])', [r.rows.map((x) => x.org_id)]);
}

export async function benchRegistry(opts: BenchRegistryOptions = {}): Promise<Row[]> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lingkar_bench';
  const target = opts.ikm ?? 1_000_000;
  await ensureDatabase(url);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, SESSION_SECRET: 'b'.repeat(40), PUBLIC_URL: 'http://localhost:3000', LOG_LEVEL: 'silent', LINGKAR_DATA_DIR: '/tmp/lingkar-bench/data', DB_POOL_SIZE: '10' });
  const rt = await assemble(config, { log: pino({ level: 'silent' }) });
  try {
    if (!(await identityStore.findUserByEmail(rt.deps.db, BUYER))) await loadDemo(rt.deps, rt.services);
    const have = await countIkmProfiles(rt.deps.db);
    const seeded = await topUp(rt, have, target);
    const app = await buildApp(rt.deps, rt.services, { serveWeb: false });
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: BUYER, password: DEMO_PASSWORD }, headers: { origin: 'http://localhost:3000' } });
    const headers = { cookie: String(signIn.headers['set-cookie']).split(';')[0]! };
    const queries = benchQueries(opts.iterations ?? 200);
    await measureSearch(app, rt, headers, queries.slice(0, 20)); // warm-up
    const rows: Row[] = [{ metric: `IKM in registry${seeded ? ` (seeded ${target - have} in ${seeded.toFixed(0)} s)` : ''}`, p50_ms: Math.max(have, target), p95_ms: '', target: '', ok: '' }];
    rows.push(...(await measureSearch(app, rt, headers, queries)));
    rows.push(...(await measureImport(rt, opts.importRows ?? 100_000)));
    await app.close();
    return rows;
  } finally {
    await rt.close();
  }
}

/** True when this file is the program being run (directly, or through bin/run-ts.js). */
function isMain(): boolean {
  const self = fileURLToPath(import.meta.url);
  const args = [process.argv[1]];
  try {
    args.push(...readFileSync('/proc/self/cmdline', 'utf8').split('\0'));
  } catch {
    // not Linux: only a direct run is recognised
  }
  return args.some((a) => a !== undefined && a !== '' && resolve(a) === self);
}

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  if (v !== undefined && !(Number.isInteger(v) && v > 0)) throw new Error(`--${name} needs a positive whole number`);
  return v;
}

if (isMain()) {
  console.table(await benchRegistry({ ikm: flag('ikm'), iterations: flag('iterations'), importRows: flag('import-rows') }));
}
