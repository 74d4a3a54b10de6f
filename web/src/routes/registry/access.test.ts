import { describe, expect, it } from 'vitest';
import type { Me, OrgKind, Role } from '../../api/types';
import { canAccess } from '../../access';
import { linkOf, NAV } from '../../nav';
import { canEditIkm, canSeeHistory, canVerify, REGISTRY_ACCESS } from './access';

const me = (kind: OrgKind, roles: Role[], orgId = 'org1'): Me => ({
  user: { id: 'u1', email: 'x@example.com', name: 'X', locale: 'id' },
  organisation: { id: orgId, name: 'Org', kind },
  kind,
  roles,
});
const registryNav = (m: Me) => NAV.filter((e) => e.id.startsWith('registry') && canAccess(m, e.access)).map((e) => `${e.label} ${linkOf(e, m)}`);

describe('registry navigation and access', () => {
  it('programme staff: directory and verification; viewers: directory only', () => {
    expect(registryNav(me('programme', ['staff']))).toEqual(['registry.nav.directory /registri', 'registry.nav.verification /verifikasi']);
    expect(registryNav(me('programme', ['viewer']))).toEqual(['registry.nav.directory /registri']);
  });
  it('buyers, lenders and mentors: the directory; an IKM: its own profile', () => {
    for (const kind of ['buyer', 'lender', 'mentor'] as const) expect(registryNav(me(kind, ['viewer']))).toEqual(['registry.nav.directory /registri']);
    expect(registryNav(me('ikm', ['viewer']))).toEqual(['registry.nav.myProfile /registri/saya']);
  });
  it('page rules', () => {
    expect(canAccess(me('ikm', ['admin']), REGISTRY_ACCESS.directory)).toBe(false);
    expect(canAccess(me('programme', ['viewer']), REGISTRY_ACCESS.import)).toBe(false);
    expect(canAccess(me('programme', ['staff']), REGISTRY_ACCESS.import)).toBe(true);
  });
  it('who edits, verifies and sees the history of an IKM profile', () => {
    expect(canEditIkm(me('ikm', ['staff']), 'org1')).toBe(true);
    expect(canEditIkm(me('ikm', ['viewer']), 'org1')).toBe(false);
    expect(canEditIkm(me('ikm', ['admin']), 'other')).toBe(false);
    expect(canEditIkm(me('programme', ['staff']), 'other')).toBe(true);
    expect(canEditIkm(me('buyer', ['admin']), 'other')).toBe(false);
    expect(canVerify(me('programme', ['admin']))).toBe(true);
    expect(canVerify(me('ikm', ['admin']))).toBe(false);
    expect(canSeeHistory(me('buyer', ['admin']), 'other')).toBe(false);
    expect(canSeeHistory(me('ikm', ['viewer']), 'org1')).toBe(true);
  });
});
