import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import { TURNOVER_BAND_LIMITS, isUmkm, turnoverBand } from './turnover-band';

const MILIAR = 1_000_000_000n;

describe('turnoverBand (PP 7/2021)', () => {
  it.each([
    [0n, 'micro'],
    [1n, 'micro'],
    [2n * MILIAR, 'micro'],
    [2n * MILIAR + 1n, 'small'],
    [15n * MILIAR, 'small'],
    [15n * MILIAR + 1n, 'medium'],
    [50n * MILIAR, 'medium'],
    [50n * MILIAR + 1n, 'large'],
    [1_000_000n * MILIAR, 'large'],
  ] as const)('%s Rupiah is %s', (sales, band) => {
    expect(turnoverBand(sales)).toBe(band);
  });

  it('exposes the inclusive upper limits', () => {
    expect(TURNOVER_BAND_LIMITS).toEqual({ micro: 2n * MILIAR, small: 15n * MILIAR, medium: 50n * MILIAR });
  });

  it('rejects a negative amount', () => {
    expect(() => turnoverBand(-1n)).toThrow(AppError);
    expect(() => turnoverBand(-1n)).toThrow(expect.objectContaining({ code: 'registry.turnover_invalid' }));
  });

  it('counts micro, small and medium as UMKM', () => {
    expect(['micro', 'small', 'medium', 'large'].map((b) => isUmkm(b as never))).toEqual([true, true, true, false]);
  });
});
