import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';

interface DrizzleInternals {
  dialect?: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
  session?: { client?: unknown };
}

/**
 * Runs a hot-path statement as a named prepared statement on node-postgres (parsed and planned
 * once per connection, instead of for every payment); elsewhere (PGlite) as a plain query.
 * `name` must identify the statement text exactly: include every variant of the text in it.
 */
export async function execPrepared<T>(x: Executor, name: string, q: SQL): Promise<T[]> {
  const internals = x as unknown as DrizzleInternals;
  const client = internals.session?.client;
  if (internals.dialect && (client instanceof pg.Client || client instanceof pg.Pool)) {
    const { sql: text, params } = internals.dialect.sqlToQuery(q);
    const r = await (client as pg.Client).query({ name, text, values: params });
    return r.rows as T[];
  }
  return (await x.execute(q)).rows as T[];
}
