import { Button, Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/states';
import { canEditIkm } from './access';
import { ProfileView } from './profile-view';
import { myProfileQuery } from './queries';

/** "Profil saya": the IKM's own profile, or the invitation to fill it in. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = useQuery(myProfileQuery);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <PageHeader title={t('registry.my.title')} />
          <Card withBorder padding="lg">
            <Stack gap="sm" align="flex-start">
              <Text fw={600}>{t('registry.my.noneTitle')}</Text>
              <Text size="sm" c="dimmed">{t('registry.my.noneBody')}</Text>
              {canEditIkm(me, me.organisation.id) ? (
                <Button component={Link} to="/registri/saya/isi">{t('registry.my.fill')}</Button>
              ) : (
                <Text size="sm">{t('registry.my.askAdmin')}</Text>
              )}
            </Stack>
          </Card>
        </>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ProfileView profile={query.data} />;
}
