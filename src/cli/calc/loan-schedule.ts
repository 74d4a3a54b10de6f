import { Option, type Command, type CommanderError } from 'commander';
import { AppError } from '../../core/errors';
import { EXIT_BAD_INPUT, runCalc } from './io';
import { generateSchedule, LOAN_METHODS, MAX_TENOR_MONTHS, type LoanMethod } from '../../modules/finance/domain/loan-schedule';
import { parseRupiah } from '../../core/rupiah';
import { isIsoDate } from '../../core/dates';

/**
 * Commander usage errors (missing required option, bad choice, unknown option) exit with 2 like
 * every other bad input of a calculator; help and version still exit 0. Commander has already
 * printed its `error: …` line on stderr when this runs.
 */
export function exitOnUsageError(err: CommanderError): never {
  process.exit(err.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
}

/** A whole-number flag value ("12") within [min, max], or AppError naming the flag. */
export function parseWholeFlag(flag: string, value: string, what: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(n >= min && n <= max)) {
    throw new AppError('calc.flag_invalid', 400, `${flag} must be ${what}, got "${value}"`, { flag, value });
  }
  return n;
}

function parseDateFlag(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) {
    throw new AppError('calc.flag_invalid', 400, `${flag} must be a calendar date YYYY-MM-DD, got "${value}"`, { flag, value });
  }
  return value;
}

function parseRupiahFlag(flag: string, value: string): bigint {
  if (!/^\d+$/.test(value.trim())) {
    throw new AppError('calc.flag_invalid', 400, `${flag} must be a whole Rupiah amount in digits, e.g. 100000000, got "${value}"`, { flag, value });
  }
  return parseRupiah(value);
}

interface Flags {
  principal: string;
  rate: string;
  method: LoanMethod;
  tenor?: string;
  disbursedOn: string;
  repaidOn?: string;
}

const EXAMPLES = `
Methods:
  annuity    equal instalments (anuitas); interest on the balance, A rounded half up
  declining  equal principal (efektif); interest on the balance
  flat       equal principal; interest on the original principal every month
  bullet     PO financing: one repayment on --repaid-on of principal + interest, actual days/360

Due dates fall k months after disbursement on the same day, or on the month's last day
(disbursed 31 Jan → 28/29 Feb, 31 Mar, 30 Apr). Money in the output is strings of digits.

Examples:
  $ lingkar calc loan-schedule --principal 100000000 --rate 6 --tenor 12 --method annuity --disbursed-on 2026-01-15
  $ lingkar calc loan-schedule --principal 25000000 --rate 10.5 --tenor 24 --method declining --disbursed-on 2026-01-31
  $ lingkar calc loan-schedule --principal 500000000 --rate 9.75 --method bullet --disbursed-on 2026-01-15 --repaid-on 2026-04-15

Exit status: 0 on success, 2 on bad input (message on stderr as "error: …").`;

export function registerLoanScheduleCalc(calc: Command): void {
  calc
    .command('loan-schedule')
    .description('Instalment schedule of a loan: annuity, declining, flat or bullet (JSON on stdout)')
    .requiredOption('--principal <rupiah>', 'principal in whole Rupiah, digits only, e.g. 100000000')
    .requiredOption('--rate <percent>', 'annual interest rate in percent, 0 to 100, e.g. 6 or 10.5')
    .addOption(new Option('--method <method>', 'repayment method').choices(LOAN_METHODS).makeOptionMandatory())
    .option('--tenor <months>', `tenor in months, 1 to ${MAX_TENOR_MONTHS} (annuity, declining, flat)`)
    .requiredOption('--disbursed-on <date>', 'disbursement date, YYYY-MM-DD')
    .option('--repaid-on <date>', 'repayment date, YYYY-MM-DD, after disbursement (bullet only)')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride(exitOnUsageError)
    .action((flags: Flags) =>
      runCalc(() => {
        if (flags.method === 'bullet' && flags.tenor !== undefined) {
          throw new AppError('calc.flag_invalid', 400, 'a bullet loan takes --repaid-on DATE, not --tenor');
        }
        if (flags.method === 'bullet' && flags.repaidOn === undefined) {
          throw new AppError('calc.flag_missing', 400, "required option '--repaid-on <date>' not specified for --method bullet");
        }
        if (flags.method !== 'bullet' && flags.repaidOn !== undefined) {
          throw new AppError('calc.flag_invalid', 400, `--repaid-on applies to --method bullet only; a ${flags.method} loan takes --tenor`);
        }
        if (flags.method !== 'bullet' && flags.tenor === undefined) {
          throw new AppError('calc.flag_missing', 400, `required option '--tenor <months>' not specified for --method ${flags.method}`);
        }
        return generateSchedule({
          principal: parseRupiahFlag('--principal', flags.principal),
          annualRate: flags.rate,
          method: flags.method,
          tenorMonths: flags.tenor === undefined ? undefined : parseWholeFlag('--tenor', flags.tenor, `a whole number of months, 1 to ${MAX_TENOR_MONTHS}`, 1, MAX_TENOR_MONTHS),
          disbursedOn: parseDateFlag('--disbursed-on', flags.disbursedOn)!,
          repaidOn: parseDateFlag('--repaid-on', flags.repaidOn),
        });
      }),
    );
}
