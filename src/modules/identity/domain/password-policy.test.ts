import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy';
import { allowedRoles, invalidRoles } from './roles';

describe('password policy', () => {
  it('accepts a long mixed password', () => expect(checkPasswordPolicy('kopi-tubruk-2026')).toBeNull());
  it('rejects short, digit-only and e-mail passwords', () => {
    expect(checkPasswordPolicy('pendek')).toBe('too_short');
    expect(checkPasswordPolicy('12345678901')).toBe('only_digits');
    expect(checkPasswordPolicy('siti@ikm.co.id', 'Siti@IKM.co.id')).toBe('equals_email');
  });
});

describe('roles', () => {
  it('gives lenders analyst and approver roles only', () => {
    expect(allowedRoles('lender')).toContain('approver');
    expect(invalidRoles('ikm', ['admin', 'approver'])).toEqual(['approver']);
  });
});
