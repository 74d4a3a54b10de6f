import type { Command } from 'commander';
import { z } from 'zod';
import { withRuntime } from '../../cli/runtime';
import { isoDate, parseOrThrow } from '../../core/validation';
import { capitalise, terbilangRupiah } from './domain/terbilang';

/**
 * `lingkar loop daily [--date YYYY-MM-DD]`: runs the MoU (activate, expire, renewal reminders) and invoice-due jobs
 * once, e.g. from cron when no worker runs. `lingkar loop terbilang 1250000`: amount in Indonesian words.
 */
export function registerOrdersCommands(program: Command): void {
  const loop = program.command('loop').description('Partnerships and orders: daily jobs and helpers');
  loop
    .command('daily')
    .description('Run the MoU and invoice daily jobs once (idempotent)')
    .option('--date <date>', 'business date (default: today WIB)')
    .option('--json', 'print JSON')
    .action(async (opts: { date?: string; json?: boolean }) => {
      const date = opts.date ? parseOrThrow(isoDate, opts.date, 'cli.invalid') : undefined;
      await withRuntime(async (rt) => {
        const result = { mous: await rt.services.partnerships.runDaily(date), invoices: await rt.services.orders.runDaily(date) };
        console.log(opts.json ? JSON.stringify(result) : `MoUs: ${JSON.stringify(result.mous)}\ninvoices: ${JSON.stringify(result.invoices)}`);
      });
    });
  loop
    .command('terbilang <amount>')
    .description('A whole Rupiah amount in Indonesian words')
    .action((amount: string) => {
      const n = parseOrThrow(z.string().regex(/^\d{1,30}$/, 'digits only'), amount, 'cli.invalid');
      console.log(capitalise(terbilangRupiah(BigInt(n))));
    });
}
