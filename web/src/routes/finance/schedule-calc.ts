/**
 * The loan-schedule rules of DOMAIN.md ("Loan schedules"), exact in BigInt, for the calculator page while
 * the API exposes no schedule preview. Mirrors `lingkar calc loan-schedule` (same golden vectors in the test).
 */
import type { LoanMethod } from '../../api/finance-types';

export interface CalcRow {
  no: number;
  dueDate: string;
  principal: bigint;
  interest: bigint;
  total: bigint;
  balance: bigint;
}

export interface CalcResult {
  instalments: CalcRow[];
  totalInterest: bigint;
  totalPayment: bigint;
  tenorDays?: number;
}

export type CalcError = 'principal' | 'rate' | 'tenor' | 'date' | 'repaidOn';

const roundHalfUp = (num: bigint, den: bigint) => (num * 2n + den) / (den * 2n);
const RATE = /^(\d{1,3})(?:\.(\d{1,6}))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(s: string): { y: number; m: number; d: number } | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return { y, m: mo, d };
}
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** k calendar months later, on the same day or the month's last day. */
export function addMonthsClamped(date: string, months: number): string {
  const p = parseDate(date)!;
  const index = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return iso(y, m, Math.min(p.d, daysIn(y, m)));
}

function daysBetween(a: string, b: string): number {
  const x = parseDate(a)!;
  const y = parseDate(b)!;
  return Math.round((Date.UTC(y.y, y.m - 1, y.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86_400_000);
}

export function computeSchedule(input: { principal: string; annualRate: string; method: LoanMethod; tenorMonths?: number; disbursedOn: string; repaidOn?: string }): CalcResult | { error: CalcError } {
  if (!/^\d+$/.test(input.principal) || BigInt(input.principal) <= 0n) return { error: 'principal' };
  const P = BigInt(input.principal);
  const rm = RATE.exec(input.annualRate.trim());
  if (!rm) return { error: 'rate' };
  const frac = (rm[2] ?? '').replace(/0+$/, '');
  const rDen = 10n ** BigInt(frac.length);
  const rNum = BigInt(rm[1]!) * rDen + (frac ? BigInt(frac) : 0n);
  if (rNum > 100n * rDen) return { error: 'rate' };
  if (!parseDate(input.disbursedOn)) return { error: 'date' };

  const rows: CalcRow[] = [];
  if (input.method === 'bullet') {
    if (!input.repaidOn || !parseDate(input.repaidOn)) return { error: 'repaidOn' };
    const days = daysBetween(input.disbursedOn, input.repaidOn);
    if (days <= 0 || input.repaidOn > addMonthsClamped(input.disbursedOn, 360)) return { error: 'repaidOn' };
    const interest = roundHalfUp(P * rNum * BigInt(days), rDen * 36_000n);
    rows.push({ no: 1, dueDate: input.repaidOn, principal: P, interest, total: P + interest, balance: 0n });
    return { instalments: rows, totalInterest: interest, totalPayment: P + interest, tenorDays: days };
  }
  const n = input.tenorMonths ?? 0;
  if (!Number.isInteger(n) || n < 1 || n > 360) return { error: 'tenor' };
  const a = rNum;
  const b = rDen * 1200n;
  let balance = P;
  const push = (k: number, part: bigint, interest: bigint) => {
    balance -= part;
    rows.push({ no: k, dueDate: addMonthsClamped(input.disbursedOn, k), principal: part, interest, total: part + interest, balance });
  };
  if (input.method === 'annuity') {
    const grown = (b + a) ** BigInt(n);
    const A = a === 0n ? roundHalfUp(P, BigInt(n)) : roundHalfUp(P * a * grown, b * (grown - b ** BigInt(n)));
    for (let k = 1; k <= n; k++) {
      const interest = roundHalfUp(balance * a, b);
      const due = A - interest;
      push(k, k === n ? balance : due < balance ? due : balance, interest);
    }
  } else {
    const share = P / BigInt(n);
    const flatInterest = roundHalfUp(P * a, b);
    for (let k = 1; k <= n; k++) push(k, k === n ? balance : share, input.method === 'flat' ? flatInterest : roundHalfUp(balance * a, b));
  }
  const totalInterest = rows.reduce((s, r) => s + r.interest, 0n);
  return { instalments: rows, totalInterest, totalPayment: P + totalInterest };
}
