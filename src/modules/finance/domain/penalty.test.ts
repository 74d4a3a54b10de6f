import { describe, expect, it } from 'vitest';
import { accruePenalties, daysPastDue, penaltyFor, type AgeingInstalment } from './penalty';

const inst = (no: number, dueDate: string, over: Partial<AgeingInstalment> = {}): AgeingInstalment => ({
  no,
  dueDate,
  principalDue: 1_000_000n,
  interestDue: 100_000n,
  penaltyDue: 0n,
  principalPaid: 0n,
  interestPaid: 0n,
  penaltyPaid: 0n,
  penaltyAccruedThrough: null,
  ...over,
});

describe('penalty', () => {
  it('is roundHalfUp(overdue × rate/100 × days/360)', () => {
    expect(penaltyFor(1_100_000n, '36', 30)).toBe(33_000n);
    expect(penaltyFor(1_000n, '24', 1)).toBe(1n); // 0.666… → 1
    expect(penaltyFor(1_000n, '18', 1)).toBe(1n); // 0.5 → 1 (half up)
    expect(penaltyFor(1_000n, '17', 1)).toBe(0n); // 0.472… → 0
    expect(penaltyFor(0n, '36', 30)).toBe(0n);
  });

  it('accrues from the due date, then from the last accrual; not on the due date itself', () => {
    const rows = [inst(1, '2026-03-15'), inst(2, '2026-04-15'), inst(3, '2026-05-15', { penaltyAccruedThrough: null })];
    const a = accruePenalties(rows, '36', '2026-04-15');
    expect(a).toEqual([{ no: 1, amount: 34_100n /* 1.1 jt × 36% × 31/360 */, overdue: 1_100_000n, days: 31 }]);
    const later = accruePenalties([inst(1, '2026-03-15', { penaltyAccruedThrough: '2026-04-15', principalPaid: 600_000n })], '36', '2026-04-16');
    expect(later).toEqual([{ no: 1, amount: 500n, overdue: 500_000n, days: 1 }]);
  });

  it('days past due count from the oldest unpaid amount, penalty included', () => {
    const paid = { principalPaid: 1_000_000n, interestPaid: 100_000n };
    expect(daysPastDue([inst(1, '2026-03-15', paid), inst(2, '2026-04-15')], '2026-05-20')).toBe(35);
    expect(daysPastDue([inst(1, '2026-03-15', { ...paid, penaltyDue: 10n })], '2026-03-25')).toBe(10);
    expect(daysPastDue([inst(1, '2026-03-15')], '2026-03-15')).toBe(0);
  });
});
