import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { canManageUsersOf } from '../../access';
import { ActiveBadge, KindBadge } from '../../components/badges';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { UsersSection } from '../users/users-section';
import { organisationQuery } from './queries';
import { RenameOrganisationButton } from './rename-organisation-modal';
import { ToggleOrganisationButton } from './toggle-organisation-button';

const route = getRouteApi('/app/organisasi/$orgId');

/** One organisation: its details and (for its admins and programme admins) its users. */
export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const { orgId } = route.useParams();
  const me = useCurrentUser();
  const query = useQuery(organisationQuery(orgId));
  const canManage = canManageUsersOf(me, orgId);
  const isProgrammeAdmin = me.kind === 'programme' && me.roles.includes('admin');

  return (
    <QueryView query={query}>
      {(org) => (
        <Stack gap="lg">
          {me.kind === 'programme' && (
            <Anchor component={Link} to="/organisasi" size="sm">
              ← {t('organisations.backToList')}
            </Anchor>
          )}
          <PageHeader
            title={org.name}
            actions={
              <>
                {canManage && <RenameOrganisationButton organisation={org} />}
                {isProgrammeAdmin && org.id !== me.organisation.id && <ToggleOrganisationButton organisation={org} />}
              </>
            }
          />
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{t('fields.kind')}</Text>
                <Group><KindBadge kind={org.kind} /></Group>
              </Stack>
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{t('fields.status')}</Text>
                <Group><ActiveBadge isActive={org.isActive} /></Group>
              </Stack>
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{t('fields.createdAt')}</Text>
                <Text size="sm">{formatDate(org.createdAt, i18n.language)}</Text>
              </Stack>
            </SimpleGrid>
          </Card>
          {canManage && <UsersSection organisation={org} />}
        </Stack>
      )}
    </QueryView>
  );
}
