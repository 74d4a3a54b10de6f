import { useState } from 'react';
import type { ReactNode } from 'react';
import { Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { MEETING_STATUSES, type Meeting, type MeetingStatus, type Participant } from '../../api/events-types';
import { QueryView } from '../../components/query-view';
import { canActForOrg } from './common';
import { EventFrame } from './event-frame';
import { CancelMeetingButton, RespondButton } from './meeting-actions';
import { MeetingCard } from './meeting-card';
import { PriorityMeetingButton } from './priority-meeting';
import { eventsApi, meetingsQuery } from './queries';
import { RequestMeetingButton } from './request-meeting';

const route = getRouteApi('/app/acara/$eventId/pertemuan');

function Section({ title, meetings, empty, actions }: { title: string; meetings: Meeting[]; empty?: string; actions: (m: Meeting) => ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title} <Text span c="dimmed" size="sm">({meetings.length})</Text></Title>
      {meetings.length === 0 && empty && <Text size="sm" c="dimmed">{empty}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {meetings.map((m) => <MeetingCard key={m.id} meeting={m} actions={actions(m)} />)}
      </SimpleGrid>
    </Stack>
  );
}

/** The caller's requests both ways and its agreed meetings. */
function OrgMeetings({ eventId, mine }: { eventId: string; mine: Participant }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const act = canActForOrg(me);
  const query = useQuery(meetingsQuery(eventId));
  return (
    <Stack gap="lg">
      {act && <Group><RequestMeetingButton eventId={eventId} mine={mine} /></Group>}
      <QueryView query={query} isEmpty={() => false}>
        {(all) => {
          const incoming = all.filter((m) => m.status === 'requested' && m.direction === 'incoming');
          const outgoing = all.filter((m) => m.status === 'requested' && m.direction !== 'incoming');
          const accepted = all.filter((m) => m.status === 'accepted');
          const closed = all.filter((m) => m.status === 'declined' || m.status === 'cancelled');
          return (
            <Stack gap="lg">
              <Section title={t('events.meetings.incoming')} meetings={incoming} empty={t('events.meetings.noneIncoming')} actions={(m) => act && <><RespondButton meeting={m} action="decline" /><RespondButton meeting={m} action="accept" /></>} />
              <Section title={t('events.meetings.outgoing')} meetings={outgoing} empty={t('events.meetings.noneOutgoing')} actions={(m) => act && <CancelMeetingButton meeting={m} />} />
              <Section title={t('events.meetings.accepted')} meetings={accepted} empty={t('events.meetings.noneAccepted')} actions={(m) => act && !m.outcome && <CancelMeetingButton meeting={m} />} />
              {closed.length > 0 && <Section title={t('events.meetings.history')} meetings={closed} actions={() => null} />}
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}

function PrioritySelect({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({ mutationFn: (p: number) => eventsApi.setPriority(meeting.id, p), onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events', meeting.eventId] }) });
  return (
    <Select
      size="xs"
      w={130}
      aria-label={t('events.meetings.priority')}
      data={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: t('events.meetings.priorityN', { n: i + 1 }) }))}
      value={String(meeting.priority)}
      onChange={(v) => v && run.mutate(Number(v))}
      disabled={run.isPending || meeting.status === 'declined' || meeting.status === 'cancelled'}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Programme staff: every meeting of the event, filter by status, priorities, priority meetings. */
function AllMeetings({ eventId, isStaff }: { eventId: string; isStaff: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MeetingStatus | null>(null);
  const query = useQuery(meetingsQuery(eventId, { status: status ?? undefined }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select label={t('events.fields.status')} placeholder={t('events.meetings.allStatuses')} clearable w={220} data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`events.meetingStatus.${s}`) }))} value={status} onChange={(v) => setStatus(v as MeetingStatus | null)} />
        {isStaff && <PriorityMeetingButton eventId={eventId} />}
      </Group>
      <QueryView query={query} empty={t('events.meetings.none')}>
        {(all) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {all.map((m) => (
              <MeetingCard key={m.id} meeting={m} actions={isStaff && <><PrioritySelect meeting={m} />{(m.status === 'requested' || (m.status === 'accepted' && !m.outcome)) && <CancelMeetingButton meeting={m} />}</>} />
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </Stack>
  );
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const { eventId } = route.useParams();
  const me = useCurrentUser();
  return (
    <EventFrame eventId={eventId} tab="meetings">
      {({ mine, isStaff }) =>
        me.kind === 'programme' ? <AllMeetings eventId={eventId} isStaff={isStaff} /> : mine ? <OrgMeetings eventId={eventId} mine={mine} /> : <Text c="dimmed">{t('events.registration.registerFirst')}</Text>
      }
    </EventFrame>
  );
}
