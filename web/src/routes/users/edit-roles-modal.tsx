import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { OrgKind, Role, User } from '../../api/types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { RolePicker } from './role-picker';

/** Change a user's roles. Admins cannot take their own admin role away (the server refuses too). */
export function EditRolesButton({ user, kind, isSelf, onDone }: { user: User; kind: OrgKind; isSelf: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm<{ roles: Role[] }>({ roles: user.roles }, { validate: (v) => ({ roles: v.roles.length === 0 ? 'validation.rolesRequired' : undefined }) });
  const save = useMutation({
    mutationFn: (roles: Role[]) => api.patch(`/api/users/${user.id}`, { roles }),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
    onError: (e) => form.showError(e),
  });

  return (
    <>
      <Button size="xs" variant="default" onClick={() => { form.reset({ roles: user.roles }); setOpen(true); }}>
        {t('users.changeRoles')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('users.changeRolesOf', { name: user.name })} centered>
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) save.mutate(form.values.roles); }}>
          <Stack>
            <Text size="sm" c="dimmed">{user.email}</Text>
            <FormError message={form.formError} />
            <RolePicker kind={kind} value={form.values.roles} onChange={(r) => form.setValue('roles', r)} error={form.errorOf('roles')} disabledRoles={isSelf ? ['admin'] : []} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
              <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
