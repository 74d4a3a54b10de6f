import { describe, expect, it } from 'vitest';
import type { Me, OrgKind, Role } from '../../api/types';
import { canAccess } from '../../access';
import { linkOf, NAV } from '../../nav';

const me = (kind: OrgKind, roles: Role[]): Me => ({ user: { id: 'u1', email: 'x@example.com', name: 'X', locale: 'id' }, organisation: { id: 'org1', name: 'Org', kind }, kind, roles });
const ours = (m: Me) => NAV.filter((e) => ['needs', 'needs-matches', 'matching-weights', 'events'].includes(e.id) && canAccess(m, e.access)).map((e) => `${e.label} → ${linkOf(e, m)}`);

describe('navigation of needs, matching and events', () => {
  it('buyers see Kebutuhan Part and Acara Link & Match', () => {
    expect(ours(me('buyer', ['staff']))).toEqual(['needs.nav.needs → /kebutuhan', 'events.nav.events → /acara']);
  });
  it('IKM also see the needs matching them', () => {
    expect(ours(me('ikm', ['viewer']))).toEqual(['needs.nav.needs → /kebutuhan', 'matching.nav.forMe → /pencocokan/ikm', 'events.nav.events → /acara']);
  });
  it('programme staff also see the matching weights', () => {
    expect(ours(me('programme', ['staff']))).toEqual(['needs.nav.needs → /kebutuhan', 'matching.nav.weights → /pencocokan/bobot', 'events.nav.events → /acara']);
  });
  it('lenders and mentors see events only (no part needs)', () => {
    expect(ours(me('lender', ['analyst']))).toEqual(['events.nav.events → /acara']);
    expect(ours(me('mentor', ['admin']))).toEqual(['events.nav.events → /acara']);
  });
});
