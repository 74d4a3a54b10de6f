import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { PAGE_SIZE, usersQuery } from '../organisations/queries';
import { InviteUserButton } from './invite-user-modal';
import { UsersTable } from './users-table';

/** List, invite, change roles, (de)activate — for one organisation. */
export function UsersSection({ organisation, asPage }: { organisation: Organisation; asPage?: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(usersQuery(organisation.id, page));
  return (
    <Stack gap={0} component="section" aria-label={t('users.title')}>
      <PageHeader
        title={asPage ? t('users.titleOf', { name: organisation.name }) : t('users.title')}
        description={t('users.description')}
        actions={<InviteUserButton organisation={organisation} />}
      />
      <QueryView query={query} empty={t('users.empty')}>
        {(data) => (
          <>
            <UsersTable users={data.items} organisation={organisation} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}
