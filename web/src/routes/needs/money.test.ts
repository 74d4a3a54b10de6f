import { describe, expect, it } from 'vitest';
import { digitsOf, formatInteger, formatPercent, formatRupiah, groupDigits } from './money';

const clean = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Rupiah from digit strings', () => {
  it('formats whole Rupiah with dots', () => {
    expect(clean(formatRupiah('12500'))).toBe('Rp 12.500');
    expect(clean(formatRupiah('0'))).toBe('Rp 0');
  });
  it('keeps precision beyond Number.MAX_SAFE_INTEGER', () => {
    expect(clean(formatRupiah('100000000000000000001'))).toBe('Rp 100.000.000.000.000.000.001');
  });
  it('formats negative amounts (a saving that is a cost)', () => {
    expect(clean(formatRupiah('-3000'))).toMatch(/^-Rp 3\.000$/);
  });
  it('shows a dash for missing or invalid values', () => {
    expect(formatRupiah(null)).toBe('—');
    expect(formatRupiah('12.5')).toBe('—');
  });
  it('groups and parses input', () => {
    expect(groupDigits('1250000')).toBe('1.250.000');
    expect(digitsOf('Rp 1.250.000')).toBe('1250000');
    expect(digitsOf('007')).toBe('7');
    expect(digitsOf('')).toBe('');
  });
  it('formats counts and percentages in the UI language', () => {
    expect(formatInteger(12000, 'id')).toBe('12.000');
    expect(formatInteger(12000, 'en')).toBe('12,000');
    expect(formatPercent(12.5, 'id')).toBe('12,5%');
    expect(formatPercent(-4.2, 'en', true)).toBe('-4.2%');
    expect(formatPercent(4.2, 'en', true)).toBe('+4.2%');
  });
});
