import { describe, expect, it } from 'vitest';
import { needBodyOf, needFormValues, validateNeed, type NeedFormValues } from './need-form-values';

const valid = (): NeedFormValues => ({
  ...needFormValues(),
  partName: 'Headpipe protector',
  processes: ['polyurethane_moulding'],
  annualVolume: '120000',
  plantName: 'Plant Cikarang',
  provinceCode: '32',
  deadline: '2030-01-31',
});
const problems = (v: NeedFormValues, isEdit = false) => Object.entries(validateNeed(v, { needsBuyer: false, today: '2026-11-25', isEdit })).filter(([, x]) => x).map(([k]) => k);

describe('need form', () => {
  it('accepts a minimal need', () => {
    expect(problems(valid())).toEqual([]);
  });
  it('requires import cost and origin for a part replacing an import', () => {
    expect(problems({ ...valid(), replacesImport: true })).toEqual(['importLandedCost', 'importOriginCountry']);
  });
  it('checks the monthly call-off against the annual volume', () => {
    expect(problems({ ...valid(), monthlyVolume: '200000' })).toEqual(['monthlyVolume']);
    expect(problems({ ...valid(), monthlyVolume: '10000' })).toEqual([]);
  });
  it('keeps money as digit strings and drops import details when not replacing an import', () => {
    const body = needBodyOf({ ...valid(), targetUnitPrice: '12500', importLandedCost: '99000', importOriginCountry: 'JP' }, false);
    expect(body.targetUnitPrice).toBe('12500');
    expect(body.importLandedCost).toBeNull();
    expect(body.importOriginCountry).toBeNull();
    expect(body.deliveryPlant).toEqual({ name: 'Plant Cikarang', provinceCode: '32', regencyCode: null, lat: null, lng: null });
  });
  it('sends the import details of a replaced import part', () => {
    const body = needBodyOf({ ...valid(), replacesImport: true, importLandedCost: '99000', importOriginCountry: 'JP' }, true);
    expect(body).toMatchObject({ replacesImport: true, importLandedCost: '99000', importOriginCountry: 'JP' });
    expect(body).not.toHaveProperty('publish');
  });
  it('rejects a past deadline when creating only', () => {
    expect(problems({ ...valid(), deadline: '2020-01-01' })).toEqual(['deadline']);
    expect(problems({ ...valid(), deadline: '2020-01-01' }, true)).toEqual([]);
  });
});
