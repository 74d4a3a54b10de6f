import { describe, expect, it } from 'vitest';
import goldenJson from './golden/ppn.json';
import { basisPointsToPercent, documentTotals, invoiceDueDate, percentToBasisPoints, ppnAmount } from './money';

const golden = goldenJson as unknown as {
  vectors: { lines: [number, string][]; rateBp: number; subtotal: string; ppn: string; total: string }[];
};

describe('PPN (golden vectors)', () => {
  it.each(golden.vectors.map((v, i) => [i, v] as const))('vector %i', (_i, v) => {
    const t = documentTotals(v.lines.map(([quantity, price]) => ({ quantity, unitPrice: BigInt(price) })), v.rateBp);
    expect({ subtotal: t.subtotal.toString(), ppn: t.ppn.toString(), total: t.total.toString() }).toEqual({ subtotal: v.subtotal, ppn: v.ppn, total: v.total });
  });

  it('rounds PPN down, never up (999 × 11% = 109.89 → 109)', () => expect(ppnAmount(999n, 1100)).toBe(109n));
  it('is computed on the document subtotal, not per line', () => {
    // per line: 3 × floor(11 × 0.11 = 1.21) = 3; on the subtotal: floor(33 × 0.11 = 3.63) = 3; with 10 lines of 11: per line 10, subtotal 12
    const lines = Array.from({ length: 10 }, () => ({ quantity: 1, unitPrice: 11n }));
    expect(documentTotals(lines, 1100).ppn).toBe(12n);
  });
});

describe('rates and due dates', () => {
  it('parses percent strings into basis points', () => {
    expect(percentToBasisPoints('11')).toBe(1100);
    expect(percentToBasisPoints('11.5')).toBe(1150);
    expect(percentToBasisPoints('0.25')).toBe(25);
    expect(() => percentToBasisPoints('11.555')).toThrow(expect.objectContaining({ code: 'orders.ppn_rate_invalid' }));
    expect(() => percentToBasisPoints('101')).toThrow();
    expect(basisPointsToPercent(1100)).toBe('11');
    expect(basisPointsToPercent(1150)).toBe('11.5');
    expect(basisPointsToPercent(1125)).toBe('11.25');
  });
  it('due date = invoice date + payment terms', () => {
    expect(invoiceDueDate('2026-11-25', 30)).toBe('2026-12-25');
    expect(invoiceDueDate('2026-12-15', 45)).toBe('2027-01-29');
  });
});
