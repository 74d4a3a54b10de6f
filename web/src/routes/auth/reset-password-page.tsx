import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SetPasswordForm } from './set-password-form';

const route = getRouteApi('/public/atur-ulang');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  return <SetPasswordForm endpoint="/api/auth/password-reset/complete" token={token} title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')} doneMessage={t('auth.reset.done')} offerNewLink />;
}
