import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Participant, ParticipantRole } from '../../api/events-types';
import type { OrgKind } from '../../api/types';
import { KindBadge } from '../../components/badges';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { QueryView } from '../../components/query-view';
import { EventFrame } from './event-frame';
import { PriorityMeetingButton } from './priority-meeting';
import { eventsApi, participantsQuery } from './queries';
import { RegisterOrganisationButton } from './register-organisation';

const route = getRouteApi('/app/acara/$eventId/peserta');

function CheckInButton({ p }: { p: Participant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({ mutationFn: () => eventsApi.checkInParticipant(p.eventId, p.id), onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events', p.eventId] }) });
  return <Button size="xs" variant="light" loading={run.isPending} onClick={() => run.mutate()}>{t('events.participants.checkIn')}</Button>;
}

/** Programme staff: who registered, contacts, on-the-day check-in, registering organisations and priority meetings. */
export function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const { eventId } = route.useParams();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const query = useQuery(participantsQuery(eventId, { role: role ?? undefined, kind: kind ?? undefined }));

  const columns: Column<Participant>[] = [
    {
      id: 'org',
      header: t('events.participants.organisation'),
      card: 'title',
      cell: (p) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>{p.orgName}</Text>
          <Group gap={4}><KindBadge kind={p.orgKind as OrgKind} /></Group>
        </Stack>
      ),
    },
    { id: 'role', header: t('events.fields.role'), cell: (p) => `${t(`events.roles.${p.role}`)}${p.boothCode ? ` · ${p.boothCode}` : ''}` },
    { id: 'contact', header: t('events.participants.contact'), cell: (p) => (p.contact ? [p.contact.name, p.contact.email, p.contact.phone].filter(Boolean).join(' · ') || '—' : '—') },
    {
      id: 'status',
      header: t('events.fields.status'),
      cell: (p) =>
        p.status === 'cancelled' ? <Badge color="gray" variant="light" size="sm">{t('events.participants.cancelled')}</Badge>
          : p.checkedInAt ? <Text size="xs">{t('events.participants.checkedInAt', { at: formatDateTime(p.checkedInAt, i18n.language) })}</Text>
          : <Badge color="blue" variant="light" size="sm">{t('events.participants.registered')}</Badge>,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      card: 'actions',
      align: 'right',
      cell: (p) =>
        p.status === 'registered' && (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {!p.checkedInAt && <CheckInButton p={p} />}
            <ConfirmButton title={t('events.registration.cancel')} message={t('events.participants.cancelConfirm', { org: p.orgName })} confirmLabel={t('events.registration.cancel')} onConfirm={() => eventsApi.cancelRegistration(eventId, p.id)} onDone={() => void queryClient.invalidateQueries({ queryKey: ['events', eventId] })} buttonProps={{ variant: 'subtle' }}>
              {t('events.participants.cancel')}
            </ConfirmButton>
          </Group>
        ),
    },
  ];

  return (
    <EventFrame eventId={eventId} tab="participants">
      {() => (
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select label={t('events.fields.role')} placeholder={t('events.participants.allRoles')} clearable w={210} data={(['exhibitor', 'visitor'] as const).map((r) => ({ value: r, label: t(`events.roles.${r}`) }))} value={role} onChange={(v) => setRole(v as ParticipantRole | null)} />
              <Select label={t('fields.kind')} placeholder={t('events.participants.allKinds')} clearable w={200} data={(['buyer', 'ikm', 'lender', 'mentor'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={kind} onChange={setKind} />
            </Group>
            <Group gap="xs">
              <RegisterOrganisationButton eventId={eventId} />
              <PriorityMeetingButton eventId={eventId} />
            </Group>
          </Group>
          <QueryView query={query} empty={t('events.participants.none')}>
            {(list) => <DataTable rows={list} columns={columns} rowKey={(p) => p.id} minWidth={860} />}
          </QueryView>
        </Stack>
      )}
    </EventFrame>
  );
}
