import type { Database } from './client';

/** Drops every table of the app (the audit trail included): the demo reset and test databases use it. */
export async function resetDatabase(database: Database): Promise<void> {
  await database.query('DROP SCHEMA IF EXISTS public CASCADE');
  await database.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
  await database.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await database.query('CREATE SCHEMA public');
}
