import type { Config } from '../config';
import { isDatabaseEmpty, listDemoAccounts, loadDemo } from '../demo/loader';
import { buildApp } from './app';
import { assemble, createLogger } from './assemble';

/** `npm start` / `lingkar serve`: migrate, load the demo on an empty database, start jobs and the HTTP server. */
export async function serve(config: Config): Promise<void> {
  const log = createLogger(config);
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
    for (const a of accounts.slice(0, 40)) lines.push(`    ${a.email.padEnd(44)} ${a.kind.padEnd(9)} ${a.organisation}`);
    if (accounts.length > 40) lines.push(`    … ${accounts.length - 40} more: npx lingkar demo accounts --json`);
  }
  console.log(lines.join('\n') + '\n');
}
