import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import { EXPIRY_WARNING_DAYS, certificationStatus, daysUntilExpiry } from './certification-status';

describe('certificationStatus', () => {
  const today = '2026-03-01';

  it('is valid without an expiry date', () => {
    expect(certificationStatus(null, today)).toBe('valid');
  });

  it.each([
    ['2026-02-28', 'expired'], // yesterday
    ['2025-03-01', 'expired'],
    ['2026-03-01', 'expiring'], // expires today: still valid today, flagged
    ['2026-03-02', 'expiring'],
    ['2026-04-30', 'expiring'], // exactly 60 days ahead
    ['2026-05-01', 'valid'], // 61 days ahead
    ['2029-01-01', 'valid'],
  ] as const)('expiring on %s is %s', (expiresOn, status) => {
    expect(certificationStatus(expiresOn, today)).toBe(status);
  });

  it('warns 60 days ahead by default and takes another window', () => {
    expect(EXPIRY_WARNING_DAYS).toBe(60);
    expect(certificationStatus('2026-04-30', today, 30)).toBe('valid');
    expect(certificationStatus('2026-03-31', today, 30)).toBe('expiring');
  });

  it('counts across a leap day', () => {
    expect(certificationStatus('2028-04-29', '2028-02-29')).toBe('expiring'); // 60 days
    expect(certificationStatus('2028-04-30', '2028-02-29')).toBe('valid'); // 61 days
    expect(daysUntilExpiry('2028-04-29', '2028-02-29')).toBe(60);
    expect(daysUntilExpiry(null, '2028-02-29')).toBeNull();
  });

  it('rejects malformed dates', () => {
    expect(() => certificationStatus('2026-02-30', today)).toThrow(AppError);
    expect(() => certificationStatus('2026-05-01', '01/03/2026')).toThrow(AppError);
  });
});
