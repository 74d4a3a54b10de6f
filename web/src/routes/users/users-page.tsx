import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCurrentUser } from '../../api/session';
import { canManageUsersOf } from '../../access';
import { QueryView } from '../../components/query-view';
import { ForbiddenPage } from '../errors/forbidden-page';
import { organisationQuery } from '../organisations/queries';
import { UsersSection } from './users-section';

const route = getRouteApi('/app/organisasi/$orgId/pengguna');

/** The users of one organisation (for its admins and programme admins). */
export function UsersPage() {
  const { orgId } = route.useParams();
  const me = useCurrentUser();
  const allowed = canManageUsersOf(me, orgId);
  const query = useQuery({ ...organisationQuery(orgId), enabled: allowed });
  if (!allowed) return <ForbiddenPage />;
  return (
    <QueryView query={query}>
      {(org) => (
        <Stack gap="md">
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/organisasi/$orgId" params={{ orgId }} />}>
            ← {org.name}
          </Anchor>
          <UsersSection organisation={org} asPage />
        </Stack>
      )}
    </QueryView>
  );
}
