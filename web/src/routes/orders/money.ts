/**
 * Rupiah from the server's digit strings ("24000000000"), with BigInt only: never Number() for money.
 * Display: Intl.NumberFormat('id-ID', IDR, no fraction) — "Rp 24.000.000.000".
 */
const idr = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

const DIGITS = /^\d+$/;

/** A whole, non-negative Rupiah amount as BigInt; null when the text is not digits. */
export function parseRupiah(s: string | null | undefined): bigint | null {
  const t = (s ?? '').trim();
  return DIGITS.test(t) ? BigInt(t) : null;
}

/** "24000000000" → "Rp 24.000.000.000" (— for null or malformed). */
export function formatRupiah(s: string | bigint | null | undefined): string {
  if (s === null || s === undefined) return '—';
  const v = typeof s === 'bigint' ? s : parseRupiah(s);
  return v === null ? '—' : idr.format(v);
}

/** "24000000000" → "24.000.000.000" (for inputs). */
export function groupDigits(s: string): string {
  const v = parseRupiah(s);
  return v === null ? '' : grouped.format(v);
}

/** Keeps the digits of what was typed or pasted ("Rp 1.500.000" → "1500000"), without leading zeros. */
export function digitsOnly(s: string): string {
  const d = s.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return d.slice(0, 18);
}

export function sumRupiah(values: readonly (string | null | undefined)[]): bigint {
  let total = 0n;
  for (const v of values) total += parseRupiah(v) ?? 0n;
  return total;
}

/** quantity × unit price. */
export function lineAmount(quantity: number, unitPrice: string): bigint {
  const p = parseRupiah(unitPrice) ?? 0n;
  return Number.isInteger(quantity) && quantity > 0 ? BigInt(quantity) * p : 0n;
}

/** "11" / "11.5" → basis points (1100 / 1150); null when malformed. */
export function percentToBasisPoints(percent: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(percent.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** PPN on a subtotal, rounded down to whole Rupiah (as the server and e-Faktur do). */
export function ppnOf(subtotal: bigint, rateBp: number): bigint {
  return (subtotal * BigInt(rateBp)) / 10_000n;
}

/** share / total as a percent with two decimals, half up ("25,00 %"); null when the total is zero. */
export function sharePercent(share: string | null, total: string, lang = 'id'): string | null {
  const s = parseRupiah(share);
  const t = parseRupiah(total);
  if (s === null || t === null || t === 0n) return null;
  const hundredths = (s * 10_000n * 2n + t) / (t * 2n); // half up, in 1/100 percent
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole.toString()}${lang === 'en' ? '.' : ','}${frac}%`;
}
