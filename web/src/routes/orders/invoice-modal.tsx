import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invoice, PurchaseOrder } from '../../api/orders-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { todayJakarta } from '../partnerships/queries';
import { newIdempotencyKey } from './idempotent';
import { lineAmount, percentToBasisPoints, ppnOf } from './money';
import { PoTotals } from './po-totals';
import { ordersApi } from './queries';

/** The IKM invoices accepted quantities not yet invoiced (partial allowed); the due date follows the payment terms. */
export function InvoiceButton({ po, onDone }: { po: PurchaseOrder; onDone: (inv: Invoice) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const lines = po.lines.filter((l) => l.invoiceableQty > 0);
  const init = () => Object.fromEntries(lines.map((l) => [l.id, String(l.invoiceableQty)]));
  const [qty, setQty] = useState<Record<string, string>>(init);
  const [date, setDate] = useState(todayJakarta());
  const [supplierNo, setSupplierNo] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const run = useMutation({
    mutationFn: () =>
      ordersApi.createInvoice(po.id, {
        invoiceDate: date,
        supplierInvoiceNo: supplierNo.trim() || null,
        lines: lines.filter((l) => Number(qty[l.id] || 0) > 0).map((l) => ({ poLineId: l.id, quantity: Number(qty[l.id]) })),
      }, key),
    onSuccess: (inv) => { setOpen(false); onDone(inv); },
  });
  if (!lines.length) return null;
  const subtotal = lines.reduce((s, l) => s + lineAmount(Number(qty[l.id] || 0), l.unitPrice), 0n);
  const ppn = ppnOf(subtotal, percentToBasisPoints(po.ppnRate) ?? 0);
  const over = lines.some((l) => Number(qty[l.id] || 0) > l.invoiceableQty);
  const none = lines.every((l) => !Number(qty[l.id] || 0));

  return (
    <>
      <Button onClick={() => { setQty(init()); setDate(todayJakarta()); setKey(newIdempotencyKey()); run.reset(); setOpen(true); }}>{t('orders.invoice.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('orders.invoice.createTitle', { reference: po.reference })} centered size="lg">
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('orders.invoice.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} description={t('orders.invoice.dueHint', { days: po.paymentTermsDays })} />
            <TextInput label={t('orders.invoice.supplierNo')} value={supplierNo} onChange={(e) => setSupplierNo(e.currentTarget.value)} />
          </SimpleGrid>
          {lines.map((l) => (
            <Group key={l.id} justify="space-between" wrap="nowrap" align="flex-end">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>{l.lineNo}. {l.partName}</Text>
                <Text size="xs" c="dimmed">{t('orders.invoice.invoiceable', { n: l.invoiceableQty, uom: l.uom })}</Text>
              </Stack>
              <TextInput
                w={110}
                inputMode="numeric"
                label={t('orders.quantity')}
                aria-label={t('orders.invoice.qtyOf', { part: l.partName })}
                value={qty[l.id] ?? ''}
                error={Number(qty[l.id] || 0) > l.invoiceableQty ? t('orders.invoice.tooMuch') : undefined}
                onChange={(e) => { const v = e.currentTarget.value.replace(/\D/g, ''); setQty((q) => ({ ...q, [l.id]: v })); }}
              />
            </Group>
          ))}
          <PoTotals subtotal={subtotal} ppn={ppn} total={subtotal + ppn} rate={po.ppnRate} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button disabled={over || none || !date} loading={run.isPending} onClick={() => run.mutate()}>{t('orders.invoice.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
