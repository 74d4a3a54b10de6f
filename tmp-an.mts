import { openDatabase } from './src/db/client';
import { narrowPageQuery, buildTsQuery } from './src/modules/registry/search-store';
import { labelIndex } from './src/modules/registry/label-index';
import { PROCESSES, MATERIALS, CERTIFICATION_KINDS } from './src/modules/registry/domain';
import { benchQueries } from './bench/registry-data';
const d = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/lingkar_bench_registry', poolSize: 2 });
const tokensOf = labelIndex({ processes: PROCESSES, materials: MATERIALS, certificationKinds: CERTIFICATION_KINDS });
const c = await d.pool!.connect();
const res: [number, string, number][] = [];
for (const q of benchQueries(60)) {
  const f = { q: q.q, processes: [q.process], provinces: [q.province], tokensOf };
  const page = narrowPageQuery(d.db, f, { onlyVerified: true }, 'name', 25, 0).toSQL();
  let best = 1e9; let n = 0;
  for (let r = 0; r < 3; r++) { await c.query("begin; set local work_mem='32MB'"); const t = performance.now(); const x = await c.query(page.sql, page.params); best = Math.min(best, performance.now() - t); n = Number(x.rows[0]?.total ?? 0); await c.query('commit'); }
  res.push([best, buildTsQuery(f, { onlyVerified: true })!, n]);
}
res.sort((a, b) => b[0] - a[0]);
for (const r of res.slice(0, 8)) console.log(r[0].toFixed(1), r[2], r[1]);
console.log('median', res[30]![0].toFixed(1), 'p90', res[6]![0].toFixed(1));
c.release(); await d.close();
