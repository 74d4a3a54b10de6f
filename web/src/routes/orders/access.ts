import type { AccessRule } from '../../access';
import type { Me } from '../../api/types';

/** Orders are for buyers and IKM (their own) and the programme office (all). */
export const ORDERS_ACCESS: AccessRule = { kinds: ['programme', 'buyer', 'ikm'] };
export const PO_CREATOR: AccessRule = { kinds: ['buyer'], roles: ['admin', 'staff'] };

export const isEditor = (me: Me) => me.roles.some((r) => r === 'admin' || r === 'staff');
