import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { canTransition, changedIdentityFields, nextStatus, normaliseReasons, type IdentitySnapshot } from './verification';

const base: IdentitySnapshot = {
  legalName: 'PT Tegarusaha Mandirisejati',
  legalForm: 'pt',
  nib: '9120001234567',
  npwp16: '0012345678901000',
  address: { street: 'Jl. Raya 1', provinceCode: '32', regencyCode: '32.01', postalCode: '16820' },
};

describe('verification transitions', () => {
  it('follows draft → submitted → verified, and returned → submitted', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'verify')).toBe('verified');
    expect(nextStatus('submitted', 'return')).toBe('returned');
    expect(nextStatus('returned', 'submit')).toBe('submitted');
    expect(nextStatus('verified', 'reverify')).toBe('submitted');
    expect(nextStatus('verified', 'return')).toBe('returned');
  });

  it('refuses the others with 409 registry.status_transition_invalid', () => {
    expect(canTransition('draft', 'verify')).toBe(false);
    expect(canTransition('verified', 'submit')).toBe(false);
    try {
      nextStatus('draft', 'verify');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(409);
      expect((e as AppError).code).toBe('registry.status_transition_invalid');
      expect((e as AppError).message).toMatch(/Draf/);
    }
  });
});

describe('identity changes', () => {
  it('names the identity fields that changed', () => {
    expect(changedIdentityFields(base, { ...base })).toEqual([]);
    expect(changedIdentityFields(base, { ...base, legalName: 'PT Lain', npwp16: '0012345678901001' })).toEqual(['legalName', 'npwp']);
    expect(changedIdentityFields(base, { ...base, address: { ...base.address, postalCode: '16821' } })).toEqual(['address']);
    expect(changedIdentityFields(base, { ...base, nib: '9120001234568', legalForm: 'cv' })).toEqual(['legalForm', 'nib']);
  });

  it('trims reasons and drops empty ones', () => {
    expect(normaliseReasons([' NIB tidak terbaca ', '', '  '])).toEqual(['NIB tidak terbaca']);
  });
});
