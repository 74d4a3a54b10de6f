/** Number formatting and default labels for explanation texts (Indonesian and English). */
import type { Locale, MatchLabels } from './types';

const INTEGER = { id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }) };
const ONE_DECIMAL = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** 12000 → "12.000" (id) / "12,000" (en). */
export function formatInteger(n: number, locale: Locale): string {
  return INTEGER[locale].format(Math.round(n));
}

/** 92 → "92,0" (id) / "92.0" (en). */
export function formatOneDecimal(n: number, locale: Locale): string {
  return ONE_DECIMAL[locale].format(n);
}

/** Rounds to one decimal (half away from zero, as Math.round on the scaled value). */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Labels that echo the keys (tests, and when no vocabulary is at hand). */
export const KEY_LABELS: MatchLabels = {
  process: (k) => k,
  material: (k) => k,
  certification: (k) => k,
  unit: (k) => k,
  area: (c) => c,
};

/** Both languages of a text built from a function of the locale. */
export function bilingual(f: (l: Locale) => string): { id: string; en: string } {
  return { id: f('id'), en: f('en') };
}

/** "a, b dan c" / "a, b and c". */
export function joinList(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${locale === 'id' ? 'dan' : 'and'} ${last}`;
}
