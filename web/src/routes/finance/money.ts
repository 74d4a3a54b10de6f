/**
 * Money and rates for the finance pages. Money arrives as digit strings (whole Rupiah) and is only ever
 * handled as BigInt — never a float. Rates arrive as decimal strings ("6", "10.5") and are shown as text.
 */
/** Same mapping as i18n's intlLocale (kept here so these helpers stay pure and testable without a DOM). */
const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : 'id-ID');

const DIGITS = /^\d+$/;

/** BigInt of a digit string (anything else counts as 0). */
export function toBig(v: string | null | undefined): bigint {
  return v && DIGITS.test(v) ? BigInt(v) : 0n;
}

const rupiahFormats = new Map<string, Intl.NumberFormat>();
function rupiahFormat(lang: string): Intl.NumberFormat {
  const locale = intlLocale(lang);
  let f = rupiahFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'IDR', currencyDisplay: 'symbol', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    rupiahFormats.set(locale, f);
  }
  return f;
}

/** "Rp 24.000.000.000" (BigInt-exact, any size). */
export function formatRupiah(v: string | bigint | null | undefined, lang: string): string {
  if (v === null || v === undefined || v === '') return '—';
  const n = typeof v === 'bigint' ? v : DIGITS.test(v) || /^-\d+$/.test(v) ? BigInt(v) : null;
  if (n === null) return v as string;
  return rupiahFormat(lang).format(n).replace(/IDR\s?/, 'Rp ');
}

/** Digits grouped by thousands without the currency ("100.000.000"), for inputs. */
export function groupDigits(digits: string, lang: string): string {
  if (!digits) return '';
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 }).format(BigInt(digits));
}

const SCALES: { unit: bigint; id: string; en: string }[] = [
  { unit: 1_000_000_000_000n, id: 'triliun', en: 'trillion' },
  { unit: 1_000_000_000n, id: 'miliar', en: 'billion' },
  { unit: 1_000_000n, id: 'juta', en: 'million' },
];

/** Short form for headlines: "Rp24 miliar", "Rp1,5 miliar" / "Rp24 billion" (one decimal, half up). */
export function formatRupiahShort(v: string | bigint | null | undefined, lang: string): string {
  const n = typeof v === 'bigint' ? v : toBig(v);
  const scale = SCALES.find((s) => n >= s.unit);
  if (!scale) return formatRupiah(n, lang).replace(/\s/g, '');
  const tenths = (n * 10n + scale.unit / 2n) / scale.unit;
  const whole = tenths / 10n;
  const frac = tenths % 10n;
  const sep = lang === 'en' ? '.' : ',';
  const wholeText = new Intl.NumberFormat(intlLocale(lang)).format(whole);
  return `Rp${wholeText}${frac ? `${sep}${frac}` : ''} ${lang === 'en' ? scale.en : scale.id}`;
}

/**
 * What a person typed as an amount of Rupiah ("100.000.000", "Rp 100,000,000", "100000000") as digits;
 * null when it is not a whole, non-negative amount (e.g. has cents or letters).
 */
export function parseRupiahInput(text: string): string | null {
  const t = text.trim().replace(/^rp\.?\s*/i, '');
  if (!t) return null;
  if (!/^[\d.,\s]+$/.test(t)) return null;
  // a decimal part (1 or 2 digits after the last separator) is not whole Rupiah
  if (/[.,]\d{1,2}$/.test(t)) return null;
  const digits = t.replace(/[.,\s]/g, '');
  if (!DIGITS.test(digits)) return null;
  return digits.replace(/^0+(?=\d)/, '');
}

export function sumMoney(values: Iterable<string | bigint | null | undefined>): bigint {
  let s = 0n;
  for (const v of values) s += typeof v === 'bigint' ? v : toBig(v);
  return s;
}

/** "10,5%" (id) / "10.5%" (en) from the rate string "10.5" — text only, no float. */
export function formatRate(rate: string | null | undefined, lang: string): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  return `${lang === 'en' ? rate : rate.replace('.', ',')}%`;
}

/** A typed rate ("10,5", "10.5", "6") as the API's decimal string; null when not 0–100 with at most 4 decimals. */
export function parseRateInput(text: string): string | null {
  const t = text.trim().replace(/%$/, '').trim().replace(',', '.');
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(t);
  if (!m) return null;
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (Number(whole) > 100 || (whole === '100' && frac)) return null;
  return frac ? `${whole}.${frac}` : whole;
}

/** A share of a value by a percent string, rounded down to whole Rupiah (e.g. 80% of a PO): BigInt only. */
export function shareOf(value: string | bigint, percent: string): bigint {
  const v = typeof value === 'bigint' ? value : toBig(value);
  const [w = '0', f = ''] = percent.split('.');
  const scale = 10n ** BigInt(f.length);
  const p = BigInt(w) * scale + (f ? BigInt(f) : 0n);
  return (v * p) / (100n * scale);
}
