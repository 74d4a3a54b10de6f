import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Akad, Application } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { financeAbilities } from './access';
import { useFinanceMutation } from './use-finance-mutation';
import { useQueryClient } from '@tanstack/react-query';

const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/** The lender officer draws up the akad of an approved application (schedule preview from the planned date). */
function CreateAkadButton({ app }: { app: Application }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIso());
  const create = useFinanceMutation(() => api.post<Akad>(`/api/finance/applications/${app.id}/akad`, { plannedDisbursementOn: date }), {
    onSuccess: (a) => void navigate({ to: '/pembiayaan/akad/$akadId', params: { akadId: a.id } }),
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('finance.akad.create')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} centered title={t('finance.akad.create')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <FormError message={create.isError ? errorMessage(t, create.error) : null} />
          <Text size="sm">{t('finance.akad.createText', { reference: app.reference })}</Text>
          <TextInput type="date" label={t('finance.akad.plannedDisbursementOn')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button loading={create.isPending} disabled={!date} onClick={() => create.mutate(undefined)}>{t('finance.akad.createConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** What the viewer can do with the application now: submit/withdraw (IKM), draw up the akad (lender), open the akad. */
export function ApplicationActions({ app }: { app: Application }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['finance'] });
  const mine = me.organisation.id === app.ikmOrgId;
  const lenderOfficer = can.lenderOfficer && me.organisation.id === app.lenderOrgId;
  const seesAkad = me.kind !== 'buyer' && me.kind !== 'mentor';

  return (
    <Group gap="xs">
      {app.akad && seesAkad && (
        <Button variant="light" renderRoot={(props) => <Link {...props} to="/pembiayaan/akad/$akadId" params={{ akadId: app.akad!.id }} />}>
          {t('finance.akad.open', { reference: app.akad.reference })}
        </Button>
      )}
      {can.apply && mine && app.status === 'draft' && (
        <ConfirmButton color="blue" buttonProps={{ size: 'sm', variant: 'filled' }} title={t('finance.apply.submit')} message={t('finance.apply.submitConfirm')} confirmLabel={t('finance.apply.submit')} onConfirm={() => api.post(`/api/finance/applications/${app.id}/submit`)} onDone={refresh}>
          {t('finance.apply.submit')}
        </ConfirmButton>
      )}
      {can.apply && mine && ['draft', 'submitted', 'approved'].includes(app.status) && (
        <ConfirmButton buttonProps={{ size: 'sm' }} title={t('finance.apply.withdraw')} message={t('finance.apply.withdrawConfirm')} confirmLabel={t('finance.apply.withdraw')} onConfirm={() => api.post(`/api/finance/applications/${app.id}/withdraw`)} onDone={refresh}>
          {t('finance.apply.withdraw')}
        </ConfirmButton>
      )}
      {lenderOfficer && app.status === 'approved' && !app.akad && <CreateAkadButton app={app} />}
    </Group>
  );
}
