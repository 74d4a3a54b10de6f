/**
 * `npm run bench [-- --only NAME[,NAME]] [--quick]`: every benchmark of the project, printed as tables.
 * Benchmarks run on the local PostgreSQL (127.0.0.1:5432) in their own databases.
 */
export {};

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1]!).split(',') : null;
const quick = args.includes('--quick');

interface Bench {
  name: string;
  file: string;
  fn: string;
  opts: Record<string, unknown>;
}

const BENCHES: Bench[] = [
  { name: 'http', file: './http-auth.ts', fn: 'benchHttpAuth', opts: quick ? { seconds: 4 } : {} },
  { name: 'scheduler', file: './scheduler.ts', fn: 'benchScheduler', opts: {} },
  { name: 'registry', file: './registry.ts', fn: 'benchRegistry', opts: quick ? { ikm: 100_000 } : {} },
  { name: 'matching', file: './matching.ts', fn: 'benchMatching', opts: quick ? { ikm: 100_000 } : {} },
  { name: 'orders', file: './orders.ts', fn: 'benchOrders', opts: quick ? { lines: 100_000 } : {} },
  { name: 'finance', file: './finance.ts', fn: 'benchFinance', opts: quick ? { payments: 5_000 } : {} },
];

let failed = false;
for (const b of BENCHES) {
  if (only && !only.includes(b.name)) continue;
  let mod: Record<string, unknown>;
  try {
    mod = await import(b.file);
  } catch (e) {
    console.log(`\n## ${b.name}: not available (${(e as Error).message.split('\n')[0]})`);
    continue;
  }
  const fn = mod[b.fn] as ((o: Record<string, unknown>) => Promise<Record<string, unknown>[]>) | undefined;
  if (!fn) continue;
  console.log(`\n## ${b.name}`);
  const started = Date.now();
  try {
    console.table(await fn(b.opts));
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed = true;
    console.error(`${b.name} failed:`, e);
  }
}
process.exit(failed ? 1 : 0);
