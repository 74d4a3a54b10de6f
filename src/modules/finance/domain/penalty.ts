/**
 * Ageing of unpaid amounts: days past due of the oldest unpaid amount (for collectibility) and
 * penalty (denda) on overdue principal and interest. Pure: no I/O, no clock.
 *
 * Rounding: the penalty of one instalment for one accrual period is
 * roundHalfUp(overdue × penaltyRate / 100 × days / 360) — overdue = unpaid principal + unpaid
 * interest (no penalty on penalty), days counted actual from the later of the due date and the
 * previous accrual to the accrual date. A daily job accrues day by day; a catch-up run after
 * missed days applies the current overdue amount to the whole gap.
 */
import { daysBetween } from '../../../core/dates';
import { roundHalfUp, type Rupiah } from '../../../core/rupiah';
import type { StoredInstalment } from './akad-schedule';
import { parseAnnualRate } from './rate';

export function penaltyFor(overdue: Rupiah, penaltyRate: string, days: number): Rupiah {
  if (overdue <= 0n || days <= 0) return 0n;
  const r = parseAnnualRate(penaltyRate);
  return roundHalfUp(overdue * r.numerator * BigInt(days), r.denominator * 36_000n);
}

export interface AgeingInstalment extends StoredInstalment {
  /** The date up to which penalty has been accrued (null: never). */
  penaltyAccruedThrough: string | null;
}

export interface PenaltyAccrual {
  no: number;
  amount: Rupiah;
  /** Overdue principal + interest the penalty was computed on. */
  overdue: Rupiah;
  days: number;
}

/** Penalty to accrue on each overdue instalment from its last accrual (or due date) to `asOf`. */
export function accruePenalties(instalments: AgeingInstalment[], penaltyRate: string, asOf: string): PenaltyAccrual[] {
  const out: PenaltyAccrual[] = [];
  for (const i of instalments) {
    if (i.dueDate >= asOf) continue;
    const overdue = i.principalDue - i.principalPaid + (i.interestDue - i.interestPaid);
    const from = i.penaltyAccruedThrough && i.penaltyAccruedThrough > i.dueDate ? i.penaltyAccruedThrough : i.dueDate;
    const days = daysBetween(from, asOf);
    const amount = penaltyFor(overdue, penaltyRate, days);
    if (amount > 0n) out.push({ no: i.no, amount, overdue, days });
  }
  return out;
}

/** The due date of the oldest instalment with any amount still unpaid that fell due before `asOf`, or null. */
export function oldestUnpaidDueDate(instalments: StoredInstalment[], asOf: string): string | null {
  let oldest: string | null = null;
  for (const i of instalments) {
    const unpaid = i.principalDue - i.principalPaid + (i.interestDue - i.interestPaid) + (i.penaltyDue - i.penaltyPaid);
    if (unpaid > 0n && i.dueDate < asOf && (oldest === null || i.dueDate < oldest)) oldest = i.dueDate;
  }
  return oldest;
}

/** Days past due of the oldest unpaid amount (0 when nothing is overdue). */
export function daysPastDue(instalments: StoredInstalment[], asOf: string): number {
  const oldest = oldestUnpaidDueDate(instalments, asOf);
  return oldest ? daysBetween(oldest, asOf) : 0;
}
