/**
 * Money: whole Rupiah as bigint. JSON carries a decimal string of digits ("24000000000").
 * Every rounding is one of the named functions below.
 */
export type Rupiah = bigint;

const DIGITS = /^-?\d+$/;

/** Parses a whole-Rupiah decimal string (or a safe integer / bigint). Throws RangeError on anything else. */
export function parseRupiah(value: string | number | bigint): Rupiah {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole Rupiah amount: ${value}`);
    return BigInt(value);
  }
  const s = value.trim();
  if (!DIGITS.test(s)) throw new RangeError(`not a whole Rupiah amount: "${value}"`);
  return BigInt(s);
}

export function isRupiahString(value: string): boolean {
  return DIGITS.test(value.trim());
}

export function rupiahToString(value: Rupiah): string {
  return value.toString();
}

/** roundHalfUp(numerator / denominator) for a non-negative fraction: nearest whole Rupiah, .5 up. */
export function roundHalfUp(numerator: bigint, denominator: bigint): Rupiah {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) throw new RangeError('roundHalfUp is defined for non-negative values');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** roundDown(numerator / denominator) for a non-negative fraction (floor). */
export function roundDown(numerator: bigint, denominator: bigint): Rupiah {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) throw new RangeError('roundDown is defined for non-negative values');
  return numerator / denominator;
}

export function sumRupiah(values: Iterable<Rupiah>): Rupiah {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

export function minRupiah(a: Rupiah, b: Rupiah): Rupiah {
  return a < b ? a : b;
}

export function maxRupiah(a: Rupiah, b: Rupiah): Rupiah {
  return a > b ? a : b;
}

const idr = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** "Rp 24.000.000.000" (Intl formats bigint exactly). */
export function formatRupiah(value: Rupiah): string {
  return idr.format(value);
}
