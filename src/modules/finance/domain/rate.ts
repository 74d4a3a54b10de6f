/**
 * Interest rates as exact rationals. A rate arrives as a decimal string of percent per year
 * ("6", "10.5", "10.123456"); it is held as numerator / denominator in bigint so that the
 * monthly rate r = R / 100 / 12 is exact and no float or decimal approximation is ever used.
 */
import { AppError } from '../../../core/errors';

/** Up to 3 integer digits and 6 decimals, as core/validation `rateString`. */
const RATE = /^(\d{1,3})(?:\.(\d{1,6}))?$/;

export interface AnnualRate {
  /** Canonical decimal text ("06.50" → "6.5"). */
  readonly text: string;
  /** Percent per year = numerator / denominator (denominator a power of ten). */
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Parses a percent-per-year decimal string, 0..100 inclusive; AppError `finance.rate_invalid` otherwise. */
export function parseAnnualRate(value: string): AnnualRate {
  const m = typeof value === 'string' ? RATE.exec(value.trim()) : null;
  if (!m) {
    throw new AppError('finance.rate_invalid', 400, `annual rate must be a percentage between 0 and 100 written like "6" or "10.5" (at most 6 decimals), got "${String(value)}"`, { value: String(value) });
  }
  const whole = m[1] ?? '0';
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const denominator = 10n ** BigInt(frac.length);
  const numerator = BigInt(whole) * denominator + (frac ? BigInt(frac) : 0n);
  if (numerator > 100n * denominator) {
    throw new AppError('finance.rate_invalid', 400, `annual rate must be between 0 and 100 percent, got "${value}"`, { value });
  }
  const text = `${BigInt(whole).toString()}${frac ? `.${frac}` : ''}`;
  return { text, numerator, denominator };
}

/** The monthly rate r = R / 100 / 12 as an exact fraction { num, den } (den > 0). */
export function monthlyRate(rate: AnnualRate): { num: bigint; den: bigint } {
  return { num: rate.numerator, den: rate.denominator * 1200n };
}
