import { Anchor, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { LinkEvent } from '../../api/events-types';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { EventStatusBadge, formatDayRange, isProgrammeStaff } from './common';
import { eventsQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/acara');

/** Link & Match events: published ones for everyone; drafts too for programme staff, who create them. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(eventsQuery(page));

  const columns: Column<LinkEvent>[] = [
    {
      id: 'name',
      header: t('events.fields.name'),
      card: 'title',
      cell: (e) => (
        <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/acara/$eventId" params={{ eventId: e.id }} />}>
          {e.name}
        </Anchor>
      ),
    },
    { id: 'dates', header: t('events.fields.dates'), nowrap: true, cell: (e) => formatDayRange(e.startsOn, e.endsOn, i18n.language) },
    { id: 'venue', header: t('events.fields.venue'), cell: (e) => e.venue },
    { id: 'participants', header: t('events.fields.participants'), align: 'right', cell: (e) => e.participantCount ?? '—' },
    { id: 'status', header: t('events.fields.status'), cell: (e) => <EventStatusBadge status={e.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('events.title')}
        description={t('events.description')}
        actions={isProgrammeStaff(me) && <Button renderRoot={(props) => <Link {...props} to="/acara/baru" />}>{t('events.create')}</Button>}
      />
      <QueryView query={query} empty={t('events.empty')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(e) => e.id} minWidth={720} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })} />
          </>
        )}
      </QueryView>
    </>
  );
}
