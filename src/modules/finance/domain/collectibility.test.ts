import { describe, it, expect } from 'vitest';
import { classifyCollectibility } from './collectibility';
import golden from './golden/collectibility.json';

describe('classifyCollectibility — golden vectors', () => {
  it.each(golden.cases)('dpd $dpd → class $class $label', (c) => {
    expect(classifyCollectibility(c.dpd)).toEqual(c);
  });

  it.each([...golden.invalid, Number.NaN, Number.POSITIVE_INFINITY])('rejects dpd %s', (dpd) => {
    expect(() => classifyCollectibility(dpd)).toThrow(expect.objectContaining({ code: 'finance.dpd_invalid', status: 400 }));
  });
});

describe('classifyCollectibility — properties', () => {
  it('class never decreases as dpd grows and NPL is exactly classes 3–5', () => {
    let previous = 1;
    for (let dpd = 0; dpd <= 400; dpd++) {
      const c = classifyCollectibility(dpd);
      expect(c.class).toBeGreaterThanOrEqual(previous);
      expect(c.performing).toBe(c.class <= 2);
      previous = c.class;
    }
  });
});
