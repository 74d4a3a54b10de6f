import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Organisation, Role, User } from '../../api/types';
import { FormError } from '../../components/states';
import { EMAIL_PATTERN, useForm } from '../../forms/use-form';
import { RolePicker } from './role-picker';

/** Invite a user by e-mail: the server sends a link to set a password (valid 7 days). */
export function InviteUserButton({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const form = useForm<{ email: string; name: string; roles: Role[] }>({ email: '', name: '', roles: ['staff'] }, {
    validate: (v) => ({
      email: !v.email.trim() ? 'validation.required' : !EMAIL_PATTERN.test(v.email.trim()) ? 'validation.email' : undefined,
      name: v.name.trim().length < 2 ? 'validation.nameShort' : undefined,
      roles: v.roles.length === 0 ? 'validation.rolesRequired' : undefined,
    }),
  });
  const invite = useMutation({
    mutationFn: (v: { email: string; name: string; roles: Role[] }) => api.post<User>(`/api/organisations/${organisation.id}/users`, v),
    onSuccess: async (u) => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      setInvited(u.email);
      form.reset();
    },
    onError: (e) => form.showError(e),
  });
  const close = () => {
    setOpen(false);
    setInvited(null);
    form.reset();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('users.invite')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={t('users.inviteTo', { name: organisation.name })} centered size="lg">
        {invited ? (
          <Stack>
            <Alert color="teal" role="status">{t('users.invitedMessage', { email: invited })}</Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setInvited(null)}>{t('users.inviteAnother')}</Button>
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) invite.mutate({ email: form.values.email.trim(), name: form.values.name.trim(), roles: form.values.roles }); }}>
            <Stack>
              <FormError message={form.formError} />
              <TextInput label={t('fields.email')} type="email" required data-autofocus {...form.text('email')} />
              <TextInput label={t('fields.fullName')} required {...form.text('name')} />
              <RolePicker kind={organisation.kind} value={form.values.roles} onChange={(r) => form.setValue('roles', r)} error={form.errorOf('roles')} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
                <Button type="submit" loading={invite.isPending}>{t('users.sendInvite')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
