import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Mou } from '../../api/partnerships-types';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { MouSignButton } from './mou-sign-button';
import { mouAction, terminateMou } from './queries';

const SIGNABLE = ['sent', 'partially_signed'];
const TERMINABLE = ['sent', 'partially_signed', 'signed', 'active'];

/** What the signed-in user may do with this MoU now: edit / send / withdraw (initiator), sign (a party's admin), terminate. */
export function MouActions({ mou }: { mou: Mou }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const isInitiator = me.organisation.id === mou.initiatorOrgId;
  const editor = isInitiator && me.roles.some((r) => r === 'admin' || r === 'staff');
  const admin = me.roles.includes('admin');
  const ownParty = mou.parties.find((p) => p.orgId === me.organisation.id);
  const done = (next: Mou) => {
    queryClient.setQueryData(['mous', 'one', mou.id], next);
    void queryClient.invalidateQueries({ queryKey: ['mous', 'list'] });
  };

  return (
    <Group gap="xs">
      {editor && mou.status === 'draft' && (
        <>
          <Button variant="default" renderRoot={(props) => <Link {...props} to="/mou/$mouId/ubah" params={{ mouId: mou.id }} />}>{t('partnerships.edit')}</Button>
          <ConfirmButton color="blue" buttonProps={{ size: 'sm', variant: 'filled' }} title={t('partnerships.sendTitle')} message={t('partnerships.sendConfirm')} confirmLabel={t('partnerships.send')} onConfirm={() => mouAction(mou.id, 'send').then(done)}>
            {t('partnerships.send')}
          </ConfirmButton>
        </>
      )}
      {ownParty && !ownParty.signedAt && admin && SIGNABLE.includes(mou.status) && <MouSignButton mou={mou} />}
      {editor && SIGNABLE.includes(mou.status) && (
        <ConfirmButton color="orange" buttonProps={{ size: 'sm' }} title={t('partnerships.withdrawTitle')} message={t('partnerships.withdrawConfirm')} confirmLabel={t('partnerships.withdraw')} onConfirm={() => mouAction(mou.id, 'withdraw').then(done)}>
          {t('partnerships.withdraw')}
        </ConfirmButton>
      )}
      {admin && (isInitiator || me.kind === 'programme') && TERMINABLE.includes(mou.status) && <TerminateButton mou={mou} onDone={done} />}
    </Group>
  );
}

function TerminateButton({ mou, onDone }: { mou: Mou; onDone: (m: Mou) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const run = useMutation({ mutationFn: () => terminateMou(mou.id, reason.trim()), onSuccess: (m) => { onDone(m); setOpen(false); } });
  const short = reason.trim().length < 5;
  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpen(true)}>{t('partnerships.terminate')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('partnerships.terminateTitle', { reference: mou.reference })} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Textarea label={t('partnerships.terminationReason')} description={t('partnerships.reasonHint')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color="red" disabled={short} loading={run.isPending} onClick={() => run.mutate()}>{t('partnerships.terminate')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
