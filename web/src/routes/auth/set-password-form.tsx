import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { passwordProblem } from './password-rules';

/** Sets a password from a one-time link (password reset or invitation). */
export function SetPasswordForm({ endpoint, token, title, subtitle, doneMessage, offerNewLink }: { endpoint: string; token: string | undefined; title: string; subtitle: string; doneMessage: string; offerNewLink?: boolean }) {
  const { t } = useTranslation();
  const form = useForm({ password: '', confirm: '' }, {
    validate: (v) => ({
      password: passwordProblem(v.password),
      confirm: v.confirm !== v.password ? 'validation.passwordMismatch' : undefined,
    }),
  });
  const save = useMutation({
    mutationFn: (password: string) => api.post(endpoint, { token, password }),
    onError: (e) => form.showError(e),
  });

  return (
    <Stack>
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
      </div>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth.linkMissing')}
        </Alert>
      ) : save.isSuccess ? (
        <Alert color="teal" role="status">
          {doneMessage}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            if (form.check()) save.mutate(form.values.password);
          }}
        >
          <Stack>
            <FormError message={form.formError} />
            <PasswordInput label={t('fields.newPassword')} description={t('auth.passwordRules')} autoComplete="new-password" required {...form.text('password')} />
            <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.text('confirm')} />
            <Button type="submit" loading={save.isPending} fullWidth>
              {t('auth.setPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
      {offerNewLink && !save.isSuccess && (
        <Anchor component={Link} to="/lupa-sandi" size="sm" ta="center">
          {t('auth.requestNewLink')}
        </Anchor>
      )}
      <Anchor component={Link} to="/masuk" size="sm" ta="center">
        {save.isSuccess ? t('auth.goToSignIn') : t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
