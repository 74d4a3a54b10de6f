import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoStatus } from '../../api/orders-types';
import type { BillingState } from './queries';

/** Long status labels wrap onto a second line on narrow screens instead of being cut off. */
export const WRAP_BADGE = { root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 } } as const;

const PO_COLORS: Record<PoStatus, string> = { issued: 'blue', acknowledged: 'teal', rejected: 'red', fulfilled: 'green', cancelled: 'gray' };
const BILLING_COLORS: Record<BillingState, string> = { not_invoiced: 'gray', awaiting_payment: 'orange', partly_paid: 'yellow', paid: 'green' };

export function PoStatusBadge({ status }: { status: PoStatus }) {
  const { t } = useTranslation();
  return <Badge size="sm" variant="light" color={PO_COLORS[status] ?? 'gray'} styles={WRAP_BADGE}>{t(`orders.poStatus.${status}`, { defaultValue: status })}</Badge>;
}

export function BillingBadge({ state }: { state: BillingState }) {
  const { t } = useTranslation();
  return <Badge size="sm" variant={state === 'paid' ? 'filled' : 'light'} color={BILLING_COLORS[state]} styles={WRAP_BADGE} data-testid="po-billing-state">{t(`orders.billing.${state}`)}</Badge>;
}

export function InvoiceStatusBadge({ status, dueDate, today }: { status: string; dueDate: string; today: string }) {
  const { t } = useTranslation();
  if (status === 'paid') return <Badge size="sm" color="green" variant="light">{t('orders.invoiceStatus.paid')}</Badge>;
  const overdue = dueDate < today;
  return <Badge size="sm" color={overdue ? 'red' : 'orange'} variant="light">{t(overdue ? 'orders.invoiceStatus.overdue' : 'orders.invoiceStatus.issued')}</Badge>;
}
