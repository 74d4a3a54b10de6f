import type { Me } from '../../api/types';
import type { AccessRule } from '../../access';

/** Who sees MoUs (parties: buyers, mentors, IKM; programme staff: all). */
export const MOU_ACCESS: AccessRule = { kinds: ['programme', 'buyer', 'mentor', 'ikm'] };
/** Who drafts MoUs (a buyer or mentor organisation, admin or staff). */
export const MOU_EDITOR: AccessRule = { kinds: ['buyer', 'mentor'], roles: ['admin', 'staff'] };

export const isMouEditor = (me: Me) => (me.kind === 'buyer' || me.kind === 'mentor') && me.roles.some((r) => r === 'admin' || r === 'staff');
