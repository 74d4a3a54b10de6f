import { describe, it, expect } from 'vitest';
import { annuityPayment, computeSchedule, generateSchedule, generateScheduleFromJson, LOAN_METHODS, type LoanMethod } from './loan-schedule';
import { addMonthsClamped } from '../../../core/dates';
import { randomInt, seededRandom } from './test-random';
import golden from './golden/loan-schedules.json';

describe('generateSchedule — golden vectors (computed independently with Python fractions)', () => {
  it.each(golden.cases)('$name', ({ input, expected }) => {
    expect(generateScheduleFromJson(input)).toEqual(expected);
    expect(generateSchedule({ ...input, principal: BigInt(input.principal), method: input.method as LoanMethod })).toEqual(expected);
  });

  it.each(golden.errors)('rejects: $name → $code', ({ input, code }) => {
    const call = () => computeSchedule({ ...input, principal: BigInt(input.principal), method: input.method as LoanMethod });
    expect(call).toThrow(expect.objectContaining({ code, status: 400 }));
  });

  it('month-end clamping: disbursed 31 Jan 2026 → 28 Feb, 31 Mar, 30 Apr', () => {
    const s = generateSchedule({ principal: 1_000_000n, annualRate: '6', method: 'declining', tenorMonths: 3, disbursedOn: '2026-01-31' });
    expect(s.instalments.map((i) => i.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('repaidOn is refused for instalment loans, principal must be a bigint above 0', () => {
    const base = { annualRate: '6', method: 'annuity' as const, tenorMonths: 12, disbursedOn: '2026-01-15' };
    expect(() => computeSchedule({ ...base, principal: 1000n, repaidOn: '2026-06-01' })).toThrow(expect.objectContaining({ code: 'finance.repaid_on_not_applicable' }));
    expect(() => computeSchedule({ ...base, principal: -5n })).toThrow(expect.objectContaining({ code: 'finance.principal_invalid' }));
    expect(() => computeSchedule({ ...base, principal: 1000 as unknown as bigint })).toThrow(expect.objectContaining({ code: 'finance.principal_invalid' }));
  });

  it('bullet more than 360 months out is refused', () => {
    const input = { principal: 1000n, annualRate: '6', method: 'bullet' as const, disbursedOn: '2026-01-15', repaidOn: '2056-01-16' };
    expect(() => computeSchedule(input)).toThrow(expect.objectContaining({ code: 'finance.tenor_invalid' }));
    expect(computeSchedule({ ...input, repaidOn: '2056-01-15' }).tenorMonths).toBe(360);
  });

  it('JSON wrapper rejects a malformed principal with a clear field', () => {
    const call = () => generateScheduleFromJson({ principal: '1.5', annualRate: '6', method: 'flat', tenorMonths: 3, disbursedOn: '2026-01-15' });
    expect(call).toThrow(expect.objectContaining({ code: 'finance.schedule_input_invalid', message: expect.stringContaining('principal') }));
  });
});

describe('annuityPayment', () => {
  it('is the nearest whole Rupiah to the exact annuity, .5 up', () => {
    const rand = seededRandom(7);
    for (let t = 0; t < 300; t++) {
      const P = BigInt(randomInt(rand, 1, 2_000_000_000)) * BigInt(randomInt(rand, 1, 1000));
      const n = randomInt(rand, 1, 360);
      const a = BigInt(randomInt(rand, 1, 30_000_000));
      const b = 1_000_000n * 1200n; // R = a / 1e6 percent, r = a / (1e6·1200)
      const A = annuityPayment(P, n, a, b);
      const grown = (b + a) ** BigInt(n);
      const num = P * a * grown;
      const den = b * (grown - b ** BigInt(n));
      // |A − num/den| ≤ 1/2, with exactly 1/2 rounding up
      expect((2n * A - 1n) * den <= 2n * num).toBe(true);
      expect(2n * num < (2n * A + 1n) * den).toBe(true);
    }
  });

  it('matches the textbook figure: 100 jt, 6%, 12 months → Rp8.606.643', () => {
    expect(annuityPayment(100_000_000n, 12, 6n, 1200n)).toBe(8_606_643n);
  });
});

describe('generateSchedule — properties', () => {
  const rand = seededRandom(2026);
  const dates = ['2026-01-31', '2028-02-29', '2026-12-31', '2027-03-15', '2026-05-30'];
  const cases = Array.from({ length: 250 }, () => {
    const method = LOAN_METHODS[randomInt(rand, 0, 3)]!;
    const disbursedOn = dates[randomInt(rand, 0, dates.length - 1)]!;
    const rate = `${randomInt(rand, 0, 99)}${rand() < 0.5 ? `.${randomInt(rand, 0, 999_999)}` : ''}`;
    const principal = rand() < 0.1 ? BigInt(randomInt(rand, 1, 500)) : BigInt(randomInt(rand, 1, 9_000_000)) * 1000n + BigInt(randomInt(rand, 0, 999));
    return method === 'bullet'
      ? { principal, annualRate: rate, method, disbursedOn, repaidOn: addMonthsClamped(disbursedOn, randomInt(rand, 1, 24)) }
      : { principal, annualRate: rate, method, disbursedOn, tenorMonths: rand() < 0.1 ? 360 : randomInt(rand, 1, 120) };
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i: principals sum to P, balance runs down to 0, totals add up', (_, input) => {
    const s = computeSchedule(input);
    const sum = (f: (i: (typeof s.instalments)[number]) => bigint) => s.instalments.reduce((acc, i) => acc + f(i), 0n);
    expect(sum((i) => i.principal)).toBe(input.principal);
    expect(s.instalments.at(-1)!.balance).toBe(0n);
    expect(sum((i) => i.interest)).toBe(s.totalInterest);
    expect(sum((i) => i.total)).toBe(s.totalPayment);
    expect(s.totalPayment).toBe(input.principal + s.totalInterest);
    let balance = input.principal;
    s.instalments.forEach((i, k) => {
      expect(i.no).toBe(k + 1);
      expect(i.principal >= 0n && i.interest >= 0n).toBe(true);
      expect(i.total).toBe(i.principal + i.interest);
      balance -= i.principal;
      expect(i.balance).toBe(balance);
      if (k > 0) expect(i.dueDate > s.instalments[k - 1]!.dueDate).toBe(true);
    });
    if (input.method !== 'bullet') expect(s.instalments).toHaveLength(input.tenorMonths!);
    if (input.method === 'annuity' && input.principal > 1_000_000n) {
      const totals = new Set(s.instalments.slice(0, -1).map((i) => i.total));
      expect(totals.size).toBeLessThanOrEqual(1); // every instalment but the last pays A
    }
  });
});
