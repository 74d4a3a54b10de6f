import type { Command } from 'commander';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { migrateDatabase, migrationStatus } from '../db/migrate';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database: migrations and status');

  db.command('migrate')
    .description('Apply committed SQL migrations (forward-only)')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const before = await migrationStatus(database);
        await migrateDatabase(database);
        const after = await migrationStatus(database);
        console.log(`${database.describe}: applied ${after.applied - before.applied} migration(s); ${after.applied} in total, none pending.`);
      } finally {
        await database.close();
      }
    });

  db.command('status')
    .description('Show applied and pending migrations')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const s = await migrationStatus(database);
        if (opts.json) console.log(JSON.stringify({ database: database.describe, ...s }, null, 2));
        else console.log(`${database.describe}\n  applied: ${s.applied} of ${s.known}\n  pending: ${s.pending.length ? s.pending.join(', ') : 'none'}`);
        if (!s.current) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
