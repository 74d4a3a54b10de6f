/**
 * Terbilang: a whole number in Indonesian words, for printed POs and invoices
 * (1.250.000 → "satu juta dua ratus lima puluh ribu"). Pure; bigint so any Rupiah amount fits.
 */
const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun', 'kuintiliun', 'sekstiliun', 'septiliun'];

function below1000(n: number): string {
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return join(`${UNITS[Math.floor(n / 10)]} puluh`, below1000(n % 10));
  if (n < 200) return join('seratus', below1000(n - 100));
  return join(`${UNITS[Math.floor(n / 100)]} ratus`, below1000(n % 100));
}

const join = (a: string, b: string) => (b ? `${a} ${b}` : a);

/** Words for a non-negative whole number, lower case ("nol" for 0). */
export function terbilang(value: bigint | number): string {
  let n = typeof value === 'bigint' ? value : BigInt(value);
  if (n < 0n) throw new RangeError('terbilang is defined for non-negative numbers');
  if (n === 0n) return 'nol';
  const groups: number[] = [];
  while (n > 0n) {
    groups.push(Number(n % 1000n));
    n /= 1000n;
  }
  if (groups.length > SCALES.length) throw new RangeError('number too large for terbilang');
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    // "seribu", not "satu ribu"; every other scale keeps "satu" (satu juta, satu miliar).
    if (i === 1 && g === 1) words.push('seribu');
    else words.push(i === 0 ? below1000(g) : `${below1000(g)} ${SCALES[i]}`);
  }
  return words.join(' ');
}

/** "satu juta dua ratus lima puluh ribu rupiah". */
export function terbilangRupiah(value: bigint): string {
  return `${terbilang(value)} rupiah`;
}

/** First letter upper case, as printed after "Terbilang:". */
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
