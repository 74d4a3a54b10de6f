import type { Command } from 'commander';
import { runCalc } from './io';
import { classifyCollectibility } from '../../modules/finance/domain/collectibility';
import { exitOnUsageError, parseWholeFlag } from './loan-schedule';

const EXAMPLES = `
Classes (OJK kolektibilitas, by days past due of the oldest unpaid amount):
  1 Lancar                  0 days
  2 Dalam Perhatian Khusus  1–90
  3 Kurang Lancar           91–120    (non-performing)
  4 Diragukan               121–180   (non-performing)
  5 Macet                   over 180  (non-performing)

Example:
  $ lingkar calc collectibility --dpd 95
  {"dpd":95,"class":3,"label":"Kurang Lancar","performing":false}   (printed indented)

Exit status: 0 on success, 2 on bad input (message on stderr as "error: …").`;

export function registerCollectibilityCalc(calc: Command): void {
  calc
    .command('collectibility')
    .description('OJK collectibility class (1–5) for a number of days past due (JSON on stdout)')
    .requiredOption('--dpd <days>', 'days past due of the oldest unpaid amount, a whole number 0 or more')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride(exitOnUsageError)
    .action((flags: { dpd: string }) =>
      runCalc(() => classifyCollectibility(parseWholeFlag('--dpd', flags.dpd, 'a whole number of days, 0 or more'))),
    );
}
