import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { passwordProblem } from '../auth/password-rules';

/** Change own password; the server ends the user's other sessions. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const initial = { currentPassword: '', newPassword: '', confirm: '' };
  const form = useForm(initial, {
    validate: (v) => ({
      currentPassword: !v.currentPassword ? 'validation.required' : undefined,
      newPassword: passwordProblem(v.newPassword, me.user.email) ?? (v.newPassword === v.currentPassword ? 'validation.passwordSame' : undefined),
      confirm: v.confirm !== v.newPassword ? 'validation.passwordMismatch' : undefined,
    }),
    fieldAliases: { password: 'newPassword' },
  });
  const save = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) => api.post('/api/auth/password', v),
    onSuccess: () => form.reset(initial),
    onError: (e) => form.showError(e),
  });

  return (
    <>
      <PageHeader title={t('account.password.title')} description={t('account.password.description')} />
      <Paper withBorder p="lg" maw={480}>
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); save.reset(); if (form.check()) save.mutate({ currentPassword: form.values.currentPassword, newPassword: form.values.newPassword }); }}>
          <Stack>
            {save.isSuccess && <Alert color="teal" role="status">{t('account.password.done')}</Alert>}
            <FormError message={form.formError} />
            <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" required {...form.text('currentPassword')} />
            <PasswordInput label={t('fields.newPassword')} description={t('auth.passwordRules')} autoComplete="new-password" required {...form.text('newPassword')} />
            <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.text('confirm')} />
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
