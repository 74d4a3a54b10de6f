/**
 * Data for the registry benchmark: the database, the synthetic IKM it needs, the search queries it runs
 * and the 100,000-row CSV it imports.
 */
import cliProgress from 'cli-progress';
import Papa from 'papaparse';
import pg from 'pg';
import { formatNpwp15 } from '../src/modules/registry/domain';
import { exportRow, EXPORT_HEADERS } from '../src/modules/registry/import/profile-cells';
import type { ExportProfile } from '../src/modules/registry/import/profile-cells';
import type { Vocabularies } from '../src/modules/registry/profile-mapper';
import { createSyntheticGenerator } from '../src/modules/registry/synthetic';
import type { Runtime } from '../src/server/assemble';

/** Creates the database when it does not exist (connecting to the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`unexpected database name in ${url}`);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]*(\?.*)?$/, '/postgres') });
  await admin.connect();
  try {
    const r = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!r.rowCount) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/** Adds synthetic IKM until the registry holds `target` profiles; returns the seconds spent (0 when none were needed). */
export async function topUp(rt: Runtime, have: number, target: number): Promise<number> {
  if (have >= target) return 0;
  const bar = new cliProgress.SingleBar({ format: 'seeding IKM [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(target - have, 0);
  const r = await rt.services.registry.seedSynthetic({ ikm: target - have, buyers: 0, batch: 5000, seed: 20221101, onProgress: (_k, done) => bar.update(done) });
  bar.stop();
  return r.seconds;
}

export interface BenchQuery {
  q: string;
  process: string;
  province: string;
}

const PROCESSES = ['machining', 'cnc_machining', 'stamping_press', 'injection_moulding', 'welding', 'casting', 'rubber_moulding', 'painting_coating', 'sewing_upholstery', 'forging', 'assembly'];
const PROVINCES = ['33', '35', '32', '36', '31', '12', '73', '34', '51'];
const WORDS = ['baut', 'bracket', 'cover', 'seal', 'jok', 'plat', 'rangka', 'mesin', 'jaya', 'logam', 'presisi', 'karet', 'cetak', 'bubut', 'las', 'tromol', 'klip', 'pin', 'busa', 'kabel'];

/** One process + one province + one word (a prefix of it, as typed), varied deterministically. */
export function benchQueries(n: number): BenchQuery[] {
  return Array.from({ length: n }, (_, i) => {
    const word = WORDS[(i * 7) % WORDS.length]!;
    return { q: word.slice(0, Math.max(3, word.length - (i % 3))), process: PROCESSES[(i * 5) % PROCESSES.length]!, province: PROVINCES[(i * 3) % PROVINCES.length]! };
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A CSV of `rows` new IKM in the import layout (indices far beyond the seeded ones: no duplicates). */
export function importCsv(rows: number, v: Vocabularies, businessDate: string): { csv: Buffer; nibs: string[] } {
  const gen = createSyntheticGenerator(7, businessDate);
  const nibs: string[] = [];
  const out: (string | number | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const { profile: p } = gen.ikm(90_000_000 + i);
    nibs.push(p.nib);
    const input: ExportProfile = {
      ...p,
      npwp: p.npwp.npwp15 ? formatNpwp15(p.npwp.npwp15) : p.npwp.npwp16,
      kbliCodes: p.kbliCodes.map((k) => k.code),
      annualTurnover: p.annualTurnover?.toString() ?? null,
    };
    out.push(exportRow(input, v, { status: '', id: '' }));
  }
  const csv = `\uFEFF${Papa.unparse([EXPORT_HEADERS as string[], ...out.map((r) => r.map((c) => (c === null ? '' : c)))])}\r\n`;
  return { csv: Buffer.from(csv), nibs };
}
