import { describe, it, expect } from 'vitest';
import { monthlyRate, parseAnnualRate } from './rate';

describe('parseAnnualRate', () => {
  it.each([
    ['6', '6', 6n, 1n],
    ['10.5', '10.5', 105n, 10n],
    ['06.50', '6.5', 65n, 10n],
    ['0', '0', 0n, 1n],
    ['100', '100', 100n, 1n],
    ['100.000000', '100', 100n, 1n],
    ['10.123456', '10.123456', 10123456n, 1000000n],
  ])('%s → %s = %s/%s exactly', (input, text, numerator, denominator) => {
    expect(parseAnnualRate(input)).toEqual({ text, numerator, denominator });
  });

  it.each(['', '-1', '6%', '1e2', '100.000001', '101', '1.1234567', ' ', '.5', '5.'])('rejects %j', (input) => {
    expect(() => parseAnnualRate(input)).toThrow(expect.objectContaining({ code: 'finance.rate_invalid', status: 400 }));
  });

  it('monthly rate is R/1200 as an exact fraction', () => {
    expect(monthlyRate(parseAnnualRate('10.5'))).toEqual({ num: 105n, den: 12000n });
  });
});
