import { describe, expect, it } from 'vitest';
import { distanceBetween, haversineKm, PROVINCE_CAPITALS, SAME_PROVINCE_KM, SAME_REGENCY_KM } from './geo';

describe('distance', () => {
  it('haversine: Jakarta to Surabaya is about 663 km', () => {
    expect(haversineKm({ lat: -6.2, lng: 106.8167 }, { lat: -7.2458, lng: 112.7378 })).toBeCloseTo(663, -1);
    expect(haversineKm({ lat: 1, lng: 100 }, { lat: 1, lng: 100 })).toBe(0);
  });

  it('knows a capital for each of the 38 provinces', () => {
    expect(Object.keys(PROVINCE_CAPITALS)).toHaveLength(38);
  });

  it('falls back from coordinates to regency, province, then province capitals', () => {
    const plant = { provinceCode: '32', regencyCode: '32.16', coordinates: { lat: -6.3, lng: 107.15 } };
    expect(distanceBetween({ provinceCode: '32', regencyCode: '32.15', coordinates: { lat: -6.3, lng: 107.3 } }, plant)!.basis).toBe('coordinates');
    expect(distanceBetween({ provinceCode: '32', regencyCode: '32.16', coordinates: null }, plant)).toEqual({ km: SAME_REGENCY_KM, basis: 'same_regency' });
    expect(distanceBetween({ provinceCode: '32', regencyCode: '32.01', coordinates: null }, plant)).toEqual({ km: SAME_PROVINCE_KM, basis: 'same_province' });
    const est = distanceBetween({ provinceCode: '35', regencyCode: '35.78', coordinates: null }, plant)!;
    expect(est.basis).toBe('province_capitals');
    expect(est.km).toBeGreaterThan(500);
    expect(distanceBetween({ provinceCode: null, regencyCode: null, coordinates: null }, plant)).toBeNull();
  });
});
