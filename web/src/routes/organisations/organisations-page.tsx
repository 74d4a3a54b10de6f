import { useEffect, useState } from 'react';
import { Group, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { CreateOrganisationButton } from './create-organisation-modal';
import { KindSelect } from './kind-select';
import { OrganisationsTable } from './organisations-table';
import { organisationsQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/organisasi');

/** Organisations: programme staff see all (filter by kind, search); others see their own. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const page = search.page ?? 1;

  useEffect(() => {
    if ((debounced.trim() || undefined) !== search.q) void navigate({ search: (s) => ({ ...s, q: debounced.trim() || undefined, page: undefined }), replace: true });
  }, [debounced, search.q, navigate]);

  const query = useQuery(organisationsQuery({ kind: search.kind, q: search.q, page }));
  const isProgrammeAdmin = me.kind === 'programme' && me.roles.includes('admin');

  return (
    <>
      <PageHeader title={t('organisations.title')} description={t('organisations.description')} actions={isProgrammeAdmin && <CreateOrganisationButton />} />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('common.search')} placeholder={t('organisations.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 220px' }} />
          <KindSelect label={t('fields.kind')} allowAll value={search.kind} onChange={(kind) => void navigate({ search: (s) => ({ ...s, kind, page: undefined }) })} style={{ flex: '0 1 220px' }} />
        </Group>
      </Paper>
      <QueryView query={query}>
        {(data) => (
          <>
            <OrganisationsTable items={data.items} canToggle={isProgrammeAdmin} ownOrgId={me.organisation.id} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
