import type { Command } from 'commander';
import { parseJsonInput, readStdin, runCalc } from './io';
import { allocatePaymentJson } from '../../modules/finance/domain/waterfall';
import { exitOnUsageError } from './loan-schedule';

const EXAMPLES = `
Input on stdin (money as strings of digits, dates YYYY-MM-DD; the *Due amounts are what is
still unpaid on each instalment):
  {"payment":"20000000","paidOn":"2026-05-20","loans":[
    {"id":"L1","instalments":[
      {"no":1,"dueDate":"2026-04-15","penaltyDue":"0","interestDue":"500000","principalDue":"8106643"},
      {"no":2,"dueDate":"2026-05-15","penaltyDue":"0","interestDue":"459467","principalDue":"8147176"}]}]}
  A loan may carry "settleInFull": true (a bullet loan tied to the paid PO): its instalments are
  paid even before their due date.

Order: instalments due on or before paidOn, oldest due date first, ties by loan id then
instalment no; each instalment penalty, then interest, then principal; the rest goes to the IKM.
Output: {"allocations":[{"loan","no","penalty","interest","principal"}...],"toIkm"}; the
allocations and toIkm always add up to the payment.

Example:
  $ lingkar calc waterfall < payment.json

Exit status: 0 on success, 2 on bad input (message on stderr as "error: …").`;

export function registerWaterfallCalc(calc: Command): void {
  calc
    .command('waterfall')
    .description('Allocate an escrow payment to due instalments (penalty, interest, principal), rest to the IKM; JSON on stdin')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride(exitOnUsageError)
    .action(() => runCalc(async () => allocatePaymentJson(parseJsonInput(await readStdin()))));
}
