import type { Command } from 'commander';
import { loadConfig } from '../config';
import { serve } from '../server/serve';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and API (PORT, DATABASE_URL; PGlite under ./.lingkar/data when DATABASE_URL is unset)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      await serve(config);
    });

  program
    .command('worker')
    .description('Run background jobs only (pg-boss on PostgreSQL): outbox, ageing, maintenance')
    .action(async () => {
      const { assemble } = await import('../server/assemble');
      const config = loadConfig();
      const runtime = await assemble(config, { jobs: true });
      await runtime.deps.jobs.start();
      console.log(`Lingkar worker running (${runtime.deps.jobs.kind}); Ctrl+C to stop.`);
      const stop = async () => {
        await runtime.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
