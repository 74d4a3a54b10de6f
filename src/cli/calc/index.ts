import type { Command } from 'commander';
import { registerLoanScheduleCalc } from './loan-schedule';
import { registerCollectibilityCalc } from './collectibility';
import { registerWaterfallCalc } from './waterfall';
import { registerScheduleMeetingsCalc } from './schedule-meetings';

/** `lingkar calc …`: pure calculators (no database), the same code the server uses. */
export function registerCalc(program: Command): void {
  const calc = program
    .command('calc')
    .description('Pure calculators for integration: JSON in/out, no database (exit 2 on bad input)');
  registerLoanScheduleCalc(calc);
  registerCollectibilityCalc(calc);
  registerWaterfallCalc(calc);
  registerScheduleMeetingsCalc(calc);
}
