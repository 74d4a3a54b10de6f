import { describe, expect, it } from 'vitest';
import { financeableCap, splitAcrossBackings } from './financing-cap';
import { pipelineStage, summarisePipeline } from './pipeline';
import { checkProduct, checkRequestAgainstProduct, percentText, type ProductTerms } from './product-rules';

const product: ProductTerms = { kind: 'instalment', method: 'annuity', annualRate: '6.00', penaltyRate: '24', financeableShare: '80', minTenorMonths: 6, maxTenorMonths: 36, minAmount: 10_000_000n, maxAmount: 2_000_000_000n, graceMonths: 3 };

describe('financing cap', () => {
  it('rounds the share of the PO value down', () => {
    expect(financeableCap(1_000_000_001n, '80')).toBe(800_000_000n);
    expect(financeableCap(999n, '72.5')).toBe(724n);
  });
  it('splits explicit amounts first, then greedily, and refuses a shortfall', () => {
    const m = splitAcrossBackings(100n, [{ key: 'po1', available: 30n }, { key: 'po2', available: 50n, requested: 40n }, { key: 'po3', available: 100n }]);
    expect([...m]).toEqual([['po2', 40n], ['po1', 30n], ['po3', 30n]]);
    expect(() => splitAcrossBackings(100n, [{ key: 'po1', available: 99n }])).toThrow(expect.objectContaining({ code: 'finance.po_already_financed', status: 422 }));
    expect(() => splitAcrossBackings(10n, [{ key: 'po1', available: 5n, requested: 6n }])).toThrow(expect.objectContaining({ code: 'finance.po_already_financed' }));
  });
});

describe('products', () => {
  it('canonicalises rates and checks consistency', () => {
    expect(checkProduct(product)).toEqual({ annualRate: '6', penaltyRate: '24', financeableShare: '80' });
    expect(() => checkProduct({ ...product, method: 'bullet' })).toThrow(expect.objectContaining({ code: 'finance.product_method_invalid' }));
    expect(() => checkProduct({ ...product, minAmount: 5n, maxAmount: 4n })).toThrow(expect.objectContaining({ code: 'finance.amount_range_invalid' }));
  });
  it('checks a request against the product', () => {
    expect(() => checkRequestAgainstProduct(product, { amount: 50_000_000n, tenorMonths: 12, graceMonths: 3 }, '2026-11-25')).not.toThrow();
    expect(() => checkRequestAgainstProduct(product, { amount: 5n, tenorMonths: 12 }, '2026-11-25')).toThrow(expect.objectContaining({ code: 'finance.amount_out_of_range' }));
    expect(() => checkRequestAgainstProduct(product, { amount: 50_000_000n, tenorMonths: 48 }, '2026-11-25')).toThrow(expect.objectContaining({ code: 'finance.tenor_out_of_range' }));
    const bullet = { ...product, kind: 'bullet' as const, method: 'bullet' as const, graceMonths: 0, minTenorMonths: 1, maxTenorMonths: 6 };
    expect(() => checkRequestAgainstProduct(bullet, { amount: 50_000_000n, repaidOn: '2027-02-25' }, '2026-11-25')).not.toThrow();
    expect(() => checkRequestAgainstProduct(bullet, { amount: 50_000_000n, repaidOn: '2027-06-26' }, '2026-11-25')).toThrow(expect.objectContaining({ code: 'finance.tenor_out_of_range' }));
  });
  it('formats percentages with two decimals, half up', () => {
    expect(percentText(1n, 3n)).toBe('33.33');
    expect(percentText(1n, 8n)).toBe('12.50');
    expect(percentText(2n, 3n)).toBe('66.67');
    expect(percentText(5n, 0n)).toBe('0.00');
  });
});

describe('pipeline', () => {
  it('maps application and akad status to one stage and totals signed and pending', () => {
    expect(pipelineStage('contracted', 'awaiting_signatures')).toBe('approved');
    expect(pipelineStage('contracted', 'repaid')).toBe('repaid');
    const s = summarisePipeline([
      { stage: 'signed', value: 10n },
      { stage: 'disbursed', value: 20n },
      { stage: 'submitted', value: 5n },
      { stage: 'approved', value: 7n },
      { stage: 'draft', value: 100n },
    ]);
    expect(s.signed).toEqual({ count: 2, value: 30n });
    expect(s.pending).toEqual({ count: 2, value: 12n });
  });
});
