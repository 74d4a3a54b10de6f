import type { Config } from '../config';
import { isDatabaseEmpty, listDemoAccounts, loadDemo } from '../demo/loader';
import type { DemoAccount } from '../demo/accounts';
import { buildApp } from './app';
import { assemble, createLogger } from './assemble';

/** `npm start` / `lingkar serve`: migrate, load the demo on an empty database, start jobs and the HTTP server. */
export async function serve(config: Config): Promise<void> {
  const log = createLogger(config);
  // A start-up that awaits something that can never finish (e.g. a PGlite query waiting on its own open
  // transaction) would let Node exit silently with code 0: say so and fail instead.
  const stalled = () => {
    console.error('Lingkar stopped during start-up: a database operation never completed (see the log above).');
    process.exitCode = 1;
  };
  process.once('beforeExit', stalled);
  const runtime = await assemble(config, { log, jobs: config.jobs === 'on' });
  const { deps, services } = runtime;
  if (config.demo === 'auto' && (await isDatabaseEmpty(deps))) {
    log.info('empty database: loading the launch-event demo');
    await loadDemo(deps, services);
  }
  await deps.jobs.start();
  const app = await buildApp(deps, services, { logger: log.child({ component: 'http' }) });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close().catch(() => undefined);
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  process.off('beforeExit', stalled);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const accounts = config.demo === 'auto' ? await listDemoAccounts(deps) : [];
  const lines = [
    '',
    `  Lingkar is running at http://localhost:${port}  (API docs: http://localhost:${port}/api/docs)`,
    `  Database: ${deps.database.describe}; jobs: ${deps.jobs.kind}`,
  ];
  if (accounts.length) {
    lines.push(`  Demo sign-in (password for all: ${accounts[0]!.password}):`);
    for (const a of featuredAccounts(accounts)) lines.push(`    ${a.email.padEnd(40)} ${a.kind.padEnd(9)} ${a.roles.join(',').padEnd(9)} ${a.organisation}`);
    lines.push(`    … ${accounts.length} accounts in all: npx lingkar demo accounts`);
  }
  console.log(lines.join('\n') + '\n');
}

/** One account per role a newcomer wants to try first: programme, AHM, a tier, the two named IKM, mentors, a lender's three roles. */
function featuredAccounts(accounts: DemoAccount[]): DemoAccount[] {
  const wanted = ['admin@kemenperin.', 'admin@ahm.', 'admin@tier01.', 'admin@ikm01.', 'admin@ikm02.', 'admin@ydba.', 'admin@polman.', 'admin@mandiri.', 'analis@mandiri.', 'pemutus@mandiri.'];
  return wanted.map((w) => accounts.find((a) => a.email.startsWith(w))).filter((a): a is DemoAccount => Boolean(a));
}
