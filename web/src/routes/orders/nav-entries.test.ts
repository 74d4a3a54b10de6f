import { describe, expect, it } from 'vitest';
import type { Me, OrgKind, Role } from '../../api/types';
import { canAccess } from '../../access';
import { linkOf, NAV } from '../../nav';

const me = (kind: OrgKind, roles: Role[]): Me => ({ user: { id: 'u1', email: 'x@example.com', name: 'X', locale: 'id' }, organisation: { id: 'org1', name: 'Org', kind }, kind, roles });
const ours = (m: Me) => NAV.filter((e) => ['mou', 'development', 'orders', 'scorecard'].includes(e.id) && canAccess(m, e.access)).map((e) => `${e.label} → ${linkOf(e, m)}`);

describe('navigation of MoU, part development, orders and scorecard', () => {
  const all = ['partnerships.nav → /mou', 'development.nav → /pengembangan', 'orders.nav.orders → /pesanan', 'orders.nav.scorecard → /scorecard'];
  it('buyers, IKM and the programme office see all four', () => {
    expect(ours(me('buyer', ['staff']))).toEqual(all);
    expect(ours(me('ikm', ['viewer']))).toEqual(all);
    expect(ours(me('programme', ['staff']))).toEqual(all);
  });
  it('mentors (YDBA, Politeknik Astra) see their MoUs only; lenders none of these', () => {
    expect(ours(me('mentor', ['admin']))).toEqual(['partnerships.nav → /mou']);
    expect(ours(me('lender', ['analyst']))).toEqual([]);
  });
});
