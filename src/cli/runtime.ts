import { loadConfig } from '../config';
import { assemble, type Runtime } from '../server/assemble';
import pino from 'pino';

/** Opens the configured database (migrated) for a one-shot command, runs `fn`, closes. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const runtime = await assemble(config, { log: pino({ level: process.env.LOG_LEVEL ?? 'warn' }), migrate: opts.migrate });
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
