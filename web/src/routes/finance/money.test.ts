import { describe, expect, it } from 'vitest';
import { formatRate, formatRupiah, formatRupiahShort, groupDigits, parseRateInput, parseRupiahInput, shareOf, sumMoney } from './money';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('finance money helpers', () => {
  it('formats Rupiah exactly beyond float precision', () => {
    expect(plain(formatRupiah('24000000000', 'id'))).toBe('Rp 24.000.000.000');
    expect(plain(formatRupiah('9007199254740993', 'id'))).toBe('Rp 9.007.199.254.740.993');
    expect(plain(formatRupiah('1500', 'en'))).toMatch(/^(Rp|IDR)\s?1,500$/);
    expect(formatRupiah(null, 'id')).toBe('—');
  });

  it('says figures the short way', () => {
    expect(formatRupiahShort('24000000000', 'id')).toBe('Rp24 miliar');
    expect(formatRupiahShort('82000000000', 'en')).toBe('Rp82 billion');
    expect(formatRupiahShort('1550000000', 'id')).toBe('Rp1,6 miliar');
    expect(formatRupiahShort('250000000', 'id')).toBe('Rp250 juta');
    expect(formatRupiahShort('1200000000000', 'id')).toBe('Rp1,2 triliun');
  });

  it('reads typed amounts as whole Rupiah digits', () => {
    expect(parseRupiahInput('100.000.000')).toBe('100000000');
    expect(parseRupiahInput('Rp 100,000,000')).toBe('100000000');
    expect(parseRupiahInput('0050')).toBe('50');
    expect(parseRupiahInput('1.000,50')).toBeNull();
    expect(parseRupiahInput('12abc')).toBeNull();
    expect(parseRupiahInput('')).toBeNull();
    expect(groupDigits('100000000', 'id')).toBe('100.000.000');
  });

  it('adds money with BigInt', () => {
    expect(sumMoney(['9007199254740993', '1', null, 2n])).toBe(9007199254740996n);
  });

  it('handles rates as text', () => {
    expect(formatRate('10.5', 'id')).toBe('10,5%');
    expect(formatRate('10.5', 'en')).toBe('10.5%');
    expect(parseRateInput('10,5')).toBe('10.5');
    expect(parseRateInput('6.00')).toBe('6');
    expect(parseRateInput('080')).toBe('80');
    expect(parseRateInput('101')).toBeNull();
    expect(parseRateInput('abc')).toBeNull();
  });

  it('takes a share of a value rounding down', () => {
    expect(shareOf('1000000001', '80')).toBe(800000000n);
    expect(shareOf('1000', '12.5')).toBe(125n);
  });
});
