import { describe, expect, it } from 'vitest';
import { buildAkadSchedule, rescheduleAkad, unpaidOf, type StoredInstalment } from './akad-schedule';
import { computeSchedule } from './loan-schedule';

const sum = (rows: StoredInstalment[], f: (r: StoredInstalment) => bigint) => rows.reduce((s, r) => s + f(r), 0n);

describe('buildAkadSchedule', () => {
  it('without grace is exactly the domain schedule', () => {
    const rows = buildAkadSchedule({ principal: 100_000_000n, annualRate: '6', method: 'annuity', tenorMonths: 12 }, '2026-01-15');
    const domain = computeSchedule({ principal: 100_000_000n, annualRate: '6', method: 'annuity', tenorMonths: 12, disbursedOn: '2026-01-15' });
    expect(rows.map((r) => [r.no, r.dueDate, r.principalDue, r.interestDue])).toEqual(domain.instalments.map((i) => [i.no, i.dueDate, i.principal, i.interest]));
    expect(rows[0]!.interestDue + rows[0]!.principalDue).toBe(8_606_643n);
  });

  it('grace months are interest-only on the full principal, then the rest of the tenor amortises; dates keep the day of month', () => {
    const rows = buildAkadSchedule({ principal: 12_000_000n, annualRate: '12', method: 'declining', tenorMonths: 6, graceMonths: 2 }, '2026-01-31');
    expect(rows).toHaveLength(6);
    expect(rows.slice(0, 2).map((r) => [r.dueDate, r.principalDue, r.interestDue])).toEqual([
      ['2026-02-28', 0n, 120_000n],
      ['2026-03-31', 0n, 120_000n],
    ]);
    expect(rows.slice(2).map((r) => r.dueDate)).toEqual(['2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31']);
    expect(rows.slice(2).map((r) => r.principalDue)).toEqual([3_000_000n, 3_000_000n, 3_000_000n, 3_000_000n]);
    expect(sum(rows, (r) => r.principalDue)).toBe(12_000_000n);
  });

  it('bullet: one instalment on the repayment date; grace refused', () => {
    const rows = buildAkadSchedule({ principal: 500_000_000n, annualRate: '9.75', method: 'bullet', repaidOn: '2026-04-15' }, '2026-01-15');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dueDate: '2026-04-15', principalDue: 500_000_000n, interestDue: 12_187_500n });
    expect(() => buildAkadSchedule({ principal: 1n, annualRate: '1', method: 'bullet', repaidOn: '2026-04-15', graceMonths: 1 }, '2026-01-15')).toThrow(
      expect.objectContaining({ code: 'finance.grace_not_applicable' }),
    );
  });
});

describe('rescheduleAkad', () => {
  const start = buildAkadSchedule({ principal: 12_000_000n, annualRate: '12', method: 'declining', tenorMonths: 6 }, '2026-01-15');

  it('restructuring keeps settled rows, carries unpaid interest and penalty into the first new instalment', () => {
    const current = start.map((r) => ({ ...r }));
    Object.assign(current[0]!, { principalPaid: 2_000_000n, interestPaid: 120_000n });
    Object.assign(current[1]!, { penaltyDue: 5_000n, interestPaid: 50_000n });
    const outstanding = 10_000_000n;
    const rows = rescheduleAkad({
      current,
      outstanding,
      oldTerms: { annualRate: '12', method: 'declining' },
      disbursedOn: '2026-01-15',
      newTerms: { annualRate: '9', method: 'annuity', tenorMonths: 10 },
      startOn: '2026-03-20',
    });
    expect(rows[0]).toMatchObject({ no: 1, principalDue: 2_000_000n, interestDue: 120_000n });
    expect(rows[1]).toMatchObject({ no: 2, principalDue: 0n, interestDue: 50_000n, penaltyDue: 0n });
    expect(unpaidOf(rows[1]!)).toBe(0n);
    const fresh = rows.slice(2);
    expect(fresh).toHaveLength(10);
    expect(sum(fresh, (r) => r.principalDue)).toBe(outstanding);
    const plain = computeSchedule({ principal: outstanding, annualRate: '9', method: 'annuity', tenorMonths: 10, disbursedOn: '2026-03-20' });
    expect(fresh[0]!.interestDue).toBe(plain.instalments[0]!.interest + (100_000n - 50_000n));
    expect(fresh[0]!.penaltyDue).toBe(5_000n);
    expect(fresh[0]!.dueDate).toBe('2026-04-20');
  });

  it('prepayment keeps the remaining due dates and re-amortises the lower balance', () => {
    const current = start.map((r, k) => (k < 2 ? { ...r, principalPaid: r.principalDue, interestPaid: r.interestDue } : { ...r }));
    const rows = rescheduleAkad({
      current,
      outstanding: 4_000_000n,
      oldTerms: { annualRate: '12', method: 'declining' },
      disbursedOn: '2026-01-15',
      newTerms: { annualRate: '12', method: 'declining' },
      startOn: '2026-03-15',
      keepDueDates: start.slice(2).map((r) => r.dueDate),
    });
    expect(rows.map((r) => r.dueDate)).toEqual(start.map((r) => r.dueDate));
    expect(rows.slice(2).map((r) => r.principalDue)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 1_000_000n]);
    expect(rows[2]!.interestDue).toBe(40_000n);
  });

  it('bullet restructured before maturity carries the interest accrued so far', () => {
    const current = buildAkadSchedule({ principal: 360_000_000n, annualRate: '10', method: 'bullet', repaidOn: '2026-04-01' }, '2026-01-01');
    const rows = rescheduleAkad({
      current,
      outstanding: 360_000_000n,
      oldTerms: { annualRate: '10', method: 'bullet' },
      disbursedOn: '2026-01-01',
      newTerms: { annualRate: '10', method: 'bullet', repaidOn: '2026-07-01' },
      startOn: '2026-03-02',
    });
    expect(rows).toHaveLength(1);
    // 60 days accrued on the old terms (6 000 000) + 121 days on the new (12 100 000)
    expect(rows[0]).toMatchObject({ dueDate: '2026-07-01', principalDue: 360_000_000n, interestDue: 6_000_000n + 12_100_000n });
  });
});
