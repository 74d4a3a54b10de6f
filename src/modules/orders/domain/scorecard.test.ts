import { describe, expect, it } from 'vitest';
import { meanHours, monthRange, monthsBetween, otifPercent, previousMonth, priceTrendPercent, rejectPpm, scorecardMetrics } from './scorecard';

describe('scorecard maths (DOMAIN.md)', () => {
  it('reject ppm: 12 of 40,000 → 300', () => expect(rejectPpm(12, 40_000)).toBe(300));
  it('reject ppm rounds half up and is null without receipts', () => {
    expect(rejectPpm(1, 3)).toBe(333_333);
    expect(rejectPpm(1, 8_000_000)).toBe(0); // 0.125 → 0
    expect(rejectPpm(1, 2_000_000)).toBe(1); // 0.5 → 1
    expect(rejectPpm(0, 0)).toBeNull();
  });
  it('on-time-in-full: 46 of 50 → 92.0 %', () => {
    expect(otifPercent(46, 50)).toBe(92);
    expect(otifPercent(2, 3)).toBe(66.7);
    expect(otifPercent(0, 0)).toBeNull();
  });
  it('responsiveness: mean hours to acknowledge', () => {
    expect(meanHours(3 * 3600 + 1800, 1)).toBe(3.5);
    expect(meanHours(0, 0)).toBeNull();
  });
  it('combines the counts', () => {
    expect(scorecardMetrics({ receivedQty: 40_000, rejectedQty: 12, scheduleDue: 50, scheduleOnTimeInFull: 46, posIssued: 4, posAcknowledged: 2, ackSecondsTotal: 7200 * 2 })).toEqual({ rejectPpm: 300, otifPercent: 92, ackHoursMean: 2 });
  });
});

describe('price trend', () => {
  it('is the volume-weighted change against the previous month', () => {
    // part A: 100 → 110 (+10 %), 10 pcs; part B: 200 → 200, 10 pcs: (1100+2000) / (1000+2000) = +3.3 %
    const prev = [{ partNumber: 'A', quantity: 5, amount: 500n }, { partNumber: 'B', quantity: 1, amount: 200n }];
    const now = [{ partNumber: 'A', quantity: 10, amount: 1100n }, { partNumber: 'B', quantity: 10, amount: 2000n }, { partNumber: 'C', quantity: 1, amount: 99n }];
    expect(priceTrendPercent(now, prev)).toBe(3.3);
  });
  it('falls', () => expect(priceTrendPercent([{ partNumber: 'A', quantity: 4, amount: 360n }], [{ partNumber: 'A', quantity: 2, amount: 200n }])).toBe(-10));
  it('is null without common parts', () => expect(priceTrendPercent([{ partNumber: 'A', quantity: 1, amount: 1n }], [])).toBeNull());
});

describe('months', () => {
  it('ranges and steps', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });
});
