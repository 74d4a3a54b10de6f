import { describe, it, expect } from 'vitest';
import { allocatePayment, allocatePaymentJson, type WaterfallLoan } from './waterfall';
import { randomInt, seededRandom } from './test-random';
import golden from './golden/waterfall.json';

describe('allocatePayment — golden vectors (computed independently with Python)', () => {
  it.each(golden.cases)('$name', ({ input, expected }) => {
    expect(allocatePaymentJson(input)).toEqual(expected);
  });
});

describe('allocatePayment — bad input', () => {
  const inst = { no: 1, dueDate: '2026-01-15', penaltyDue: 0n, interestDue: 10n, principalDue: 10n };
  it.each([
    ['negative payment', { payment: -1n, paidOn: '2026-05-20', loans: [] }, 'finance.amount_invalid'],
    ['bad paidOn', { payment: 1n, paidOn: '2026-13-01', loans: [] }, 'finance.date_invalid'],
    ['duplicate loan', { payment: 1n, paidOn: '2026-05-20', loans: [{ id: 'L', instalments: [] }, { id: 'L', instalments: [] }] }, 'finance.loan_duplicate'],
    ['duplicate instalment', { payment: 1n, paidOn: '2026-05-20', loans: [{ id: 'L', instalments: [inst, inst] }] }, 'finance.instalment_duplicate'],
    ['instalment no 0', { payment: 1n, paidOn: '2026-05-20', loans: [{ id: 'L', instalments: [{ ...inst, no: 0 }] }] }, 'finance.instalment_no_invalid'],
    ['negative due', { payment: 1n, paidOn: '2026-05-20', loans: [{ id: 'L', instalments: [{ ...inst, interestDue: -3n }] }] }, 'finance.amount_invalid'],
    ['empty loan id', { payment: 1n, paidOn: '2026-05-20', loans: [{ id: '', instalments: [] }] }, 'finance.loan_id_invalid'],
  ] as const)('%s', (_, input, code) => {
    expect(() => allocatePayment(input as never)).toThrow(expect.objectContaining({ code, status: 400 }));
  });

  it.each([
    [{ payment: 100, paidOn: '2026-05-20', loans: [] }, 'payment'],
    [{ payment: '-5', paidOn: '2026-05-20', loans: [] }, 'payment'],
    [{ payment: '5', paidOn: '20-05-2026', loans: [] }, 'paidOn'],
    [{ payment: '5', paidOn: '2026-05-20' }, 'loans'],
    [{ payment: '5', paidOn: '2026-05-20', loans: [{ id: 'L', instalments: [{ no: 1, dueDate: '2026-01-01', penaltyDue: '0', interestDue: '1.5', principalDue: '0' }] }] }, 'loans.0.instalments.0.interestDue'],
  ])('JSON wrapper names the bad field (%j)', (input, field) => {
    expect(() => allocatePaymentJson(input)).toThrow(expect.objectContaining({ code: 'finance.waterfall_input_invalid', params: expect.objectContaining({ field }) }));
  });
});

describe('allocatePayment — properties', () => {
  const rand = seededRandom(42);
  const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
  const cases = Array.from({ length: 300 }, () => {
    const loans: WaterfallLoan[] = Array.from({ length: randomInt(rand, 0, 4) }, (_, l) => ({
      id: `L${randomInt(rand, 0, 9)}${l}`,
      instalments: Array.from({ length: randomInt(rand, 0, 6) }, (_, k) => ({
        no: k + 1,
        dueDate: day(randomInt(rand, 0, 200)),
        penaltyDue: rand() < 0.7 ? 0n : BigInt(randomInt(rand, 0, 50_000)),
        interestDue: BigInt(randomInt(rand, 0, 500_000)),
        principalDue: BigInt(randomInt(rand, 0, 9_000_000)),
      })),
    }));
    const payment = rand() < 0.1 ? 0n : BigInt(randomInt(rand, 0, 60_000_000));
    return { payment, paidOn: day(randomInt(rand, 0, 220)), loans };
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i: sums to the payment, only due amounts, in order', (_, input) => {
    const r = allocatePayment(input);
    const allocated = r.allocations.reduce((s, a) => s + a.penalty + a.interest + a.principal, 0n);
    expect(allocated + r.toIkm).toBe(input.payment);
    expect(r.toIkm >= 0n).toBe(true);
    const due = new Map(input.loans.flatMap((l) => l.instalments.map((i) => [`${l.id}/${i.no}`, i] as const)));
    let totalDue = 0n;
    for (const i of due.values()) if (i.dueDate <= input.paidOn) totalDue += i.penaltyDue + i.interestDue + i.principalDue;
    expect(r.toIkm).toBe(input.payment > totalDue ? input.payment - totalDue : 0n);
    let previous = '';
    r.allocations.forEach((a, k) => {
      const i = due.get(`${a.loan}/${a.no}`)!;
      expect(i.dueDate <= input.paidOn).toBe(true);
      expect(a.penalty + a.interest + a.principal > 0n).toBe(true);
      expect(a.penalty <= i.penaltyDue && a.interest <= i.interestDue && a.principal <= i.principalDue).toBe(true);
      // a later part of an instalment is only paid once the earlier parts are paid in full
      if (a.interest > 0n) expect(a.penalty).toBe(i.penaltyDue);
      if (a.principal > 0n) expect(a.interest).toBe(i.interestDue);
      // every allocation but the last settles its instalment fully
      if (k < r.allocations.length - 1) expect(a.principal).toBe(i.principalDue);
      const key = `${i.dueDate}|${a.loan}|${String(a.no).padStart(4, '0')}`;
      expect(key > previous).toBe(true);
      previous = key;
    });
  });
});
