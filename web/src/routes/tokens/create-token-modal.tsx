import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { CreatedApiToken, Role } from '../../api/types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { RolePicker } from '../users/role-picker';
import { NewTokenSecret } from './new-token-secret';

/** Create a token; its secret is shown once, with a copy button. */
export function CreateTokenButton() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const queryClient = useQueryClient();
  const form = useForm<{ name: string; roles: Role[] }>({ name: '', roles: ['viewer'] }, {
    validate: (v) => ({
      name: v.name.trim().length < 2 ? 'validation.nameShort' : undefined,
      roles: v.roles.length === 0 ? 'validation.rolesRequired' : undefined,
    }),
  });
  const create = useMutation({
    mutationFn: (v: { name: string; roles: Role[] }) => api.post<CreatedApiToken>('/api/tokens', v),
    onSuccess: async (tok) => {
      setCreated(tok);
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (e) => form.showError(e),
  });
  const close = () => {
    setOpen(false);
    setCreated(null);
    form.reset();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('tokens.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={created ? t('tokens.createdTitle') : t('tokens.create')} centered size="lg" closeOnClickOutside={!created}>
        {created ? (
          <Stack>
            <NewTokenSecret token={created.token} />
            <Group justify="flex-end">
              <Button onClick={close}>{t('tokens.savedIt')}</Button>
            </Group>
          </Stack>
        ) : (
          <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) create.mutate({ name: form.values.name.trim(), roles: form.values.roles }); }}>
            <Stack>
              <FormError message={form.formError} />
              <TextInput label={t('fields.name')} description={t('tokens.nameHint')} required data-autofocus {...form.text('name')} />
              <RolePicker kind={me.kind} value={form.values.roles} onChange={(r) => form.setValue('roles', r)} error={form.errorOf('roles')} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
                <Button type="submit" loading={create.isPending}>{t('tokens.create')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
