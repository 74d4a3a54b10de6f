import { describe, expect, it } from 'vitest';
import { bandOf, emptyValues, formPath, identityChanged, isIndonesianPhone, isNpwp, rupiahDigits, toBody, validateProfile, withoutBlankRows, type ProfileFormValues } from './profile-form-model';
import { validateDirectorySearch, activeFilterCount } from './directory-search';

const valid = (): ProfileFormValues => ({
  ...emptyValues('PT Contoh Karya'),
  legalForm: 'pt',
  nib: '9120101234567',
  npwp: '01.234.567.8-901.000',
  kbliCodes: ['29300'],
  street: 'Jl. Industri Raya No. 12',
  provinceCode: '32',
  regencyCode: '32.16',
  postalCode: '17530',
  workforceTotal: '35',
  workforceWomen: '8',
  annualTurnover: '4.500.000.000',
  contacts: [{ name: 'Siti Rahayu', role: 'Direktur', phone: '0812-3456-7890', email: '' }],
});

describe('IKM profile form', () => {
  it('accepts a complete profile and builds the request body', () => {
    expect(validateProfile(valid(), 2026)).toEqual({});
    const body = toBody({ ...valid(), machines: [{ type: '', count: '1', capacity: '' }], customers: [' AHM ', ''] });
    expect(body).toMatchObject({
      nib: '9120101234567',
      annualTurnover: '4500000000',
      workforce: { total: 35, women: 8, withDisability: 0 },
      address: { provinceCode: '32', regencyCode: '32.16', postalCode: '17530' },
      machines: [],
      customers: ['AHM'],
      contacts: [{ name: 'Siti Rahayu', role: 'Direktur', phone: '0812-3456-7890' }],
    });
    expect(body).not.toHaveProperty('turnoverBand');
  });

  it('names each bad field with the server path', () => {
    const p = validateProfile({ ...valid(), nib: '123', npwp: '12.34', postalCode: '0123', workforceTotal: '5', workforceWomen: '9', kbliCodes: [], contacts: [{ name: '', role: '', phone: '12345', email: 'x@' }] }, 2026);
    expect(p.nib?.key).toBe('nib');
    expect(p.npwp?.key).toBe('npwp');
    expect(p.kbliCodes?.key).toBe('kbliRequired');
    expect(p['address.postalCode']?.key).toBe('postalCode');
    expect(p['workforce.women']?.key).toBe('exceedsTotal');
    expect(p['contacts.0.name']?.key).toBe('required');
    expect(p['contacts.0.phone']?.key).toBe('phone');
    expect(p['contacts.0.email']?.key).toBe('email');
  });

  it('reads NPWP and phone numbers like the server', () => {
    expect(isNpwp('01.234.567.8-901.000')).toBe(true);
    expect(isNpwp('012345678901000')).toBe(true);
    expect(isNpwp('0012345678901000')).toBe(true);
    expect(isNpwp('01.2345.67.8-901.000')).toBe(false);
    expect(isNpwp('000000000000000')).toBe(false);
    expect(isIndonesianPhone('+62 812 3456 7890')).toBe(true);
    expect(isIndonesianPhone('0812-3456-7890')).toBe(true);
    expect(isIndonesianPhone('00812345678')).toBe(false);
  });

  it('bands turnover by PP 7/2021 without floating point', () => {
    expect(rupiahDigits('Rp 2.000.000.000')).toBe('2000000000');
    expect(bandOf('2000000000')).toBe('micro');
    expect(bandOf('2000000001')).toBe('small');
    expect(bandOf('50000000001')).toBe('large');
    expect(bandOf('12a')).toBeNull();
  });

  it('drops blank rows and maps server paths onto form fields', () => {
    const v = withoutBlankRows({ ...valid(), products: [{ name: '', partNumber: '' }, { name: 'Bracket', partNumber: '' }] });
    expect(v.products).toEqual([{ name: 'Bracket', partNumber: '' }]);
    expect(formPath('body.kbliCodes.1')).toBe('kbliCodes');
    expect(formPath('contacts.0.phone')).toBe('contacts.0.phone');
  });

  it('lists identity changes that need re-verification', () => {
    expect(identityChanged(valid(), { ...valid(), brandName: 'Baru' })).toEqual([]);
    expect(identityChanged(valid(), { ...valid(), nib: '9120101234568', postalCode: '17531' })).toEqual(['nib', 'address']);
    expect(identityChanged(valid(), { ...valid(), npwp: '0012345678901000' })).toEqual([]);
  });
});

describe('directory search in the URL', () => {
  it('keeps well-formed filters only', () => {
    const s = validateDirectorySearch({ q: ' poliuretan ', process: ['polyurethane_moulding', 'bad key!'], province: '32,31', verified: 'true', sort: 'name', page: '2' });
    expect(s).toEqual({ q: 'poliuretan', process: ['polyurethane_moulding'], province: ['32', '31'], material: undefined, certification: undefined, size: undefined, verified: 'true', status: undefined, sort: undefined, page: 2 });
    expect(activeFilterCount(s)).toBe(4);
  });
});
