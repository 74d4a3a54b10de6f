import { Badge, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { Booth } from '../../api/events-types';
import { DataTable, type Column } from '../../components/data-table';
import { QueryView } from '../../components/query-view';
import { BoothButton } from './booth-modal';
import { canActForOrg } from './common';
import { EventFrame } from './event-frame';
import { boothsQuery } from './queries';

const route = getRouteApi('/app/acara/$eventId/stan');

/** Booths (stan) of the exhibition; programme staff lay them out, an exhibitor describes its own. */
export function BoothsPage() {
  const { t } = useTranslation();
  const { eventId } = route.useParams();
  const me = useCurrentUser();
  const query = useQuery(boothsQuery(eventId));

  return (
    <EventFrame eventId={eventId} tab="booths">
      {({ isStaff }) => {
        const columns: Column<Booth>[] = [
          { id: 'code', header: t('events.booths.code'), card: 'title', nowrap: true, cell: (b) => `${b.code}${b.zone ? ` · ${b.zone}` : ''}` },
          { id: 'exhibitor', header: t('events.booths.exhibitor'), cell: (b) => b.orgName ?? <Badge color="gray" variant="light" size="sm">{t('events.booths.free')}</Badge> },
          { id: 'title', header: t('events.booths.title'), cell: (b) => b.title ?? '—' },
          { id: 'products', header: t('events.booths.products'), cell: (b) => (b.products.length ? b.products.join(', ') : '—') },
          { id: 'size', header: t('events.booths.size'), align: 'right', cell: (b) => (b.sizeM2 ? `${b.sizeM2} m²` : '—') },
        ];
        const editable = (b: Booth) => isStaff || (canActForOrg(me) && b.orgId === me.organisation.id);
        columns.push({ id: 'actions', header: t('common.actions'), card: 'actions', align: 'right', cell: (b) => editable(b) && <BoothButton eventId={eventId} booth={b} staff={isStaff} /> });
        return (
          <Stack gap="md">
            {isStaff && <Group><BoothButton eventId={eventId} staff /></Group>}
            <QueryView query={query} empty={t('events.booths.none')}>
              {(list) => <DataTable rows={list} columns={columns} rowKey={(b) => b.id} minWidth={760} />}
            </QueryView>
          </Stack>
        );
      }}
    </EventFrame>
  );
}
