import { describe, expect, it } from 'vitest';
import { daysBetween, renewalDaysLeft, todayJakarta } from './queries';

describe('MoU renewal window', () => {
  it('counts days between business dates', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
  });
  it('flags active MoUs ending within 90 days', () => {
    expect(renewalDaysLeft({ status: 'active', endDate: '2026-03-01' }, '2026-01-31')).toBe(29);
    expect(renewalDaysLeft({ status: 'active', endDate: '2027-03-01' }, '2026-01-31')).toBeNull();
    expect(renewalDaysLeft({ status: 'draft', endDate: '2026-02-01' }, '2026-01-31')).toBeNull();
    expect(renewalDaysLeft({ status: 'active', endDate: '2026-01-30' }, '2026-01-31')).toBeNull();
  });
  it('uses the WIB calendar day', () => {
    expect(todayJakarta(new Date('2026-01-31T18:00:00Z'))).toBe('2026-02-01');
  });
});
