import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeliveryNote } from '../../api/orders-types';
import { LoadingState, FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { todayJakarta } from '../partnerships/queries';
import { newIdempotencyKey } from './idempotent';
import { deliveryNoteQuery, ordersApi } from './queries';

type LineState = Record<string, { accepted: string; rejected: string; reason: string }>;

/** The buyer records a goods receipt for a delivery note: accepted and rejected quantities (reasons for rejects). */
export function ReceiptButton({ noteId, reference, onDone }: { noteId: string; reference: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" onClick={() => setOpen(true)}>{t('orders.receipt.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('orders.receipt.createTitle', { reference })} centered size="lg">
        {open && <ReceiptForm noteId={noteId} onClose={() => setOpen(false)} onDone={() => { setOpen(false); onDone(); }} />}
      </Modal>
    </>
  );
}

function ReceiptForm({ noteId, onClose, onDone }: { noteId: string; onClose: () => void; onDone: () => void }) {
  const note = useQuery(deliveryNoteQuery(noteId));
  if (!note.data) return note.isError ? <FormError message={String(note.error)} /> : <LoadingState />;
  return <ReceiptFields note={note.data} onClose={onClose} onDone={onDone} />;
}

function ReceiptFields({ note, onClose, onDone }: { note: DeliveryNote; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const pending = note.lines.filter((l) => l.quantity > l.receivedQty);
  const [key] = useState(newIdempotencyKey);
  const [date, setDate] = useState(todayJakarta() < note.deliveredOn ? note.deliveredOn : todayJakarta());
  const [lines, setLines] = useState<LineState>(() => Object.fromEntries(pending.map((l) => [l.id, { accepted: String(l.quantity - l.receivedQty), rejected: '0', reason: '' }])));
  const num = (s: string) => Number(s || 0);
  const run = useMutation({
    mutationFn: () =>
      ordersApi.createReceipt(note.id, {
        receivedOn: date,
        lines: pending
          .filter((l) => num(lines[l.id]!.accepted) + num(lines[l.id]!.rejected) > 0)
          .map((l) => ({ deliveryNoteLineId: l.id, acceptedQty: num(lines[l.id]!.accepted), rejectedQty: num(lines[l.id]!.rejected), rejectReason: lines[l.id]!.reason.trim() || null })),
      }, key),
    onSuccess: onDone,
  });
  const problem = (id: string, left: number) => {
    const s = lines[id]!;
    if (num(s.accepted) + num(s.rejected) > left) return t('orders.receipt.tooMuch', { n: left });
    if (num(s.rejected) > 0 && !s.reason.trim()) return t('orders.receipt.reasonRequired');
    return null;
  };
  const invalid = pending.some((l) => problem(l.id, l.quantity - l.receivedQty)) || pending.every((l) => num(lines[l.id]!.accepted) + num(lines[l.id]!.rejected) === 0);
  const set = (id: string, patch: Partial<LineState[string]>) => setLines((s) => ({ ...s, [id]: { ...s[id]!, ...patch } }));

  return (
    <Stack>
      <FormError message={run.isError ? errorMessage(t, run.error) : null} />
      <TextInput type="date" label={t('orders.receipt.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      {pending.map((l) => {
        const left = l.quantity - l.receivedQty;
        const err = problem(l.id, left);
        return (
          <Stack key={l.id} gap={4}>
            <Text size="sm" fw={600}>{l.lineNo}. {l.partName} <Text span size="xs" c="dimmed">({t('orders.receipt.delivered', { n: left, uom: l.uom })})</Text></Text>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
              <TextInput size="xs" inputMode="numeric" label={t('orders.accepted')} aria-label={t('orders.receipt.acceptedOf', { part: l.partName })} value={lines[l.id]!.accepted} onChange={(e) => set(l.id, { accepted: e.currentTarget.value.replace(/\D/g, '') })} />
              <TextInput size="xs" inputMode="numeric" label={t('orders.rejected')} aria-label={t('orders.receipt.rejectedOf', { part: l.partName })} value={lines[l.id]!.rejected} onChange={(e) => set(l.id, { rejected: e.currentTarget.value.replace(/\D/g, '') })} />
              <TextInput size="xs" label={t('orders.receipt.reason')} disabled={!num(lines[l.id]!.rejected)} value={lines[l.id]!.reason} onChange={(e) => set(l.id, { reason: e.currentTarget.value })} style={{ gridColumn: 'span 2' }} />
            </SimpleGrid>
            {err && <Text size="xs" c="red" role="alert">{err}</Text>}
          </Stack>
        );
      })}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button disabled={invalid || !date} loading={run.isPending} onClick={() => run.mutate()}>{t('orders.receipt.submit')}</Button>
      </Group>
    </Stack>
  );
}
