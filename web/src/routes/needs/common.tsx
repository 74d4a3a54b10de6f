import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import type { Need, NeedStatus } from '../../api/needs-types';
import type { AccessRule } from '../../access';

/** Page rules of the needs area (the server enforces the same). Lenders and mentors see no needs. */
export const NEEDS_ACCESS = {
  read: { kinds: ['programme', 'buyer', 'ikm'] },
  write: { kinds: ['programme', 'buyer'], roles: ['admin', 'staff'] },
} satisfies Record<string, AccessRule>;

/** The need's buyer (admin/staff) or programme staff may change it. */
export const canEditNeed = (me: Me, need: Pick<Need, 'buyer'>) =>
  (me.roles.includes('admin') || me.roles.includes('staff')) && (me.kind === 'programme' || (me.kind === 'buyer' && me.organisation.id === need.buyer.orgId));
/** The need's buyer or programme staff see quotations, comparison and matches. */
export const isNeedOwnerSide = (me: Me, need: Pick<Need, 'buyer'>) => me.kind === 'programme' || (me.kind === 'buyer' && me.organisation.id === need.buyer.orgId);
/** Buyer admins/staff (and programme staff for a buyer) post needs. */
export const canActForBuyer = (me: Me) => (me.kind === 'buyer' || me.kind === 'programme') && (me.roles.includes('admin') || me.roles.includes('staff'));
export const ikmCanRespond = (me: Me) => me.kind === 'ikm' && (me.roles.includes('admin') || me.roles.includes('staff'));

const COLORS: Record<NeedStatus, string> = { draft: 'gray', open: 'green', closed: 'dark', cancelled: 'red' };
export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]} variant="light" size="sm">{t(`needs.status.${status}`)}</Badge>;
}

/** Origin countries offered for an imported part (ISO 3166 alpha-2), named in the UI language. */
export const ORIGIN_COUNTRIES = ['CN', 'JP', 'TH', 'KR', 'TW', 'IN', 'VN', 'MY', 'SG', 'PH', 'DE', 'IT', 'FR', 'CZ', 'US', 'MX', 'BR', 'TR', 'GB', 'ES', 'NL', 'AU'] as const;

export function countryName(code: string | null | undefined, lang: string): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([lang === 'en' ? 'en' : 'id'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
