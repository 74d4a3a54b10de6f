import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Application, Underlying } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { financeAbilities } from './access';
import { ConfirmationBadge } from './labels';
import { formatRupiah } from './money';
import { useFinanceMutation } from './use-finance-mutation';

/** The POs/MoUs backing the application; the buyer of each confirms or disputes it (the closed-loop check). */
export function UnderlyingsCard({ app }: { app: Application }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const [answer, setAnswer] = useState<{ u: Underlying; confirmed: boolean } | null>(null);
  const [note, setNote] = useState('');
  const confirm = useFinanceMutation(
    (v: { underlyingId: string; confirmed: boolean; note: string }) => api.post<Application>(`/api/finance/applications/${app.id}/confirmations`, { underlyingId: v.underlyingId, confirmed: v.confirmed, note: v.note.trim() || null }),
    { onSuccess: () => setAnswer(null) },
  );
  const mayAnswer = (u: Underlying) => can.confirm && u.buyerOrgId === me.organisation.id && app.status === 'submitted';

  const columns: Column<Underlying>[] = [
    { id: 'ref', header: t('finance.reference'), card: 'title', cell: (u) => `${t(`finance.backingKind.${u.kind}`)} ${u.reference}` },
    { id: 'buyer', header: t('finance.buyer'), cell: (u) => u.buyerName },
    { id: 'value', header: t('finance.underlying.value'), align: 'right', nowrap: true, cell: (u) => formatRupiah(u.value, lang) },
    { id: 'financed', header: t('finance.underlying.financed'), align: 'right', nowrap: true, cell: (u) => formatRupiah(u.financedAmount, lang) },
    {
      id: 'confirmation',
      header: t('finance.underlying.confirmation'),
      cell: (u) => (
        <Stack gap={2}>
          <ConfirmationBadge value={u.confirmation} />
          {u.confirmedAt && <Text size="xs" c="dimmed">{formatDateTime(u.confirmedAt, lang)}</Text>}
          {u.confirmationNote && <Text size="xs">{u.confirmationNote}</Text>}
        </Stack>
      ),
    },
  ];
  if (app.underlyings.some(mayAnswer)) {
    columns.push({
      id: 'actions',
      header: t('common.actions'),
      card: 'actions',
      align: 'right',
      cell: (u) =>
        mayAnswer(u) && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button size="xs" color="green" onClick={() => { setNote(''); confirm.reset(); setAnswer({ u, confirmed: true }); }}>{t('finance.underlying.confirm')}</Button>
            <Button size="xs" variant="light" color="red" onClick={() => { setNote(''); confirm.reset(); setAnswer({ u, confirmed: false }); }}>{t('finance.underlying.dispute')}</Button>
          </Group>
        ),
    });
  }

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">{t('finance.underlying.title')}</Title>
      <DataTable rows={app.underlyings} columns={columns} rowKey={(u) => u.id} minWidth={720} />
      <Modal opened={!!answer} onClose={() => setAnswer(null)} centered closeButtonProps={{ 'aria-label': t('common.close') }} title={answer?.confirmed ? t('finance.underlying.confirmTitle') : t('finance.underlying.disputeTitle')}>
        {answer && (
          <Stack>
            <FormError message={confirm.isError ? errorMessage(t, confirm.error) : null} />
            <Text size="sm">{t(answer.confirmed ? 'finance.underlying.confirmText' : 'finance.underlying.disputeText', { reference: answer.u.reference, ikm: app.ikmName, amount: formatRupiah(answer.u.financedAmount, lang) })}</Text>
            <Textarea label={t('finance.note')} required={!answer.confirmed} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAnswer(null)}>{t('common.cancel')}</Button>
              <Button color={answer.confirmed ? 'green' : 'red'} loading={confirm.isPending} disabled={!answer.confirmed && !note.trim()} onClick={() => confirm.mutate({ underlyingId: answer.u.id, confirmed: answer.confirmed, note })}>
                {answer.confirmed ? t('finance.underlying.confirm') : t('finance.underlying.dispute')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
