import type { AccessRule } from '../../access';
import type { Me } from '../../api/types';

/** Who sees which finance page (the server enforces the same and scopes every list to the caller). */
export const FINANCE_ACCESS = {
  overview: { kinds: ['programme', 'lender', 'ikm', 'buyer', 'mentor'] },
  products: { kinds: ['programme', 'lender', 'ikm'] },
  productEdit: { kinds: ['lender'], roles: ['admin', 'staff'] },
  applications: { kinds: ['programme', 'lender', 'ikm', 'buyer', 'mentor'] },
  apply: { kinds: ['ikm'], roles: ['admin', 'staff'] },
  akad: { kinds: ['programme', 'lender', 'ikm'] },
  escrow: { kinds: ['programme', 'lender', 'ikm'] },
  portfolio: { kinds: ['programme', 'lender'] },
  pipeline: { kinds: ['programme', 'lender'] },
  calculator: {},
} satisfies Record<string, AccessRule>;

const has = (me: Me, ...roles: Me['roles']) => roles.some((r) => me.roles.includes(r));

/** What the signed-in user may do in finance (buttons shown; the server decides). */
export function financeAbilities(me: Me) {
  const lender = me.kind === 'lender';
  return {
    editProducts: lender && has(me, 'admin', 'staff'),
    apply: me.kind === 'ikm' && has(me, 'admin', 'staff'),
    ikmSign: me.kind === 'ikm' && has(me, 'admin'),
    confirm: (me.kind === 'buyer' || me.kind === 'mentor') && has(me, 'admin', 'staff'),
    review: lender && has(me, 'analyst'),
    decide: lender && has(me, 'approver'),
    lenderOfficer: lender && has(me, 'approver', 'admin'),
    ledgerCheck: (lender || me.kind === 'programme') && has(me, 'admin'),
  };
}
