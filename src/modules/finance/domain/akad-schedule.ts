/**
 * The schedule of an akad kredit, built from the domain loan schedule (computeSchedule) — never
 * re-implemented here — plus what an akad adds: grace months, and new schedule versions after a
 * prepayment or a restructuring. Pure: no I/O, no clock.
 *
 * Grace (masa tenggang): during `graceMonths` interest-only instalments fall due, each with
 * interest roundHalfUp(P·r) (the monthly interest on the full principal, as `flat` computes it)
 * and no principal; the domain schedule then starts `graceMonths` after disbursement and runs the
 * rest of the tenor (`tenorMonths` counts the grace months too). Every due
 * date stays on the disbursement's day of month: instalment k falls k months after disbursement.
 */
import { AppError } from '../../../core/errors';
import { addMonthsClamped } from '../../../core/dates';
import { roundHalfUp, type Rupiah } from '../../../core/rupiah';
import { computeSchedule, type LoanMethod } from './loan-schedule';
import { monthlyRate, parseAnnualRate } from './rate';

export interface AkadTerms {
  principal: Rupiah;
  annualRate: string;
  method: LoanMethod;
  tenorMonths?: number;
  repaidOn?: string;
  graceMonths?: number;
}

/** One instalment as stored: what is due and what has been paid of it. */
export interface StoredInstalment {
  no: number;
  dueDate: string;
  principalDue: Rupiah;
  interestDue: Rupiah;
  penaltyDue: Rupiah;
  principalPaid: Rupiah;
  interestPaid: Rupiah;
  penaltyPaid: Rupiah;
}

const fresh = (no: number, dueDate: string, principalDue: Rupiah, interestDue: Rupiah): StoredInstalment => ({
  no,
  dueDate,
  principalDue,
  interestDue,
  penaltyDue: 0n,
  principalPaid: 0n,
  interestPaid: 0n,
  penaltyPaid: 0n,
});

/** The instalments of a new akad disbursed on `disbursedOn` (grace rows first, then the domain schedule). */
export function buildAkadSchedule(terms: AkadTerms, disbursedOn: string): StoredInstalment[] {
  const grace = terms.graceMonths ?? 0;
  if (!Number.isInteger(grace) || grace < 0 || grace > 60) {
    throw new AppError('finance.grace_invalid', 400, 'Masa tenggang harus 0 sampai 60 bulan.', { field: 'graceMonths' });
  }
  if (grace > 0 && terms.method === 'bullet') {
    throw new AppError('finance.grace_not_applicable', 400, 'Kredit bullet tidak memiliki masa tenggang.', { field: 'graceMonths' });
  }
  const start = grace > 0 ? addMonthsClamped(disbursedOn, grace) : disbursedOn;
  // tenorMonths is the whole tenor, grace included: the principal is repaid over the months after grace.
  const tenorMonths = terms.tenorMonths === undefined ? undefined : terms.tenorMonths - grace;
  const s = computeSchedule({ principal: terms.principal, annualRate: terms.annualRate, method: terms.method, tenorMonths, repaidOn: terms.repaidOn, disbursedOn: start });
  const { num, den } = monthlyRate(parseAnnualRate(terms.annualRate));
  const graceInterest = roundHalfUp(terms.principal * num, den);
  const rows: StoredInstalment[] = [];
  for (let k = 1; k <= grace; k++) rows.push(fresh(k, addMonthsClamped(disbursedOn, k), 0n, graceInterest));
  for (const i of s.instalments) {
    const dueDate = terms.method === 'bullet' ? i.dueDate : addMonthsClamped(disbursedOn, grace + i.no);
    rows.push(fresh(grace + i.no, dueDate, i.principal, i.interest));
  }
  return rows;
}

export const unpaidOf = (i: StoredInstalment): Rupiah =>
  i.principalDue - i.principalPaid + (i.interestDue - i.interestPaid) + (i.penaltyDue - i.penaltyPaid);

const settledCopy = (i: StoredInstalment, no: number): StoredInstalment => ({
  ...i,
  no,
  principalDue: i.principalPaid,
  interestDue: i.interestPaid,
  penaltyDue: i.penaltyPaid,
});

export interface RescheduleInput {
  /** The current version's instalments with their paid amounts. */
  current: StoredInstalment[];
  /** Principal still owed (the ledger balance of the loan principal receivable). */
  outstanding: Rupiah;
  /** The old terms (rate and method) and the original disbursement date: a bullet's interest accrued so far is carried. */
  oldTerms: { annualRate: string; method: LoanMethod };
  disbursedOn: string;
  /** The new terms for the outstanding principal; the new schedule runs from `startOn`. */
  newTerms: Omit<AkadTerms, 'principal'>;
  startOn: string;
  /** Prepayment: keep these due dates for the new instalments (one per date, in order) instead of counting months from startOn. */
  keepDueDates?: string[];
}

/**
 * A new schedule version (restructuring or prepayment). Instalments due on or before `startOn`,
 * and any partly paid, are kept as settled rows (due := paid); what they still owed in interest
 * and penalty is carried into the first new instalment, as is a bullet loan's interest accrued
 * from disbursement to `startOn` (computeSchedule bullet interest) less interest already paid.
 * The outstanding principal is scheduled afresh with the new terms from `startOn`.
 */
export function rescheduleAkad(input: RescheduleInput): StoredInstalment[] {
  const rows: StoredInstalment[] = [];
  let carryInterest = 0n;
  let carryPenalty = 0n;
  for (const i of input.current) {
    carryPenalty += i.penaltyDue - i.penaltyPaid;
    const isDue = i.dueDate <= input.startOn;
    if (isDue) carryInterest += i.interestDue - i.interestPaid;
    else if (input.oldTerms.method === 'bullet' && input.startOn > input.disbursedOn && i.principalDue > 0n) {
      const accrued = computeSchedule({ principal: i.principalDue, annualRate: input.oldTerms.annualRate, method: 'bullet', disbursedOn: input.disbursedOn, repaidOn: input.startOn }).totalInterest;
      if (accrued > i.interestPaid) carryInterest += accrued - i.interestPaid;
    }
    const touched = i.principalPaid + i.interestPaid + i.penaltyPaid > 0n;
    if (isDue || touched) rows.push(settledCopy(i, rows.length + 1));
  }
  const base = rows.length;
  if (input.outstanding > 0n) {
    const dates = input.keepDueDates;
    const terms = dates ? { ...input.newTerms, tenorMonths: input.newTerms.method === 'bullet' ? undefined : dates.length, graceMonths: 0 } : input.newTerms;
    const fresh = buildAkadSchedule({ ...terms, principal: input.outstanding }, input.startOn);
    fresh.forEach((f, k) => rows.push({ ...f, no: base + k + 1, dueDate: dates?.[k] ?? f.dueDate }));
  } else if (carryInterest + carryPenalty > 0n) {
    rows.push(fresh(base + 1, input.startOn, 0n, 0n));
  }
  const first = rows[base];
  if (first) {
    first.interestDue += carryInterest;
    first.penaltyDue += carryPenalty;
  }
  return rows;
}
