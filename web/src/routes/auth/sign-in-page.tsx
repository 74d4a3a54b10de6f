import { Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { FormError } from '../../components/states';
import { EMAIL_PATTERN, useForm } from '../../forms/use-form';

const route = getRouteApi('/public/masuk');

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ email: '', password: '' }, {
    validate: (v) => ({
      email: !v.email.trim() ? 'validation.required' : !EMAIL_PATTERN.test(v.email.trim()) ? 'validation.email' : undefined,
      password: !v.password ? 'validation.required' : undefined,
    }),
  });
  const signIn = useMutation({
    mutationFn: (v: { email: string; password: string }) => api.post<Me>('/api/auth/sign-in', v),
    onSuccess: async (me) => {
      queryClient.setQueryData(['me'], me);
      await navigate({ to: redirect ?? '/' });
    },
    onError: (e) => form.showError(e),
  });

  return (
    <form
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        if (form.check()) signIn.mutate({ email: form.values.email.trim(), password: form.values.password });
      }}
    >
      <Stack>
        <div>
          <Title order={2}>{t('auth.signIn.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('auth.signIn.subtitle')}
          </Text>
        </div>
        <FormError message={form.formError} />
        <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.text('email')} />
        <PasswordInput label={t('fields.password')} autoComplete="current-password" required {...form.text('password')} />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component={Link} to="/lupa-sandi" size="sm" ta="center">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
