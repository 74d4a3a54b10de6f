import type { Command } from 'commander';
import { isDatabaseEmpty, listDemoAccounts, loadDemo } from '../demo/loader';
import { migrateDatabase } from '../db/migrate';
import { resetDatabase } from '../db/reset';
import { withRuntime } from './runtime';

export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('The launch-event demo data');

  demo
    .command('accounts')
    .description('List the demo sign-in accounts')
    .option('--json', 'print [{"email","password","organisation","kind","roles"}]')
    .action(async (opts: { json?: boolean }) => {
      await withRuntime(async (rt) => {
        if (await isDatabaseEmpty(rt.deps)) await loadDemo(rt.deps, rt.services);
        const accounts = await listDemoAccounts(rt.deps);
        if (opts.json) console.log(JSON.stringify(accounts, null, 2));
        else for (const a of accounts) console.log(`${a.email.padEnd(44)} ${a.password}  ${a.kind.padEnd(9)} ${a.roles.join(',').padEnd(24)} ${a.organisation}`);
      });
    });

  demo
    .command('reset')
    .description('Erase ALL data in the configured database and load the demo again')
    .option('--yes', 'do not ask (required when not on a terminal)')
    .action(async (opts: { yes?: boolean }) => {
      if (!opts.yes) {
        const { createInterface } = await import('node:readline/promises');
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await rl.question('This erases every record in the database. Type "reset" to continue: ');
        rl.close();
        if (answer.trim() !== 'reset') {
          console.error('cancelled');
          process.exitCode = 2;
          return;
        }
      }
      await withRuntime(async (rt) => {
        await resetDatabase(rt.deps.database);
        await migrateDatabase(rt.deps.database);
        const accounts = await loadDemo(rt.deps, rt.services);
        console.log(`demo restored: ${accounts.length} demo accounts`);
      });
    });
}
