import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../api/orders-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { todayJakarta } from '../partnerships/queries';
import { newIdempotencyKey } from './idempotent';
import { formatRupiah, parseRupiah } from './money';
import { ordersApi } from './queries';
import { RupiahInput } from './rupiah-input';

const METHODS = ['transfer', 'giro', 'virtual_account', 'cash'] as const;

/** The buyer's admin records a payment of an invoice (default: the outstanding amount; never more). */
export function PaymentButton({ invoice, onDone }: { invoice: Pick<Invoice, 'id' | 'reference' | 'total' | 'paidAmount'> & { outstanding?: string }; onDone: (inv: Invoice) => void }) {
  const { t } = useTranslation();
  const outstanding = invoice.outstanding ?? ((parseRupiah(invoice.total) ?? 0n) - (parseRupiah(invoice.paidAmount) ?? 0n)).toString();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(outstanding);
  const [date, setDate] = useState(todayJakarta());
  const [method, setMethod] = useState<string>('transfer');
  const [ref, setRef] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const run = useMutation({
    mutationFn: () => ordersApi.recordPayment(invoice.id, { amount, paidOn: date, method, externalRef: ref.trim() || null }, key),
    onSuccess: (r) => { setOpen(false); onDone(r.invoice); },
  });
  const value = parseRupiah(amount);
  const max = parseRupiah(outstanding) ?? 0n;
  const bad = value === null || value <= 0n || value > max;

  return (
    <>
      <Button size="xs" color="green" onClick={() => { setAmount(outstanding); setDate(todayJakarta()); setRef(''); setKey(newIdempotencyKey()); run.reset(); setOpen(true); }}>
        {t('orders.payment.record')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('orders.payment.title', { reference: invoice.reference })} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Text size="sm">{t('orders.payment.outstanding', { amount: formatRupiah(outstanding) })}</Text>
          <RupiahInput label={t('orders.payment.amount')} required value={amount} onChange={setAmount} error={value !== null && value > max ? t('orders.payment.tooMuch') : undefined} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('orders.payment.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
            <Select label={t('orders.payment.method')} data={METHODS.map((m) => ({ value: m, label: t(`orders.payment.methods.${m}`) }))} value={method} onChange={(v) => setMethod(v ?? 'transfer')} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
          <TextInput label={t('orders.payment.reference')} value={ref} onChange={(e) => setRef(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color="green" disabled={bad || !date} loading={run.isPending} onClick={() => run.mutate()}>{t('orders.payment.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
