/**
 * Matching benchmark (issue 5): top 20 IKM with explanations for a part need over 1,000,000
 * synthetic IKM on real PostgreSQL (the registry's `seedSynthetic`, database lingkar_bench, topped
 * up to the wanted count). Each case times, interleaved in the same run:
 *  - sql : the bare candidate-filter query (hard filters on the registry's indexes, ordered by the
 *          SQL pre-score, 3,000 candidates);
 *  - top20: the whole use case — weights, vocabularies, candidates, their certificates, exact
 *          scoring in TypeScript and the explanations of the top 20.
 * Target: top20 p95 ≤ 100 ms; the ratio top20 / sql shows what the exact scoring adds.
 *
 *   node bin/run-ts.js bench/matching.ts [--ikm 100000] [--runs 60]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { CANDIDATE_LIMIT, findCandidates, matchingDomain } from '../src/modules/matching';
import { countSyntheticIkm } from '../src/modules/registry';
import { assemble } from '../src/server/assemble';
import { benchDatabaseUrl, percentile, round } from './support';

type NeedFeatures = matchingDomain.NeedFeatures;

export interface MatchingBenchOptions {
  ikm?: number;
  runs?: number;
}

const plant = (provinceCode: string, regencyCode: string, lat: number, lng: number) => ({ provinceCode, regencyCode, coordinates: { lat, lng } });
const CIKARANG = plant('32', '32.16', -6.2963, 107.0511);
const SURABAYA = plant('35', '35.78', -7.2575, 112.7521);
const SEMARANG = plant('33', '33.74', -6.9667, 110.4167);

const need = (id: string, processes: string[], material: string | null, monthlyVolume: number, requiredCertifications: string[], delivery: NeedFeatures['delivery']): NeedFeatures => ({
  id,
  sector: 'sepeda_motor',
  processes,
  material,
  monthlyVolume,
  unit: 'pcs',
  requiredCertifications,
  delivery,
  replacesImport: false,
});

/** Needs across the process spectrum: the broadest filters (machining, no certificate) are the slowest. */
const CASES: { name: string; need: NeedFeatures }[] = [
  { name: 'PU headpipe protector, ISO 9001, Cikarang', need: need('pu', ['polyurethane_moulding'], 'polyurethane', 20_000, ['iso_9001'], CIKARANG) },
  { name: 'machined shaft, no certificate, Cikarang', need: need('shaft', ['machining', 'heat_treatment'], 'steel', 8_000, [], CIKARANG) },
  { name: 'stamped bracket, ISO 9001, Surabaya', need: need('bracket', ['stamping_press', 'welding'], 'steel', 25_000, ['iso_9001'], SURABAYA) },
  { name: 'injection cover, no certificate, Semarang', need: need('cover', ['injection_moulding'], 'polypropylene', 15_000, [], SEMARANG) },
  { name: 'rubber grommet, IATF 16949, Cikarang', need: need('grommet', ['rubber_moulding'], 'synthetic_rubber', 50_000, ['iatf_16949'], CIKARANG) },
];

function args(): MatchingBenchOptions {
  const a = process.argv.slice(2);
  const num = (flag: string) => {
    const i = a.indexOf(flag);
    return i >= 0 && a[i + 1] ? Number(a[i + 1]) : undefined;
  };
  return { ikm: num('--ikm'), runs: num('--runs') };
}

export async function benchMatching(opts: MatchingBenchOptions = {}): Promise<Record<string, unknown>[]> {
  const wanted = opts.ikm ?? 1_000_000;
  const runs = opts.runs ?? 60;
  const databaseUrl = process.env.DATABASE_URL ?? (await benchDatabaseUrl('lingkar_bench'));
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'm'.repeat(40), DATABASE_URL: databaseUrl, LINGKAR_DATA_DIR: '/tmp/lingkar-bench/data', DB_POOL_SIZE: '4' });
  const rt = await assemble(config, { log: pino({ level: 'warn' }) });
  try {
    const have = await countSyntheticIkm(rt.deps);
    if (have < wanted) {
      const t0 = performance.now();
      let last = 0;
      await rt.services.registry.seedSynthetic({
        ikm: wanted - have,
        buyers: 0,
        batch: 5_000,
        seed: 20_221_101,
        onProgress: (_k, done, total) => {
          if (done - last >= 100_000 || done === total) {
            last = done;
            process.stderr.write(`  seeding IKM: ${have + done}/${wanted}\n`);
          }
        },
      });
      process.stderr.write(`  seeded ${wanted - have} IKM in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    const total = await countSyntheticIkm(rt.deps);
    const { matching } = rt.services;
    const weights = { ...matchingDomain.DEFAULT_WEIGHTS };
    const rows: Record<string, unknown>[] = [];
    const allTop: number[] = [];
    const allSql: number[] = [];
    for (const c of CASES) {
      for (let i = 0; i < 5; i++) {
        await findCandidates(rt.deps.db, c.need, weights, CANDIDATE_LIMIT);
        await matching.rankForNeed(rt.deps.db, c.need, 20);
      }
      const sqlMs: number[] = [];
      const topMs: number[] = [];
      let candidates = 0;
      let best = 0;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const found = await findCandidates(rt.deps.db, c.need, weights, CANDIDATE_LIMIT);
        sqlMs.push(performance.now() - t);
        t = performance.now();
        const r = await matching.rankForNeed(rt.deps.db, c.need, 20);
        topMs.push(performance.now() - t);
        candidates = found.length;
        best = r.results[0]?.score ?? 0;
        if (r.results.length && !r.results[0]!.explanations.length) throw new Error('top result without explanation');
      }
      sqlMs.sort((a, b) => a - b);
      topMs.sort((a, b) => a - b);
      allSql.push(...sqlMs);
      allTop.push(...topMs);
      const p95 = percentile(topMs, 95);
      rows.push({
        case: c.name,
        ikm: total,
        candidates,
        bestScore: best,
        'sql p50 ms': round(percentile(sqlMs, 50), 1),
        'sql p95 ms': round(percentile(sqlMs, 95), 1),
        'top20 p50 ms': round(percentile(topMs, 50), 1),
        'top20 p95 ms': round(p95, 1),
        'ratio p50': round(percentile(topMs, 50) / percentile(sqlMs, 50), 2),
        target: p95 <= 100 ? 'ok (≤ 100 ms)' : 'MISSED (> 100 ms)',
      });
    }
    allSql.sort((a, b) => a - b);
    allTop.sort((a, b) => a - b);
    const p95 = percentile(allTop, 95);
    rows.push({
      case: 'all cases',
      ikm: total,
      candidates: '',
      bestScore: '',
      'sql p50 ms': round(percentile(allSql, 50), 1),
      'sql p95 ms': round(percentile(allSql, 95), 1),
      'top20 p50 ms': round(percentile(allTop, 50), 1),
      'top20 p95 ms': round(p95, 1),
      'ratio p50': round(percentile(allTop, 50) / percentile(allSql, 50), 2),
      target: p95 <= 100 ? 'ok (≤ 100 ms)' : 'MISSED (> 100 ms)',
    });
    return rows;
  } finally {
    await rt.close();
  }
}

/** True when this file is the program being run (directly, or through bin/run-ts.js). */
function isMain(): boolean {
  const self = fileURLToPath(import.meta.url);
  const argv = [process.argv[1]];
  try {
    argv.push(...readFileSync('/proc/self/cmdline', 'utf8').split('\0'));
  } catch {
    // not Linux: only a direct run is recognised
  }
  return argv.some((a) => a !== undefined && a !== '' && resolve(a) === self);
}

if (isMain()) {
  console.table(await benchMatching(args()));
}
