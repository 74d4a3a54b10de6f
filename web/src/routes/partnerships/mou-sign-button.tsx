import { useState } from 'react';
import { Button, Checkbox, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Mou } from '../../api/partnerships-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { newIdempotencyKey, postIdempotent } from '../orders/idempotent';

/** Sign for the own organisation (its admin): shows the hash of the terms being signed; sent with an Idempotency-Key. */
export function MouSignButton({ mou }: { mou: Mou }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [agree, setAgree] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const sign = useMutation({
    mutationFn: () => postIdempotent<Mou>(`/api/mous/${mou.id}/sign`, { documentHash: mou.documentHash }, key),
    onSuccess: (next) => {
      queryClient.setQueryData(['mous', 'one', mou.id], next);
      void queryClient.invalidateQueries({ queryKey: ['mous'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      setOpen(false);
    },
    onError: (e) => {
      // the terms changed since this page loaded: show the new ones, sign them with a new key
      if (isApiError(e) && e.code === 'partnerships.document_changed') {
        void queryClient.invalidateQueries({ queryKey: ['mous', 'one', mou.id] });
        setKey(newIdempotencyKey());
      }
    },
  });
  const close = () => {
    setOpen(false);
    setAgree(false);
    sign.reset();
  };

  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)}>{t('partnerships.sign')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={t('partnerships.signTitle', { reference: mou.reference })} centered>
        <Stack>
          <FormError message={sign.isError ? errorMessage(t, sign.error) : null} />
          <Text size="sm">{t('partnerships.signExplain')}</Text>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">{t('partnerships.documentHash')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{mou.documentHash}</Code>
          </Stack>
          <Checkbox checked={agree} onChange={(e) => setAgree(e.currentTarget.checked)} label={t('partnerships.signAgree')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button color="teal" disabled={!agree} loading={sign.isPending} onClick={() => sign.mutate()}>{t('partnerships.signConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
