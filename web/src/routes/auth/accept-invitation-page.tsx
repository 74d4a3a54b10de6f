import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SetPasswordForm } from './set-password-form';

const route = getRouteApi('/public/undangan');

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  return <SetPasswordForm endpoint="/api/auth/invitation/accept" token={token} title={t('auth.invite.title')} subtitle={t('auth.invite.subtitle')} doneMessage={t('auth.invite.done')} />;
}
