import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LineInput, PurchaseOrder } from '../../api/orders-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { formatRupiah, lineAmount } from './money';
import { ordersApi } from './queries';
import { RupiahInput } from './rupiah-input';

interface Row { id: string; label: string; quantity: string; unitPrice: string; date: string; original: PurchaseOrder['lines'][number] }

/**
 * Change a PO: before the IKM acknowledged it, an edit; afterwards a revision with a reason (the previous version is kept
 * and the IKM acknowledges again). Quantities, prices, payment terms, address and notes; a changed quantity gets one
 * delivery date.
 */
export function PoChangeButton({ po, mode, onDone }: { po: PurchaseOrder; mode: 'edit' | 'revise'; onDone: (p: PurchaseOrder) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const init = () => po.lines.map((l) => ({ id: l.id, label: `${l.lineNo}. ${l.partNumber} — ${l.partName}`, quantity: String(l.quantity), unitPrice: l.unitPrice, date: l.schedule[l.schedule.length - 1]?.date ?? po.orderDate, original: l }));
  const [rows, setRows] = useState<Row[]>(init);
  const [terms, setTerms] = useState(String(po.paymentTermsDays));
  const [address, setAddress] = useState(po.deliveryAddress ?? '');
  const [notes, setNotes] = useState(po.notes ?? '');
  const [reason, setReason] = useState('');
  const set = (id: string, patch: Partial<Row>) => setRows(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const run = useMutation({
    mutationFn: () => {
      const lines: LineInput[] = rows.map((r) => {
        const q = Number(r.quantity);
        const o = r.original;
        const schedule = q === o.quantity ? o.schedule.map((s) => ({ date: s.date, quantity: s.quantity })) : [{ date: r.date, quantity: q }];
        return { id: r.id, partNumber: o.partNumber, partName: o.partName, uom: o.uom, quantity: q, unitPrice: r.unitPrice, schedule };
      });
      const body = { paymentTermsDays: Number(terms), deliveryAddress: address.trim() || null, notes: notes.trim() || null, lines };
      return mode === 'edit' ? ordersApi.updatePo(po.id, body) : ordersApi.revisePo(po.id, { ...body, reason: reason.trim() });
    },
    onSuccess: (p) => { setOpen(false); onDone(p); },
  });
  const invalid = rows.some((r) => !/^\d+$/.test(r.quantity) || Number(r.quantity) <= 0 || !/^\d+$/.test(r.unitPrice) || !r.date) || !/^\d{1,3}$/.test(terms) || (mode === 'revise' && reason.trim().length < 5);
  const label = mode === 'edit' ? t('orders.editPo') : t('orders.revisePo');

  return (
    <>
      <Button variant="default" onClick={() => { setRows(init()); setReason(''); run.reset(); setOpen(true); }}>{label}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={`${label} ${po.reference}`} size="lg" centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          {mode === 'revise' && <Text size="sm">{t('orders.reviseExplain')}</Text>}
          {rows.map((r) => (
            <Stack key={r.id} gap={4}>
              <Text size="sm" fw={600}>{r.label}</Text>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
                <TextInput size="xs" label={t('orders.quantity')} inputMode="numeric" value={r.quantity} onChange={(e) => set(r.id, { quantity: e.currentTarget.value.replace(/\D/g, '') })} />
                <RupiahInput size="xs" label={t('orders.unitPrice')} value={r.unitPrice} onChange={(v) => set(r.id, { unitPrice: v })} />
                <TextInput size="xs" type="date" label={t('orders.form.deliveryDate')} disabled={Number(r.quantity) === r.original.quantity} value={r.date} onChange={(e) => set(r.id, { date: e.currentTarget.value })} />
              </SimpleGrid>
              <Text size="xs" c="dimmed">{t('orders.lineAmount', { amount: formatRupiah(lineAmount(Number(r.quantity), r.unitPrice)) })}</Text>
            </Stack>
          ))}
          <TextInput label={t('orders.paymentTerms')} inputMode="numeric" value={terms} onChange={(e) => setTerms(e.currentTarget.value.replace(/\D/g, ''))} rightSection={<Text size="xs" c="dimmed">{t('orders.days')}</Text>} rightSectionWidth={48} />
          <Textarea label={t('orders.deliveryAddress')} autosize value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
          <Textarea label={t('orders.notes')} autosize value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          {mode === 'revise' && <Textarea label={t('orders.revisionReason')} description={t('orders.reasonHint')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button disabled={invalid} loading={run.isPending} onClick={() => run.mutate()}>{mode === 'edit' ? t('common.save') : t('orders.sendRevision')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
