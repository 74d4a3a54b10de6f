import type { ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { LinkEvent, Participant } from '../../api/events-types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { EventStatusBadge, formatDayRange, isProgrammeStaff } from './common';
import { eventQuery, myParticipantQuery } from './queries';

export type EventTab = 'overview' | 'catalogue' | 'meetings' | 'agenda' | 'participants' | 'booths' | 'schedule' | 'kpis';

const TAB_PATHS = {
  overview: '/acara/$eventId',
  catalogue: '/acara/$eventId/katalog',
  meetings: '/acara/$eventId/pertemuan',
  agenda: '/acara/$eventId/agenda',
  participants: '/acara/$eventId/peserta',
  booths: '/acara/$eventId/stan',
  schedule: '/acara/$eventId/jadwal',
  kpis: '/acara/$eventId/kpi',
} as const;

export interface EventContext {
  event: LinkEvent;
  /** The caller's own registration (null when not registered or programme staff). */
  mine: Participant | null;
  isStaff: boolean;
}

/** The frame of an event's pages: back link, title, key facts and the section links; children get the event. */
export function EventFrame({ eventId, tab, children }: { eventId: string; tab: EventTab; children: (ctx: EventContext) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const isStaff = isProgrammeStaff(me);
  const event = useQuery(eventQuery(eventId));
  const mine = useQuery({ ...myParticipantQuery(eventId), enabled: me.kind !== 'programme' });
  const registered = !!mine.data && mine.data.status === 'registered';

  const tabs: EventTab[] = ['overview', 'catalogue'];
  if (me.kind === 'programme' || registered) tabs.push('meetings', 'agenda');
  if (isStaff) tabs.push('participants', 'booths', 'schedule');
  else tabs.push('booths');
  tabs.push('kpis');

  return (
    <QueryView query={event}>
      {(ev) => (
        <Stack gap="md">
          <Anchor component={Link} to="/acara" size="sm">
            ← {t('events.backToList')}
          </Anchor>
          <PageHeader
            title={ev.name}
            description={
              <Group gap="xs" component="span" wrap="wrap">
                <EventStatusBadge status={ev.status} />
                <Text span size="sm">{formatDayRange(ev.startsOn, ev.endsOn, i18n.language)} · {ev.venue}</Text>
              </Group>
            }
          />
          <Group gap={4} wrap="wrap" component="nav" aria-label={t('events.sections')} mt={-8}>
            {tabs.map((k) => (
              <Button
                key={k}
                size="compact-sm"
                variant={k === tab ? 'light' : 'subtle'}
                renderRoot={(props) => <Link {...props} to={TAB_PATHS[k]} params={{ eventId }} aria-current={k === tab ? 'page' : undefined} />}
              >
                {t(`events.tabs.${k}`)}
              </Button>
            ))}
          </Group>
          {(me.kind === 'programme' || !mine.isPending) && children({ event: ev, mine: registered ? mine.data! : null, isStaff })}
        </Stack>
      )}
    </QueryView>
  );
}
