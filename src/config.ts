import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LINGKAR_DATA_DIR: z.string().default('.lingkar/data'),
  SESSION_SECRET: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Lingkar <no-reply@lingkar.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  LINGKAR_DEMO: z.enum(['auto', 'off']).default('auto'),
  LINGKAR_JOBS: z.enum(['on', 'off']).default('on'),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  sessionSecret: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  sessionTtlHours: number;
  demo: 'auto' | 'off';
  jobs: 'on' | 'off';
  dbPoolSize: number;
  sessionCacheSeconds: number;
}

export class ConfigError extends Error {}

/** Validates the environment. No default secrets in production; in development a random one is kept in the data directory. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  let secret = e.SESSION_SECRET;
  if (!secret) {
    if (e.NODE_ENV === 'production') throw new ConfigError('SESSION_SECRET (at least 32 characters) is required when NODE_ENV=production.');
    secret = developmentSecret(e.LINGKAR_DATA_DIR);
  }
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) throw new ConfigError('PUBLIC_URL is required when NODE_ENV=production (used in invitation links and the same-origin check).');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.LINGKAR_DATA_DIR,
    sessionSecret: secret,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    demo: e.LINGKAR_DEMO,
    jobs: e.LINGKAR_JOBS,
    dbPoolSize: e.DB_POOL_SIZE,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
  };
}

function developmentSecret(dataDir: string): string {
  const file = join(dirname(dataDir.replace(/\/+$/, '')), 'dev-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
