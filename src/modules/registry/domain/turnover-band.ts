/**
 * Business size by annual sales (hasil penjualan tahunan), PP 7/2021 art. 35(5):
 * micro up to Rp2 miliar; small above Rp2 miliar up to Rp15 miliar; medium above Rp15 miliar
 * up to Rp50 miliar; large above that. Money is whole Rupiah as bigint.
 */
import { AppError } from '../../../core/errors';
import type { Rupiah } from '../../../core/rupiah';

export const TURNOVER_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type TurnoverBand = (typeof TURNOVER_BANDS)[number];

/** Upper limits (inclusive) of each band in whole Rupiah. */
export const TURNOVER_BAND_LIMITS = Object.freeze({
  micro: 2_000_000_000n,
  small: 15_000_000_000n,
  medium: 50_000_000_000n,
});

export const TURNOVER_BAND_LABELS: Readonly<Record<TurnoverBand, { id: string; en: string }>> = Object.freeze({
  micro: { id: 'Usaha mikro (penjualan ≤ Rp2 miliar/tahun)', en: 'Micro (sales ≤ Rp2 billion/year)' },
  small: { id: 'Usaha kecil (penjualan > Rp2 miliar s.d. Rp15 miliar/tahun)', en: 'Small (sales > Rp2 up to Rp15 billion/year)' },
  medium: { id: 'Usaha menengah (penjualan > Rp15 miliar s.d. Rp50 miliar/tahun)', en: 'Medium (sales > Rp15 up to Rp50 billion/year)' },
  large: { id: 'Usaha besar (penjualan > Rp50 miliar/tahun)', en: 'Large (sales > Rp50 billion/year)' },
});

/** The PP 7/2021 band of an annual sales figure; a negative amount throws `registry.turnover_invalid`. */
export function turnoverBand(annualSales: Rupiah): TurnoverBand {
  if (annualSales < 0n) {
    throw new AppError('registry.turnover_invalid', 400, 'Omzet tahunan tidak boleh negatif', {
      annualSales: annualSales.toString(),
    });
  }
  if (annualSales <= TURNOVER_BAND_LIMITS.micro) return 'micro';
  if (annualSales <= TURNOVER_BAND_LIMITS.small) return 'small';
  if (annualSales <= TURNOVER_BAND_LIMITS.medium) return 'medium';
  return 'large';
}

/** Micro, small and medium enterprises (UMKM): every band below large. */
export function isUmkm(band: TurnoverBand): boolean {
  return band !== 'large';
}
