import { describe, expect, it } from 'vitest';
import { digitsOnly, formatRupiah, groupDigits, lineAmount, parseRupiah, percentToBasisPoints, ppnOf, sharePercent, sumRupiah } from './money';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Rupiah from digit strings', () => {
  it('formats big amounts exactly (no float)', () => {
    expect(nbsp(formatRupiah('100000000000'))).toBe('Rp 100.000.000.000');
    expect(nbsp(formatRupiah('9007199254740993'))).toBe('Rp 9.007.199.254.740.993');
    expect(formatRupiah(null)).toBe('—');
    expect(formatRupiah('12.5')).toBe('—');
  });
  it('parses, groups and cleans input', () => {
    expect(parseRupiah(' 42 ')).toBe(42n);
    expect(parseRupiah('-1')).toBeNull();
    expect(groupDigits('1500000')).toBe('1.500.000');
    expect(digitsOnly('Rp 1.500.000')).toBe('1500000');
    expect(digitsOnly('007')).toBe('7');
  });
  it('sums shares: 32 × Rp3.125.000.000 = Rp100 miliar', () => {
    expect(sumRupiah(Array.from({ length: 32 }, () => '3125000000'))).toBe(100_000_000_000n);
  });
  it('computes line amounts and PPN rounded down', () => {
    expect(lineAmount(3, '33333')).toBe(99_999n);
    expect(percentToBasisPoints('11')).toBe(1100);
    expect(percentToBasisPoints('11,5')).toBe(1150);
    expect(percentToBasisPoints('x')).toBeNull();
    expect(ppnOf(99_999n, 1100)).toBe(10_999n); // 10 999,89 → 10 999
  });
  it('shows shares as percent, half up', () => {
    expect(sharePercent('3125000000', '100000000000')).toBe('3,13%');
    expect(sharePercent('1', '3', 'en')).toBe('33.33%');
    expect(sharePercent('1', '0')).toBeNull();
  });
});
