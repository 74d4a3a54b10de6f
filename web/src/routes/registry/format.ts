import { intlLocale } from '../../i18n';

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(n);
}

/** Whole Rupiah from a digit string, without Number() (BigInt keeps every digit). */
export function formatRupiah(digits: string | null | undefined): string {
  if (!digits || !/^\d+$/.test(digits)) return '—';
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(BigInt(digits));
}

export function formatBytes(n: number, lang: string): string {
  const fmt = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
  if (n >= 1024 * 1024) return `${fmt.format(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${fmt.format(n / 1024)} KB`;
  return `${fmt.format(n)} B`;
}

/** NIB/NPWP digits grouped for reading: "0123 4567 8901 2". */
export function groupDigits(s: string, size = 4): string {
  return s.replace(new RegExp(`(\\d{${size}})(?=\\d)`, 'g'), '$1 ');
}
