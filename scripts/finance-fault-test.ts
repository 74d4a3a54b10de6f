/**
 * Finance fault test (issue 7): the server runs as a child process on a free port with its own
 * database; clients drive buyer payments into escrow over HTTP (with Idempotency-Keys, some sent
 * twice); the server is killed with SIGKILL in the middle of the load, restarted on the same
 * database, and the clients retry what was not acknowledged. Then: the ledger balances, escrow
 * in = out, and every acknowledged payment is present exactly once (and nothing twice).
 *
 *   node bin/run-ts.js scripts/finance-fault-test.ts
 * Also run by src/modules/finance/finance-fault.db.test.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { fixedClock } from '../src/core/clock';
import { addDays } from '../src/core/dates';
import { newId } from '../src/core/ids';
import { openDatabase } from '../src/db/client';
import { assemble } from '../src/server/assemble';
import { seedFinance, type SeededPair } from '../bench/finance-setup';
import { verify } from '../bench/finance';
import { startServer } from '../bench/support';

export interface FaultTestOptions {
  adminUrl?: string;
  clients?: number;
  /** Kill the server after this many acknowledged payments. */
  killAfter?: number;
  /** Payments sent after the restart. */
  after?: number;
  /** Disbursed loans seeded (one per IKM). */
  loans?: number;
  log?: (line: string) => void;
}

interface Job {
  key: string;
  invoiceId: string;
  buyer: string;
  poId: string;
  ikmOrgId: string;
  amount: string;
}

const PASSWORD = 'lingkar-fault-2026';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function database(adminUrl: string, name: string, drop = false): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    // databases left by runs that were killed (their process is gone)
    const stale = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'lingkar\\_fault\\_finance\\_%'`);
    for (const r of stale.rows as { datname: string }[]) if (r.datname !== name && !alive(Number(r.datname.split('_').at(-1)))) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (!drop) await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

async function signIn(url: string, email: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!r.ok) throw new Error(`sign-in ${email}: ${r.status} ${await r.text()}`);
  return (r.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** The payment clients: send with an Idempotency-Key, remember what was acknowledged and what was not. */
function paymentClients(pairs: SeededPair[], cookies: Map<string, string>) {
  const acked = new Map<string, { paymentId: string; invoiceId: string }>();
  const unacked = new Map<string, Job>();
  const retrying = new Set<string>();
  const stats = { committedButUnacknowledged: 0 };
  let n = 0;
  return {
    acked,
    unacked,
    retrying,
    stats,
    get sent() {
      return n;
    },
    next(): Job {
      const p = pairs[n % pairs.length]!;
      n++;
      const job = { key: `fault-${n}`, invoiceId: newId(), buyer: p.buyerOrgId, poId: p.poId, ikmOrgId: p.ikmOrgId, amount: String(1_000_000 + ((n * 7_919) % 30_000_000)) };
      unacked.set(job.key, job);
      return job;
    },
    async send(url: string, job: Job) {
      const r = await fetch(`${url}/api/finance/escrow/payments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, cookie: cookies.get(job.buyer)!, 'idempotency-key': job.key },
        body: JSON.stringify({ invoiceId: job.invoiceId, poId: job.poId, ikmOrgId: job.ikmOrgId, amount: job.amount }),
        // bounded in time: a stuck request fails the run instead of hanging it
        signal: AbortSignal.timeout(20_000),
      });
      if (r.status !== 200) throw new Error(`payment ${job.key}: ${r.status} ${await r.text()}`);
      const body = (await r.json()) as { paymentId: string; duplicate: boolean };
      if (retrying.has(job.key) && body.duplicate) stats.committedButUnacknowledged++;
      const first = acked.get(job.key);
      if (first && first.paymentId !== body.paymentId) throw new Error(`payment ${job.key} acknowledged twice with different ids`);
      acked.set(job.key, { paymentId: body.paymentId, invoiceId: job.invoiceId });
      unacked.delete(job.key);
    },
  };
}

/** Every acknowledged payment once with its id, nothing twice, the ledger balanced — straight from SQL. */
async function check(databaseUrl: string, acked: Map<string, { paymentId: string }>) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const v = await verify(async <T>(text: string) => (await c.query(text)).rows as T[]);
    const rows = (await c.query(`select idempotency_key, id from finance_escrow_payments`)).rows as { idempotency_key: string; id: string }[];
    const byKey = new Map(rows.map((r) => [r.idempotency_key.replace(/^buyer:[^:]+:/, ''), r.id]));
    const missing = [...acked.entries()].filter(([key, a]) => byKey.get(key) !== a.paymentId).length;
    const invoiceTwice = Number((await c.query(`select count(*) from (select invoice_id from finance_escrow_payments group by invoice_id having count(*) > 1) x`)).rows[0].count);
    return { v, missing, invoiceTwice };
  } finally {
    await c.end();
  }
}

export async function runFinanceFaultTest(opts: FaultTestOptions = {}) {
  const log = opts.log ?? ((l: string) => console.log(l));
  const adminUrl = opts.adminUrl ?? process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const clients = opts.clients ?? 8;
  const name = `lingkar_fault_finance_${process.pid}`;
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const databaseUrl = await database(adminUrl, name);
  const children: ChildProcess[] = [];
  try {
    // Seed: loans disbursed 200 days before today, so instalments are due when the server (real clock) takes payments.
    const startDay = addDays(new Date().toISOString().slice(0, 10), -200);
    const db0 = await openDatabase({ databaseUrl, poolSize: 8 });
    const rt = await assemble(loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'f'.repeat(40), DATABASE_URL: databaseUrl, LINGKAR_DATA_DIR: '/tmp/lingkar-fault/data' }), { database: db0, clock: fixedClock(`${startDay}T02:00:00Z`), log: pino({ level: 'warn' }) });
    const seeded = await seedFinance(rt.deps, rt.services.audit, { ikms: opts.loans ?? 40, buyers: 6, password: PASSWORD });
    await rt.close();
    await db0.close();
    log(`seeded ${seeded.pairs.length} disbursed loans in ${name} (${ms()} ms)`);

    const env = { DATABASE_URL: databaseUrl, LINGKAR_DEMO: 'off', SESSION_SECRET: 's'.repeat(40), NODE_ENV: 'test', LINGKAR_DATA_DIR: '/tmp/lingkar-fault/data' };
    const cookies = new Map<string, string>();
    const start = async () => {
      const server = await startServer(env);
      children.push(server.child);
      for (const [orgId, email] of seeded.buyerEmails) cookies.set(orgId, await signIn(server.url, email));
      return server;
    };
    const p = paymentClients(seeded.pairs, cookies);

    // Phase 1: load (every 10th payment sent twice at once); SIGKILL in the middle of it.
    const first = await start();
    log(`server up (${ms()} ms)`);
    const killAfter = opts.killAfter ?? 400;
    let killed = false;
    let inFlightAtKill = 0;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (!killed) {
        const job = p.next();
        const sends = p.sent % 10 === 0 ? [p.send(first.url, job), p.send(first.url, job)] : [p.send(first.url, job)];
        const results = await Promise.allSettled(sends);
        if (!killed && p.acked.size >= killAfter) {
          killed = true;
          first.child.kill('SIGKILL');
          inFlightAtKill = p.unacked.size;
          log(`SIGKILL after ${p.acked.size} acknowledged payments, ${inFlightAtKill} in flight (${ms()} ms)`);
        }
        const failed = results.find((r) => r.status === 'rejected');
        if (failed && !killed) throw failed.reason;
      }
    }));
    if (first.child.exitCode === null) await new Promise((r) => first.child.once('exit', r));

    // Phase 2: restart on the same database; retry what was not acknowledged (same keys), then more load.
    const second = await start();
    log(`restarted (${ms()} ms)`);
    const retry = [...p.unacked.values()];
    for (const j of retry) p.retrying.add(j.key);
    const queue = [...retry, ...Array.from({ length: opts.after ?? 100 }, () => p.next())];
    let i = 0;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (i < queue.length) await p.send(second.url, queue[i++]!);
    }));
    await second.stop();

    const { v, missing, invoiceTwice } = await check(databaseUrl, p.acked);
    const result = {
      acknowledged: p.acked.size,
      inFlightAtKill,
      retried: retry.length,
      committedButUnacknowledged: p.stats.committedButUnacknowledged,
      paymentsInDb: v.payments,
      missingOrDifferent: missing,
      appliedTwice: v.keysTwice + invoiceTwice,
      unbalancedEntries: v.unbalanced,
      escrowInEqualsOut: v.escrowIn === v.escrowOut,
      instalmentsEqualJournal: v.paidMismatch === 0,
      seconds: Math.round(ms() / 100) / 10,
    };
    const ok = missing === 0 && result.appliedTwice === 0 && v.unbalanced === 0 && result.escrowInEqualsOut && result.instalmentsEqualJournal && v.payments === p.acked.size;
    return { ok, ...result };
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    await database(adminUrl, name, true).catch(() => undefined);
  }
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
  const r = await runFinanceFaultTest();
  console.table([r]);
  process.exit(r.ok ? 0 : 1);
}
