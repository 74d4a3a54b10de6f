/**
 * Orders benchmark (issue 6) on real PostgreSQL: 1,000,000 synthetic PO lines with their schedules, delivery
 * notes, goods receipts, invoices and payments (bench/orders-generate.ts), then, through the orders service:
 *  - an IKM's open-orders page (the busiest IKM, 25 per page)       target p95 ≤ 50 ms
 *  - a buyer's monthly scorecard for all its suppliers (busiest buyer) target ≤ 300 ms
 *  - creating a PO with 50 lines                                      target p95 ≤ 50 ms
 *
 *   node bin/run-ts.js bench/orders.ts [--lines 100000]
 * DATABASE_URL selects the database; by default a fresh `lingkar_bench` on the local PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../src/config';
import type { Actor } from '../src/core/actor';
import { fixedClock } from '../src/core/clock';
import { addDays } from '../src/core/dates';
import { newId } from '../src/core/ids';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { assemble } from '../src/server/assemble';
import { generateOrders } from './orders-generate';
import { benchDatabaseUrl, round, timeIt } from './support';

const TODAY = '2026-11-25';

export async function benchOrders(opts: { lines?: number; runs?: number } = {}): Promise<Record<string, unknown>[]> {
  const lines = opts.lines ?? 1_000_000;
  const runs = opts.runs ?? 100;
  const url = process.env.DATABASE_URL ?? (await benchDatabaseUrl('lingkar_bench', true));
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    await migrateDatabase(database);
    const started = Date.now();
    const g = await generateOrders(database, { lines, linesPerPo: 10, buyers: 50, ikm: 2_000, today: TODAY, log: (m) => process.stderr.write(`${m}\n`) });
    const generateSeconds = (Date.now() - started) / 1000;
    const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), LINGKAR_DATA_DIR: '/tmp/lingkar-bench/data', DATABASE_URL: url });
    const rt = await assemble(config, { database, clock: fixedClock(`${TODAY}T02:00:00Z`), log: pino({ level: 'silent' }), migrate: false });
    const buyerId = g.buyerIds[0]!;
    const ikmId = g.ikmIds[0]!;
    // One user in the busiest IKM, so creating a PO also writes its notification and e-mail.
    const userId = newId();
    await database.query(`insert into users (id, email, name) values ($1, $2, 'Bench IKM admin')`, [userId, `admin-${g.run}@bench.lingkar.id`]);
    await database.query(`insert into memberships (user_id, org_id, roles) values ($1, $2, '{admin}')`, [userId, ikmId]);
    const actor = (orgId: string, orgKind: Actor['orgKind']): Actor => ({ type: 'user', userId: null, orgId, orgKind, roles: ['admin'], requestId: 'bench' });
    const ikm = actor(ikmId, 'ikm');
    const buyer = actor(buyerId, 'buyer');
    const orders = rt.services.orders;

    const totalLines = (await database.query<{ n: string }>('select count(*)::text as n from po_lines'))[0]!.n;
    const open = await orders.listPos(ikm, { page: 1, pageSize: 25, open: true });
    const page = await timeIt(runs, (i) => orders.listPos(ikm, { page: 1 + (i % Math.max(1, Math.ceil(open.total / 25))), pageSize: 25, open: true }));

    const months = ['2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05'];
    const sample = await orders.buyerScorecard(buyer, buyerId, { month: '2026-10' });
    const scorecard = await timeIt(Math.min(runs, 30), (i) => orders.buyerScorecard(buyer, buyerId, { month: months[i % months.length] }), 3);

    const poLines = Array.from({ length: 50 }, (_, j) => ({ partNumber: `P-${j}`, partName: `Part ${j}`, uom: 'pcs', quantity: 100 + j, unitPrice: BigInt(1000 + j * 25), schedule: [{ date: addDays(TODAY, 14), quantity: 50 }, { date: addDays(TODAY, 28), quantity: 50 + j }] }));
    const create = await timeIt(runs, () => orders.createPo(buyer, { ikmOrgId: ikmId, paymentTermsDays: 30, lines: poLines }));

    await rt.close();
    const row = (measure: string, target: number, t: { p50: number; p95: number }, extra = '') => ({ measure, 'p50 ms': round(t.p50, 1), 'p95 ms': round(t.p95, 1), 'target ms': target, result: t.p95 <= target ? 'met' : 'NOT met', note: extra });
    return [
      { measure: `generated ${Number(totalLines).toLocaleString('en')} PO lines (+ schedules, deliveries, receipts, invoices, payments)`, 'p50 ms': NaN, 'p95 ms': NaN, 'target ms': NaN, result: `${round(generateSeconds, 1)} s`, note: `${g.pos.toLocaleString('en')} POs in this run; 50 buyers, 2,000 IKM` },
      row("IKM open-orders page (busiest IKM, 25/page)", 50, page, `${open.total} open POs`),
      row("buyer's monthly scorecard, all suppliers (busiest buyer)", 300, scorecard, `${sample.suppliers.length} suppliers in 2026-10`),
      row('create a PO with 50 lines', 50, create, `${runs} POs`),
    ];
  } finally {
    await database.close();
  }
}

function isMain(): boolean {
  const self = fileURLToPath(import.meta.url);
  const args = [process.argv[1]];
  try {
    args.push(...readFileSync('/proc/self/cmdline', 'utf8').split('\0'));
  } catch {
    // not Linux
  }
  return args.some((a) => a !== undefined && a !== '' && resolve(a) === self);
}

if (isMain()) {
  const i = process.argv.indexOf('--lines');
  const lines = i > 0 ? Number(process.argv[i + 1]) : undefined;
  console.table(await benchOrders({ lines }));
  process.exit(0);
}
