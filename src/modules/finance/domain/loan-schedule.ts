/**
 * Loan instalment schedules (DOMAIN.md "Loan schedules"): annuity (anuitas), declining (efektif,
 * equal principal), flat and bullet (PO financing). Pure: no I/O, no clock.
 *
 * Rounding points: every interest amount and the annuity payment A are `roundHalfUp` of an exact
 * fraction; the equal principal share is `roundDown(P / n)`; the remainder of the principal
 * always goes to the last instalment.
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { addMonthsClamped, daysBetween, isIsoDate } from '../../../core/dates';
import { parseRupiah, roundDown, roundHalfUp, type Rupiah } from '../../../core/rupiah';
import { parseOrThrow, rupiahString } from '../../../core/validation';
import { monthlyRate, parseAnnualRate } from './rate';

export const LOAN_METHODS = ['annuity', 'declining', 'flat', 'bullet'] as const;
export type LoanMethod = (typeof LOAN_METHODS)[number];
export const MAX_TENOR_MONTHS = 360;

export interface ScheduleInput {
  principal: Rupiah;
  /** Percent per year as a decimal string ("6", "10.5"). */
  annualRate: string;
  method: LoanMethod;
  /** Required for annuity, declining and flat; not allowed for bullet. */
  tenorMonths?: number;
  disbursedOn: string;
  /** Bullet only: the repayment (maturity) date, after `disbursedOn`. */
  repaidOn?: string;
}

export interface Instalment<M = Rupiah> {
  no: number;
  dueDate: string;
  principal: M;
  interest: M;
  total: M;
  /** Outstanding principal after this instalment. */
  balance: M;
}

export interface Schedule<M = Rupiah> {
  method: LoanMethod;
  principal: M;
  annualRate: string;
  /** For bullet: the whole months needed to reach the repayment date (rounded up). */
  tenorMonths: number;
  /** Bullet only: actual days from disbursement to repayment (the interest day count). */
  tenorDays?: number;
  instalments: Instalment<M>[];
  totalInterest: M;
  totalPayment: M;
}

/** The JSON shape (money as strings of digits) used by the CLI and the HTTP API. */
export type ScheduleJson = Schedule<string>;

function invalid(code: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError(`finance.${code}`, 400, message, params);
}

function checkDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw invalid('date_invalid', `${field} must be a calendar date YYYY-MM-DD, got "${String(value)}"`, { field, value: String(value) });
  }
  return value;
}

function checkTenor(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_TENOR_MONTHS) {
    throw invalid('tenor_invalid', `tenorMonths must be a whole number of months from 1 to ${MAX_TENOR_MONTHS}, got ${String(value)}`, { value: String(value) });
  }
  return value;
}

/** The schedule with bigint money; validates the input (AppError 400 `finance.*`). */
export function computeSchedule(input: ScheduleInput): Schedule {
  const { principal, method } = input;
  if (!(LOAN_METHODS as readonly string[]).includes(method)) {
    throw invalid('method_invalid', `method must be one of ${LOAN_METHODS.join(', ')}, got "${String(method)}"`, { value: String(method) });
  }
  if (typeof principal !== 'bigint' || principal <= 0n) {
    throw invalid('principal_invalid', `principal must be a whole Rupiah amount above 0, got ${String(principal)}`, { value: String(principal) });
  }
  const rate = parseAnnualRate(input.annualRate);
  const disbursedOn = checkDate('disbursedOn', input.disbursedOn);

  if (method === 'bullet') {
    if (input.tenorMonths != null) {
      throw invalid('tenor_not_applicable', 'a bullet loan is repaid on repaidOn: give repaidOn, not tenorMonths');
    }
    if (input.repaidOn == null) throw invalid('repaid_on_required', 'a bullet loan needs repaidOn, the repayment date (YYYY-MM-DD)');
    const repaidOn = checkDate('repaidOn', input.repaidOn);
    return bulletSchedule(principal, rate.text, rate.numerator, rate.denominator, disbursedOn, repaidOn);
  }
  if (input.repaidOn != null) {
    throw invalid('repaid_on_not_applicable', `repaidOn applies to bullet loans only; a ${method} loan is repaid over tenorMonths`);
  }
  if (input.tenorMonths == null) throw invalid('tenor_required', `a ${method} loan needs tenorMonths (1 to ${MAX_TENOR_MONTHS})`);
  const n = checkTenor(input.tenorMonths);
  const { num, den } = monthlyRate(rate);
  const rows = method === 'annuity' ? annuityRows(principal, n, num, den) : equalPrincipalRows(principal, n, num, den, method === 'flat');
  const instalments = rows.map((row, i) => ({ ...row, no: i + 1, dueDate: addMonthsClamped(disbursedOn, i + 1) }));
  return finish({ method, principal, annualRate: rate.text, tenorMonths: n }, instalments);
}

type Row = Omit<Instalment, 'no' | 'dueDate'>;

function row(principal: Rupiah, interest: Rupiah, balance: Rupiah): Row {
  return { principal, interest, total: principal + interest, balance };
}

/**
 * Annuity. A = roundHalfUp(P·r / (1 − (1+r)^−n)) computed exactly: with r = a/b,
 * A = P·a·(b+a)^n / (b·((b+a)^n − b^n)). r = 0 → A = roundHalfUp(P/n).
 * principal_k = A − interest_k, but never more than the balance (that cap only bites for tiny
 * loans where rounding A up would repay early); the last instalment takes the whole balance.
 */
export function annuityPayment(principal: Rupiah, n: number, a: bigint, b: bigint): Rupiah {
  if (a === 0n) return roundHalfUp(principal, BigInt(n));
  const grown = (b + a) ** BigInt(n);
  const base = b ** BigInt(n);
  return roundHalfUp(principal * a * grown, b * (grown - base));
}

function annuityRows(principal: Rupiah, n: number, a: bigint, b: bigint): Row[] {
  const payment = annuityPayment(principal, n, a, b);
  const rows: Row[] = [];
  let balance = principal;
  for (let k = 1; k <= n; k++) {
    const interest = roundHalfUp(balance * a, b);
    const due = payment - interest;
    const part = k === n ? balance : due < balance ? due : balance;
    balance -= part;
    rows.push(row(part, interest, balance));
  }
  return rows;
}

/** Declining (interest on the balance) or flat (interest on P every month); principal roundDown(P/n), remainder last. */
function equalPrincipalRows(principal: Rupiah, n: number, a: bigint, b: bigint, flat: boolean): Row[] {
  const share = roundDown(principal, BigInt(n));
  const flatInterest = roundHalfUp(principal * a, b);
  const rows: Row[] = [];
  let balance = principal;
  for (let k = 1; k <= n; k++) {
    const interest = flat ? flatInterest : roundHalfUp(balance * a, b);
    const part = k === n ? balance : share;
    balance -= part;
    rows.push(row(part, interest, balance));
  }
  return rows;
}

/** Bullet: one repayment of P + roundHalfUp(P·R/100·days/360), days actual. */
function bulletSchedule(principal: Rupiah, rateText: string, rNum: bigint, rDen: bigint, disbursedOn: string, repaidOn: string): Schedule {
  const days = daysBetween(disbursedOn, repaidOn);
  if (days <= 0) {
    throw invalid('repaid_on_not_after_disbursement', `repaidOn (${repaidOn}) must be after disbursedOn (${disbursedOn})`, { disbursedOn, repaidOn });
  }
  let months = 1;
  while (months <= MAX_TENOR_MONTHS && addMonthsClamped(disbursedOn, months) < repaidOn) months++;
  if (months > MAX_TENOR_MONTHS) {
    throw invalid('tenor_invalid', `repaidOn must be at most ${MAX_TENOR_MONTHS} months after disbursedOn`, { disbursedOn, repaidOn });
  }
  const interest = roundHalfUp(principal * rNum * BigInt(days), rDen * 36_000n);
  const instalments = [{ no: 1, dueDate: repaidOn, ...row(principal, interest, 0n) }];
  return finish({ method: 'bullet', principal, annualRate: rateText, tenorMonths: months, tenorDays: days }, instalments);
}

function finish(head: Omit<Schedule, 'instalments' | 'totalInterest' | 'totalPayment'>, instalments: Instalment[]): Schedule {
  let totalInterest = 0n;
  let repaid = 0n;
  for (const i of instalments) {
    totalInterest += i.interest;
    repaid += i.principal;
    if (i.principal < 0n || i.interest < 0n) throw new Error(`schedule invariant broken: negative amount in instalment ${i.no}`);
  }
  if (repaid !== head.principal || instalments.at(-1)?.balance !== 0n) {
    throw new Error('schedule invariant broken: principals do not sum to the loan principal');
  }
  return { ...head, instalments, totalInterest, totalPayment: head.principal + totalInterest };
}

export function scheduleToJson(s: Schedule): ScheduleJson {
  return {
    ...s,
    principal: s.principal.toString(),
    instalments: s.instalments.map((i) => ({
      no: i.no,
      dueDate: i.dueDate,
      principal: i.principal.toString(),
      interest: i.interest.toString(),
      total: i.total.toString(),
      balance: i.balance.toString(),
    })),
    totalInterest: s.totalInterest.toString(),
    totalPayment: s.totalPayment.toString(),
  };
}

/** The schedule in its JSON shape (money as digit strings). */
export function generateSchedule(input: ScheduleInput): ScheduleJson {
  return scheduleToJson(computeSchedule(input));
}

/**
 * JSON request shape (HTTP body, files). Only the structure is checked here; the rules
 * (ranges, method/tenor/repaidOn combinations) are checked by `computeSchedule` with `finance.*` codes.
 */
export const loanScheduleRequestSchema = z.object({
  principal: rupiahString,
  annualRate: z.string(),
  method: z.string(),
  tenorMonths: z.number().optional(),
  disbursedOn: z.string(),
  repaidOn: z.string().optional(),
});
export type LoanScheduleRequest = z.infer<typeof loanScheduleRequestSchema>;

export function generateScheduleFromJson(value: unknown): ScheduleJson {
  const req = parseOrThrow(loanScheduleRequestSchema, value, 'finance.schedule_input_invalid');
  return generateSchedule({ ...req, principal: parseRupiah(req.principal), method: req.method as LoanMethod });
}
