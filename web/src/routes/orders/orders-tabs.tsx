import { Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Switch between purchase orders and invoices. */
export function OrdersTabs({ value }: { value: 'pos' | 'invoices' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={value} onChange={(v) => void navigate({ to: v === 'invoices' ? '/faktur' : '/pesanan' })} mb="md">
      <Tabs.List>
        <Tabs.Tab value="pos">{t('orders.tabs.pos')}</Tabs.Tab>
        <Tabs.Tab value="invoices">{t('orders.tabs.invoices')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
