/**
 * Rupiah from digit strings (whole Rupiah, as the API sends them). BigInt-aware: never Number() money.
 */
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

const DIGITS = /^-?\d+$/;

/** "12500" → "Rp 12.500"; "-3000" → "-Rp 3.000"; null/invalid → "—". */
export function formatRupiah(value: string | null | undefined): string {
  if (value === null || value === undefined || !DIGITS.test(value.trim())) return '—';
  return rupiah.format(BigInt(value.trim()));
}

/** Digits grouped with dots, for inputs: "1250000" → "1.250.000". */
export function groupDigits(value: string): string {
  return value && DIGITS.test(value) ? grouped.format(BigInt(value)) : value;
}

/** What a user typed → digit string (dots, spaces, "Rp" dropped); leading zeros removed. */
export function digitsOf(input: string): string {
  const d = input.replace(/\D/g, '');
  return d.replace(/^0+(?=\d)/, '');
}

/** Integers with thousands separators in the UI language ("12.000" / "12,000"). */
export function formatInteger(n: number | null | undefined, lang: string): string {
  if (n === null || n === undefined) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 0 }).format(n);
}

/** A percentage with one decimal in the UI language ("12,5%"). */
export function formatPercent(n: number | null | undefined, lang: string, signed = false): string {
  if (n === null || n === undefined) return '—';
  const s = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' }).format(n);
  return `${s}%`;
}
