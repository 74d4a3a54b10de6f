import type { Command } from 'commander';
import { parseJsonInput, readStdin, runCalc } from './io';
import { exitOnUsageError, parseWholeFlag } from './loan-schedule';
import { parseOrThrow } from '../../core/validation';
import { scheduleMeetings, scheduleMeetingsFirstFit, DEFAULT_SCHEDULE_OPTIONS } from '../../modules/events/domain/scheduler';
import { scheduleInstanceSchema } from '../../modules/events/domain/scheduler-schema';

const EXAMPLES = `
Input on stdin: time slots, the number of tables per slot, participants with the slots they
cannot attend, requested meetings (priority: integer ≥ 1, default 1) and, optionally, meetings
already confirmed to the participants ("fixed": they keep their slot and table):
  {"slots":["s1","s2","s3"],"tables":2,
   "participants":[{"id":"ikm-1"},{"id":"ikm-2","unavailable":["s1"]},{"id":"buyer-1"}],
   "meetings":[{"id":"m1","a":"ikm-1","b":"buyer-1","priority":2},
               {"id":"m2","a":"ikm-2","b":"buyer-1"}],
   "fixed":[{"meeting":"m2","slot":"s2","table":1}]}

Output: {"assigned":[{"meeting","slot","table"}...],"unassigned":[meeting ids],
"score": total priority scheduled, "upperBound": no schedule can score more than this}.
Nobody is in two meetings at once, no table holds two meetings at once, both participants are
available, fixed meetings stay put. The same input and --seed give the same schedule.

Examples:
  $ lingkar calc schedule-meetings < event.json
  $ lingkar calc schedule-meetings --first-fit < event.json     # naive baseline, for comparison

Exit status: 0 on success, 2 on bad input (message on stderr as "error: …").`;

interface Flags {
  seed?: string;
  budget?: string;
  boundIterations?: string;
  firstFit?: boolean;
}

export function registerScheduleMeetingsCalc(calc: Command): void {
  calc
    .command('schedule-meetings')
    .description('Schedule the B2B meetings of a Link & Match event into slots and tables (JSON on stdin)')
    .option('--seed <n>', `seed of the tie-breaking (default ${DEFAULT_SCHEDULE_OPTIONS.seed})`)
    .option('--budget <n>', `local-search work budget (default ${DEFAULT_SCHEDULE_OPTIONS.searchBudget})`)
    .option('--bound-iterations <n>', `iterations of the LP-dual upper bound, 0 to skip (default ${DEFAULT_SCHEDULE_OPTIONS.boundIterations})`)
    .option('--first-fit', 'use the naive first-fit baseline instead of the optimiser')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride(exitOnUsageError)
    .action((flags: Flags) =>
      runCalc(async () => {
        const options = {
          seed: flags.seed === undefined ? undefined : parseWholeFlag('--seed', flags.seed, 'a whole number'),
          searchBudget: flags.budget === undefined ? undefined : parseWholeFlag('--budget', flags.budget, 'a whole number'),
          boundIterations:
            flags.boundIterations === undefined ? undefined : parseWholeFlag('--bound-iterations', flags.boundIterations, 'a whole number from 0 to 100000', 0, 100_000),
        };
        const instance = parseOrThrow(scheduleInstanceSchema, parseJsonInput(await readStdin()), 'events.schedule_invalid_input');
        const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
        return flags.firstFit ? scheduleMeetingsFirstFit(instance, defined) : scheduleMeetings(instance, defined);
      }),
    );
}
