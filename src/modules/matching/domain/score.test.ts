import { describe, expect, it } from 'vitest';
import golden from './golden/matches.json' with { type: 'json' };
import { DEFAULT_WEIGHTS, evaluateMatch, normaliseWeights, rankIkmForNeed, rankNeedsForIkm, scoreMatch, weightsSchema } from './index';
import type { IkmFeatures, NeedFeatures, Weights } from './types';

describe('matching score: golden vectors', () => {
  for (const c of golden) {
    it(c.name, () => {
      const r = evaluateMatch(c.need as NeedFeatures, c.ikm as IkmFeatures, { today: c.today, weights: c.weights as Weights });
      expect(r).toEqual(c.expected);
      const quick = scoreMatch(c.need as NeedFeatures, c.ikm as IkmFeatures, { today: c.today, weights: c.weights as Weights });
      expect(quick.score).toBe(c.expected.score);
      expect(quick.eligible).toBe(c.expected.eligible);
    });
  }

  it('writes the capacity explanation in plain Indonesian', () => {
    const r = golden[0]!.expected.explanations.find((e) => e.key === 'capacity')!;
    expect(r.text.id).toBe('Kapasitas 12.000/bulan ≥ kebutuhan 10.000/bulan');
    expect(r.text.en).toBe('Capacity 12,000/month ≥ need 10,000/month');
  });

  it('gives unknown criteria the neutral half of their weight', () => {
    for (const e of golden[0]!.expected.explanations.filter((x) => x.status === 'unknown')) expect(e.fit).toBe(0.5);
  });
});

const need = golden[0]!.need as NeedFeatures;
const ikm = golden[0]!.ikm as IkmFeatures;
const ctx = { today: '2026-11-25', weights: { ...DEFAULT_WEIGHTS } };

describe('ranking', () => {
  it('lists eligible IKM only, best first, ties broken by distance then name', () => {
    const far = { ...ikm, orgId: 'far', name: 'Z Jauh', location: { provinceCode: '35', regencyCode: '35.78', coordinates: null } };
    const twin = { ...ikm, orgId: 'twin', name: 'A Kembar' };
    const unverified = { ...ikm, orgId: 'u', name: 'Belum', isVerified: false };
    const ranked = rankIkmForNeed(need, [far, unverified, ikm, twin], ctx, 10);
    expect(ranked.map((r) => r.orgId)).toEqual(['twin', 'ikm-a', 'far']);
    expect(ranked[0]!.explanations).toHaveLength(12);
    expect(rankIkmForNeed(need, [far, ikm, twin], ctx, 1)).toHaveLength(1);
  });

  it('ranks needs for an IKM with each need’s own weights', () => {
    const other = { ...need, id: 'other', name: 'Karet', processes: ['rubber_moulding'], material: 'natural_rubber' };
    const none = { ...need, id: 'none', name: 'Injeksi', processes: ['injection_moulding'] };
    const ranked = rankNeedsForIkm(ikm, [{ ...need, name: 'Headpipe' }, other, none], () => ctx, 5);
    expect(ranked.map((r) => r.need.id)).toEqual(['need-headpipe', 'other']);
    expect(ranked[1]!.result.explanations.find((e) => e.key === 'material')!.status).toBe('failed');
  });
});

describe('weights', () => {
  it('normalise to 100 and reject all-zero or unknown keys', () => {
    const n = normaliseWeights({ ...DEFAULT_WEIGHTS, capacity: 40 });
    expect(Object.values(n).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(weightsSchema.safeParse({ ...DEFAULT_WEIGHTS }).success).toBe(true);
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]));
    expect(weightsSchema.safeParse(zero).success).toBe(false);
    expect(weightsSchema.safeParse({ ...DEFAULT_WEIGHTS, extra: 1 }).success).toBe(false);
    expect(weightsSchema.safeParse({ ...DEFAULT_WEIGHTS, tkdn: -1 }).success).toBe(false);
  });
});
