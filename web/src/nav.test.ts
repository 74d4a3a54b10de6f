import { describe, expect, it } from 'vitest';
import type { Me, OrgKind, Role } from './api/types';
import { ACCESS, canAccess, canManageUsersOf } from './access';
import { linkOf, NAV } from './nav';

const me = (kind: OrgKind, roles: Role[]): Me => ({
  user: { id: 'u1', email: 'x@example.com', name: 'X', locale: 'id' },
  organisation: { id: 'org1', name: 'Org', kind },
  kind,
  roles,
});
// The shell's own entries (areas add theirs under their own label keys and test them beside their pages).
const labels = (m: Me) => NAV.filter((e) => e.label.startsWith('nav.') && canAccess(m, e.access)).map((e) => e.label);

describe('navigation by organisation kind and role', () => {
  it('programme admin: Beranda, Organisasi, Audit, Tugas latar, Token API', () => {
    expect(labels(me('programme', ['admin']))).toEqual(['nav.home', 'nav.organisations', 'nav.audit', 'nav.jobs', 'nav.tokens']);
  });
  it('programme staff: Beranda, Organisasi', () => {
    expect(labels(me('programme', ['staff']))).toEqual(['nav.home', 'nav.organisations']);
  });
  it('IKM / buyer admin: Beranda, Organisasi saya, Pengguna, Audit, Token API', () => {
    for (const kind of ['ikm', 'buyer', 'lender', 'mentor'] as const) {
      expect(labels(me(kind, ['admin']))).toEqual(['nav.home', 'nav.myOrganisation', 'nav.users', 'nav.audit', 'nav.tokens']);
    }
  });
  it('IKM staff: Beranda, Organisasi saya', () => {
    expect(labels(me('ikm', ['staff']))).toEqual(['nav.home', 'nav.myOrganisation']);
  });
  it('links to the own organisation', () => {
    const entry = NAV.find((e) => e.id === 'users')!;
    expect(linkOf(entry, me('ikm', ['admin']))).toBe('/organisasi/org1/pengguna');
  });
});

describe('area entries', () => {
  it('every entry has a unique id and an absolute link', () => {
    expect(new Set(NAV.map((e) => e.id)).size).toBe(NAV.length);
    for (const e of NAV) expect(linkOf(e, me('programme', ['admin']))).toMatch(/^\//);
  });
});

describe('page access', () => {
  it('jobs are for programme admins only', () => {
    expect(canAccess(me('programme', ['admin']), ACCESS.jobs)).toBe(true);
    expect(canAccess(me('ikm', ['admin']), ACCESS.jobs)).toBe(false);
    expect(canAccess(me('programme', ['viewer']), ACCESS.jobs)).toBe(false);
  });
  it('audit needs the admin role', () => {
    expect(canAccess(me('ikm', ['staff']), ACCESS.audit)).toBe(false);
    expect(canAccess(me('lender', ['analyst', 'admin']), ACCESS.audit)).toBe(true);
  });
  it('users: programme admins for any organisation, others for their own', () => {
    expect(canManageUsersOf(me('programme', ['admin']), 'other')).toBe(true);
    expect(canManageUsersOf(me('ikm', ['admin']), 'org1')).toBe(true);
    expect(canManageUsersOf(me('ikm', ['admin']), 'other')).toBe(false);
    expect(canManageUsersOf(me('ikm', ['staff']), 'org1')).toBe(false);
  });
});
