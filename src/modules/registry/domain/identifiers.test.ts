import { describe, it, expect } from 'vitest';
import { AppError } from '../../../core/errors';
import { formatNpwp15, isNib, isNpwp, normaliseNpwp, parseNpwp, validateNib } from './identifiers';

describe('NIB', () => {
  it('accepts exactly 13 digits, trimming surrounding spaces', () => {
    expect(isNib('9120001234567')).toBe(true);
    expect(validateNib(' 9120001234567 ')).toBe('9120001234567');
  });

  it.each(['', '912000123456', '91200012345678', '91200O1234567', '9120-001234567', '912 0001234567'])(
    'rejects %j',
    (input) => {
      expect(isNib(input)).toBe(false);
      expect(() => validateNib(input)).toThrow(AppError);
    },
  );

  it('throws registry.nib_invalid with an Indonesian message', () => {
    try {
      validateNib('123');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('registry.nib_invalid');
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).message).toBe('NIB harus 13 digit angka');
    }
  });
});

describe('NPWP', () => {
  it('reads the legacy punctuated 15-digit form and derives the 16-digit one', () => {
    expect(normaliseNpwp('01.234.567.8-901.000')).toEqual({
      npwp15: '012345678901000',
      npwp16: '0012345678901000',
      formatted15: '01.234.567.8-901.000',
    });
  });

  it('reads plain 15 digits', () => {
    expect(normaliseNpwp('012345678901000')).toEqual({
      npwp15: '012345678901000',
      npwp16: '0012345678901000',
      formatted15: '01.234.567.8-901.000',
    });
  });

  it('gives a 16-digit NPWP starting with 0 its 15-digit form', () => {
    expect(normaliseNpwp('0012345678901000')).toEqual({
      npwp15: '012345678901000',
      npwp16: '0012345678901000',
      formatted15: '01.234.567.8-901.000',
    });
  });

  it('keeps a 16-digit NIK without a 15-digit form', () => {
    const forms = normaliseNpwp('3201234567890001');
    expect(forms).toEqual({ npwp15: null, npwp16: '3201234567890001' });
    expect(forms.formatted15).toBeUndefined();
  });

  it('accepts a 16-digit NPWP grouped with spaces', () => {
    expect(normaliseNpwp(' 3201 2345 6789 0001 ').npwp16).toBe('3201234567890001');
  });

  it.each([
    '',
    '01.234.567.8-901.00', // 14 digits
    '01234567890100012', // 17 digits
    '01.2345678-901.000', // 15 digits, wrong punctuation
    '01.234.567.8/901.000',
    'NPWP 012345678901000',
    '00.000.000.0-000.000',
    '0000000000000000',
  ])('rejects %j', (input) => {
    expect(parseNpwp(input)).toBeNull();
    expect(isNpwp(input)).toBe(false);
    expect(() => normaliseNpwp(input)).toThrow(expect.objectContaining({ code: 'registry.npwp_invalid', status: 400 }));
  });

  it('formats 15 digits and refuses anything else', () => {
    expect(formatNpwp15('987654321012345')).toBe('98.765.432.1-012.345');
    expect(() => formatNpwp15('1234')).toThrow(RangeError);
  });
});
