import { describe, expect, it } from 'vitest';
import type { Me, OrgKind, Role } from '../../api/types';
import { canAccess } from '../../access';
import { linkOf, NAV } from '../../nav';
import { FINANCE_ACCESS, financeAbilities } from './access';

const me = (kind: OrgKind, roles: Role[]): Me => ({ user: { id: 'u1', email: 'x@example.com', name: 'X', locale: 'id' }, organisation: { id: 'org1', name: 'Org', kind }, kind, roles });
const ours = (m: Me) => NAV.filter((e) => e.label.startsWith('finance.') && canAccess(m, e.access)).map((e) => linkOf(e, m));

describe('Pembiayaan navigation by organisation kind', () => {
  it('lenders: overview, applications, products, akad, escrow, portfolio', () => {
    expect(ours(me('lender', ['analyst']))).toEqual(['/pembiayaan/ringkasan', '/pembiayaan/pengajuan', '/pembiayaan/produk', '/pembiayaan/akad', '/pembiayaan/escrow', '/pembiayaan/portofolio']);
  });
  it('IKM: overview, applications, products, akad, escrow', () => {
    expect(ours(me('ikm', ['viewer']))).toEqual(['/pembiayaan/ringkasan', '/pembiayaan/pengajuan', '/pembiayaan/produk', '/pembiayaan/akad', '/pembiayaan/escrow']);
  });
  it('buyers and mentors: overview and the applications they confirm', () => {
    for (const kind of ['buyer', 'mentor'] as const) expect(ours(me(kind, ['staff']))).toEqual(['/pembiayaan/ringkasan', '/pembiayaan/pengajuan']);
  });
  it('programme: everything including the pipeline', () => {
    expect(ours(me('programme', ['staff']))).toEqual(['/pembiayaan/ringkasan', '/pembiayaan/pengajuan', '/pembiayaan/produk', '/pembiayaan/akad', '/pembiayaan/escrow', '/pembiayaan/portofolio', '/pembiayaan/pipeline']);
  });
});

describe('finance page rules and abilities', () => {
  it('only lender admins and staff edit products; only IKM admins and staff apply', () => {
    expect(canAccess(me('lender', ['staff']), FINANCE_ACCESS.productEdit)).toBe(true);
    expect(canAccess(me('lender', ['analyst']), FINANCE_ACCESS.productEdit)).toBe(false);
    expect(canAccess(me('ikm', ['staff']), FINANCE_ACCESS.apply)).toBe(true);
    expect(canAccess(me('ikm', ['viewer']), FINANCE_ACCESS.apply)).toBe(false);
    expect(canAccess(me('buyer', ['admin']), FINANCE_ACCESS.akad)).toBe(false);
  });
  it('four eyes: analysts review, approvers decide; signatures by the lender officer and the IKM admin', () => {
    expect(financeAbilities(me('lender', ['analyst']))).toMatchObject({ review: true, decide: false, lenderOfficer: false });
    expect(financeAbilities(me('lender', ['approver']))).toMatchObject({ review: false, decide: true, lenderOfficer: true });
    expect(financeAbilities(me('lender', ['admin']))).toMatchObject({ lenderOfficer: true, ledgerCheck: true });
    expect(financeAbilities(me('ikm', ['admin']))).toMatchObject({ apply: true, ikmSign: true });
    expect(financeAbilities(me('ikm', ['staff']))).toMatchObject({ apply: true, ikmSign: false });
    expect(financeAbilities(me('buyer', ['staff']))).toMatchObject({ confirm: true, apply: false });
  });
});
