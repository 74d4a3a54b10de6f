import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../api/orders-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { todayJakarta } from '../partnerships/queries';
import { ordersApi } from './queries';

/** The IKM ships goods: a delivery note (surat jalan) against the open quantities of the PO lines. */
export function DeliveryNoteButton({ po, onDone }: { po: PurchaseOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openLines = po.lines.filter((l) => l.openQty > 0);
  const init = () => Object.fromEntries(openLines.map((l) => [l.id, String(l.openQty)]));
  const [qty, setQty] = useState<Record<string, string>>(init);
  const [date, setDate] = useState(todayJakarta());
  const [vehicle, setVehicle] = useState('');
  const [notes, setNotes] = useState('');
  const run = useMutation({
    mutationFn: () =>
      ordersApi.createDeliveryNote(po.id, {
        deliveredOn: date,
        vehicle: vehicle.trim() || null,
        notes: notes.trim() || null,
        lines: openLines.filter((l) => Number(qty[l.id] || 0) > 0).map((l) => ({ poLineId: l.id, quantity: Number(qty[l.id]) })),
      }),
    onSuccess: () => { setOpen(false); onDone(); },
  });
  const over = openLines.some((l) => Number(qty[l.id] || 0) > l.openQty);
  const none = openLines.every((l) => !Number(qty[l.id] || 0));
  if (!openLines.length) return null;

  return (
    <>
      <Button onClick={() => { setQty(init()); setDate(todayJakarta()); run.reset(); setOpen(true); }}>{t('orders.delivery.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('orders.delivery.createTitle', { reference: po.reference })} centered size="lg">
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('orders.delivery.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
            <TextInput label={t('orders.delivery.vehicle')} value={vehicle} onChange={(e) => setVehicle(e.currentTarget.value)} />
          </SimpleGrid>
          {openLines.map((l) => (
            <Group key={l.id} justify="space-between" wrap="nowrap" align="flex-end">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>{l.lineNo}. {l.partName}</Text>
                <Text size="xs" c="dimmed">{t('orders.delivery.openQty', { n: l.openQty, uom: l.uom })}</Text>
              </Stack>
              <TextInput
                w={110}
                inputMode="numeric"
                label={t('orders.delivery.qty')}
                aria-label={t('orders.delivery.qtyOf', { part: l.partName })}
                value={qty[l.id] ?? ''}
                error={Number(qty[l.id] || 0) > l.openQty ? t('orders.delivery.tooMuch') : undefined}
                onChange={(e) => { const v = e.currentTarget.value.replace(/\D/g, ''); setQty((q) => ({ ...q, [l.id]: v })); }}
              />
            </Group>
          ))}
          <TextInput label={t('orders.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button disabled={over || none || !date} loading={run.isPending} onClick={() => run.mutate()}>{t('orders.delivery.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
