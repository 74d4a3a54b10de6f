import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormError } from '../../components/states';
import { EMAIL_PATTERN, useForm } from '../../forms/use-form';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ email: '' }, {
    validate: (v) => ({ email: !v.email.trim() ? 'validation.required' : !EMAIL_PATTERN.test(v.email.trim()) ? 'validation.email' : undefined }),
  });
  const send = useMutation({
    mutationFn: (email: string) => api.post('/api/auth/password-reset/request', { email }),
    onError: (e) => form.showError(e),
  });

  return (
    <Stack>
      <div>
        <Title order={2}>{t('auth.forgot.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('auth.forgot.subtitle')}
        </Text>
      </div>
      {send.isSuccess ? (
        <Alert color="teal" role="status">
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            if (form.check()) send.mutate(form.values.email.trim());
          }}
        >
          <Stack>
            <FormError message={form.formError} />
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.text('email')} />
            <Button type="submit" loading={send.isPending} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/masuk" size="sm" ta="center">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
