import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MouStatus } from '../../api/partnerships-types';
import { WRAP_BADGE } from '../orders/badges';
import { renewalDaysLeft, todayJakarta } from './queries';

const COLORS: Record<MouStatus, string> = { draft: 'gray', sent: 'blue', partially_signed: 'yellow', signed: 'teal', active: 'green', expired: 'dark', terminated: 'red' };

export function MouStatusBadge({ status }: { status: MouStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" size="sm" styles={WRAP_BADGE}>
      {t(`partnerships.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** "Ends in N days — discuss renewal" for signed/active MoUs within 90 days of their end date. */
export function RenewalBadge({ mou }: { mou: { status: MouStatus; endDate: string } }) {
  const { t } = useTranslation();
  const left = renewalDaysLeft(mou, todayJakarta());
  if (left === null) return null;
  return (
    <Badge color={left <= 30 ? 'orange' : 'yellow'} variant="filled" size="sm" styles={WRAP_BADGE} title={t('partnerships.renewalHint')}>
      {t('partnerships.renewal', { days: left })}
    </Badge>
  );
}
