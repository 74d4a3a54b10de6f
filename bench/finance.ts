/**
 * Finance benchmark (issue 7): settle buyer payments through escrow and the waterfall on real
 * PostgreSQL — each payment one transaction writing its journal entries (append-only, balanced,
 * checked by triggers), the instalments' paid amounts and the payment row — with 8 concurrent
 * clients and 5% of the payments submitted twice at the same moment. Target ≥ 1,000 payments/s.
 * Afterwards: every journal entry balances, escrow in = out, no payment applied twice, and the
 * instalments' paid amounts equal the journal.
 *
 *   node bin/run-ts.js bench/finance.ts            (DATABASE_URL, default database lingkar_bench_finance,
 *                                                    over the local Unix socket when there is one)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { systemActor } from '../src/core/actor';
import { addDays } from '../src/core/dates';
import { fixedClock } from '../src/core/clock';
import { newId } from '../src/core/ids';
import { openDatabase } from '../src/db/client';
import { assemble } from '../src/server/assemble';
import { seedFinance } from './finance-setup';
import { benchDatabaseUrl, round } from './support';

export interface FinanceBenchOptions {
  payments?: number;
  clients?: number;
  duplicateShare?: number;
  ikms?: number;
}

export async function benchFinance(opts: FinanceBenchOptions = {}): Promise<Record<string, unknown>[]> {
  const payments = opts.payments ?? 20_000;
  const clients = opts.clients ?? 8;
  const duplicateShare = opts.duplicateShare ?? 0.05;
  const databaseUrl = process.env.DATABASE_URL ?? localSocketUrl(await benchDatabaseUrl('lingkar_bench_finance', true));
  const disbursedOn = '2025-01-15';
  const clock = fixedClock(`${disbursedOn}T02:00:00Z`);
  const database = await openDatabase({ databaseUrl, poolSize: clients + 2 });
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'b'.repeat(40), DATABASE_URL: databaseUrl, LINGKAR_DATA_DIR: '/tmp/lingkar-bench/data' });
  const rt = await assemble(config, { database, clock, log: pino({ level: 'warn' }) });
  try {
    const t0 = performance.now();
    const seeded = await seedFinance(rt.deps, rt.services.audit, { ikms: opts.ikms ?? 400 });
    const seedSeconds = (performance.now() - t0) / 1000;
    const paidOn = addDays(disbursedOn, 372); // 12 instalments due
    clock.set(`${paidOn}T02:00:00Z`);
    // The work: unique payments, 5% of them submitted a second time right after (picked by another client at once).
    let seed = 20_260_101;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const queue: { n: number; pair: (typeof seeded.pairs)[number]; invoiceId: string; amount: bigint; key: string }[] = [];
    for (let n = 0; n < payments; n++) {
      const pair = seeded.pairs[Math.floor(rand() * seeded.pairs.length)]!;
      const job = { n, pair, invoiceId: newId(), amount: BigInt(1_000_000 + Math.floor(rand() * 40_000_000)), key: `bench-${n}` };
      queue.push(job);
      if (rand() < duplicateShare) queue.push(job);
    }
    const actor = systemActor(seeded.pairs[0]!.buyerOrgId, 'bench');
    const outcome = { applied: 0, duplicates: 0, errors: 0 };
    const firstResult = new Map<number, string>();
    let next = 0;
    const backends = await backendPids(database, clients + 2);
    const pg0 = pgCpuSeconds(backends);
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (next < queue.length) {
        const job = queue[next++]!;
        try {
          const r = await rt.deps.db.transaction((tx) =>
            seeded.finance.escrow.recordBuyerPayment(tx, actor, { invoiceId: job.invoiceId, poId: job.pair.poId, buyerOrgId: job.pair.buyerOrgId, ikmOrgId: job.pair.ikmOrgId, amount: job.amount, paidOn, idempotencyKey: job.key }),
          );
          if (!r.routed) throw new Error('payment not routed');
          if (r.duplicate) outcome.duplicates++;
          else outcome.applied++;
          const seen = firstResult.get(job.n);
          if (seen && seen !== r.paymentId) throw new Error(`payment ${job.n} applied twice (${seen}, ${r.paymentId})`);
          firstResult.set(job.n, r.paymentId);
        } catch (e) {
          outcome.errors++;
          if (outcome.errors < 5) console.error(e);
        }
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const nodeCpu = (cpu.user + cpu.system) / 1e6 / seconds;
    const pgCpu = pgCpuSeconds(backends) - pg0;
    // CPU actually spent per request (this process + its PostgreSQL backends): what 2 dedicated cores could settle
    const cpuMsPerRequest = ((cpu.user + cpu.system) / 1e3 + pgCpu * 1e3) / queue.length;
    const v = await verify(database.query.bind(database));
    const ok = outcome.errors === 0 && outcome.applied === payments && outcome.duplicates === queue.length - payments && v.payments === payments && v.unbalanced === 0 && v.escrowIn === v.escrowOut && v.paidMismatch === 0 && v.keysTwice === 0;
    return [
      {
        case: `${payments} payments, ${clients} clients, ${queue.length - payments} concurrent duplicates, ${seeded.pairs.length} loans (${databaseUrl.includes('host=/') ? 'Unix socket' : 'TCP'})`,
        'payments/s': round(payments / seconds, 0),
        'requests/s': round(queue.length / seconds, 0),
        seconds: round(seconds, 2),
        applied: outcome.applied,
        duplicates: outcome.duplicates,
        errors: outcome.errors,
        'journal entries': v.entries,
        'unbalanced entries': v.unbalanced,
        'escrow in = out': v.escrowIn === v.escrowOut ? `yes (Rp${v.escrowIn})` : `NO (${v.escrowIn} ≠ ${v.escrowOut})`,
        'applied twice': v.keysTwice,
        'instalments = journal': v.paidMismatch === 0 ? 'yes' : `NO (${v.paidMismatch})`,
        'seed s': round(seedSeconds, 1),
        'node CPU': `${round(nodeCpu * 100, 0)}%`,
        'CPU ms/request (node+PG)': round(cpuMsPerRequest, 2),
        'payments/s on 2 free cores': round((2000 / cpuMsPerRequest) * (payments / queue.length), 0),
        result: ok && payments / seconds >= 1000 ? 'target met (≥ 1,000/s)' : ok ? 'correct, below 1,000/s' : 'FAILED',
      },
    ];
  } finally {
    await rt.close();
    await database.close();
  }
}

/**
 * The same local database over its Unix socket when there is one (an app server next to its database
 * connects that way: no loopback TCP stack on every round trip); otherwise the TCP URL unchanged.
 */
function localSocketUrl(tcpUrl: string): string {
  const dir = '/var/run/postgresql';
  const u = new URL(tcpUrl);
  if (!['127.0.0.1', 'localhost'].includes(u.hostname) || !existsSync(`${dir}/.s.PGSQL.${u.port || 5432}`)) return tcpUrl;
  return `postgres://${u.username}@localhost${u.pathname}?host=${dir}&port=${u.port || 5432}`;
}

/** PIDs of the pool's PostgreSQL backends (opens every connection of the pool at once). */
async function backendPids(database: { query<T>(text: string): Promise<T[]> }, n: number): Promise<number[]> {
  const rows = await Promise.all(Array.from({ length: n }, () => database.query<{ pid: number }>('select pg_backend_pid() as pid, pg_sleep(0.05)')));
  return [...new Set(rows.map((r) => r[0]!.pid))];
}

/** CPU seconds used so far by these local processes (Linux /proc; 0 elsewhere or for a remote server). */
function pgCpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* not local */
    }
  }
  return ticks / 100;
}

/** Ledger checks straight from SQL (independent of the service code). */
export async function verify(query: <T>(text: string, params?: unknown[]) => Promise<T[]>) {
  const one = async (text: string) => (await query<{ v: string }>(text))[0]?.v ?? '0';
  return {
    payments: Number(await one(`select count(*)::text as v from finance_escrow_payments`)),
    entries: Number(await one(`select count(*)::text as v from finance_journal_entries`)),
    unbalanced: Number(await one(`select count(*)::text as v from (select e.id from finance_journal_entries e left join finance_journal_lines l on l.entry_id = e.id group by e.id having coalesce(sum(l.amount), 0) <> 0 or count(l.id) < 2) x`)),
    escrowIn: BigInt(await one(`select coalesce(sum(amount), 0)::text as v from finance_journal_lines where account = 'escrow' and amount > 0`)),
    escrowOut: BigInt(await one(`select coalesce(-sum(amount), 0)::text as v from finance_journal_lines where account = 'escrow' and amount < 0`)),
    keysTwice: Number(await one(`select count(*)::text as v from (select payment_id from finance_journal_entries where kind = 'payment_received' group by payment_id having count(*) > 1) x`)),
    paidMismatch: Number(await one(`select count(*)::text as v from (
        select a.id, (select coalesce(sum(principal_paid), 0) from finance_instalments i where i.akad_id = a.id and i.version = a.current_version) as paid,
          (select coalesce(-sum(l.amount), 0) from finance_journal_lines l join finance_journal_entries e on e.id = l.entry_id where l.akad_id = a.id and l.account = 'loan_principal' and e.kind = 'allocation') as journal
        from finance_akads a) x where paid <> journal`)),
  };
}

function isMain(): boolean {
  const self = fileURLToPath(import.meta.url);
  const args = [process.argv[1]];
  try {
    args.push(...readFileSync('/proc/self/cmdline', 'utf8').split('\0'));
  } catch {
    /* not Linux */
  }
  return args.some((a) => a !== undefined && a !== '' && resolve(a) === self);
}

if (isMain()) {
  console.table(await benchFinance());
  process.exit(0);
}
