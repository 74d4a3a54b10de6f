import { useState } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { AgendaMeeting, LinkEvent, Participant } from '../../api/events-types';
import { QueryView } from '../../components/query-view';
import { AvailabilityCard } from './availability-card';
import { canActForOrg } from './common';
import { EventFrame } from './event-frame';
import { CheckInMeetingButton, OutcomeButton } from './meeting-actions';
import { MeetingCard } from './meeting-card';
import { agendaFileUrl, agendaQuery, participantsQuery } from './queries';

const route = getRouteApi('/app/acara/$eventId/agenda');

const startOf = (m: AgendaMeeting) => (m.slot ? Date.parse(m.slot.startsAt) : Number.MAX_SAFE_INTEGER);

/** A participant's agreed meetings in time order, with the files to print or add to a calendar. */
function Agenda({ event, participantId, canAct }: { event: LinkEvent; participantId?: string; canAct: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(agendaQuery(event.id, participantId));
  return (
    <QueryView query={query} isEmpty={() => false}>
      {(agenda) => {
        const meetings = [...agenda.meetings].sort((a, b) => startOf(a) - startOf(b));
        const unconfirmed = meetings.some((m) => m.slot && !m.isConfirmed);
        return (
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={4}>{t('events.agenda.of', { org: agenda.participant.orgName })}{agenda.participant.boothCode ? ` · ${t('events.registration.booth', { code: agenda.participant.boothCode })}` : ''}</Title>
              <Group gap="xs">
                <Button size="xs" variant="default" component="a" href={agendaFileUrl(event.id, 'pdf', participantId)} download>{t('events.agenda.pdf')}</Button>
                <Button size="xs" variant="default" component="a" href={agendaFileUrl(event.id, 'ics', participantId)} download>{t('events.agenda.ics')}</Button>
              </Group>
            </Group>
            {unconfirmed && <Alert color="yellow" variant="light">{t('events.agenda.unconfirmed')}</Alert>}
            {meetings.length === 0 && <Text c="dimmed">{t('events.agenda.empty')}</Text>}
            <SimpleGrid cols={1} spacing="sm" maw={760}>
              {meetings.map((m) => (
                <MeetingCard
                  key={m.id}
                  meeting={m}
                  extra={m.counterpartBooth && <Text size="sm">{t('events.agenda.counterpartBooth', { code: m.counterpartBooth })}</Text>}
                  actions={canAct && m.slot && <><CheckInMeetingButton meeting={m} /><OutcomeButton meeting={m} /></>}
                />
              ))}
            </SimpleGrid>
          </Stack>
        );
      }}
    </QueryView>
  );
}

/** Programme staff look at (and record outcomes in) any participant's agenda. */
function StaffAgenda({ event, isStaff }: { event: LinkEvent; isStaff: boolean }) {
  const { t } = useTranslation();
  const [pid, setPid] = useState<string | null>(null);
  const participants = useQuery(participantsQuery(event.id));
  const list = (participants.data ?? []).filter((p: Participant) => p.status === 'registered');
  return (
    <Stack gap="md">
      <Select label={t('events.agenda.participant')} placeholder={t('events.agenda.pickParticipant')} searchable maw={420} data={list.map((p) => ({ value: p.id, label: p.orgName }))} value={pid} onChange={setPid} />
      {pid ? <Agenda event={event} participantId={pid} canAct={isStaff} /> : <Text c="dimmed" size="sm">{t('events.agenda.pickHint')}</Text>}
    </Stack>
  );
}

export function AgendaPage() {
  const { t } = useTranslation();
  const { eventId } = route.useParams();
  const me = useCurrentUser();
  return (
    <EventFrame eventId={eventId} tab="agenda">
      {({ event, mine, isStaff }) => {
        if (me.kind === 'programme') return <StaffAgenda event={event} isStaff={isStaff} />;
        if (!mine) return <Text c="dimmed">{t('events.registration.registerFirst')}</Text>;
        return (
          <Stack gap="xl">
            <Agenda event={event} canAct={canActForOrg(me)} />
            <AvailabilityCard event={event} participant={mine} canEdit={canActForOrg(me) && event.status !== 'closed'} />
          </Stack>
        );
      }}
    </EventFrame>
  );
}
