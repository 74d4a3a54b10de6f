import type { ReactNode } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LinkEvent } from '../../api/events-types';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDateTime } from '../../components/format';
import { useLabels } from '../needs/reference';
import { byDate, formatDayRange, formatLongDay } from './common';
import { EventFrame } from './event-frame';
import { eventsApi } from './queries';
import { RegistrationCard } from './registration-card';

const route = getRouteApi('/app/acara/$eventId');

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </Stack>
  );
}

function StaffActions({ event }: { event: LinkEvent }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['events'] });
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" renderRoot={(props) => <Link {...props} to="/acara/$eventId/ubah" params={{ eventId: event.id }} />}>{t('events.edit')}</Button>
      {event.status === 'draft' && (
        <ConfirmButton color="green" title={t('events.publish')} message={t('events.publishConfirm', { name: event.name })} confirmLabel={t('events.publish')} onConfirm={() => eventsApi.update(event.id, { status: 'published' })} onDone={refresh}>
          {t('events.publish')}
        </ConfirmButton>
      )}
      {event.status === 'published' && (
        <ConfirmButton title={t('events.close')} message={t('events.closeConfirm', { name: event.name })} confirmLabel={t('events.close')} onConfirm={() => eventsApi.update(event.id, { status: 'closed' })} onDone={refresh}>
          {t('events.close')}
        </ConfirmButton>
      )}
      {event.status === 'closed' && (
        <ConfirmButton color="blue" title={t('events.reopen')} message={t('events.reopenConfirm', { name: event.name })} confirmLabel={t('events.reopen')} onConfirm={() => eventsApi.update(event.id, { status: 'published' })} onDone={refresh}>
          {t('events.reopen')}
        </ConfirmButton>
      )}
    </Group>
  );
}

/** An event: its facts, the caller's registration, and the time slots. */
export function EventOverviewPage() {
  const { t, i18n } = useTranslation();
  const { eventId } = route.useParams();
  const { provinces } = useLabels();
  return (
    <EventFrame eventId={eventId} tab="overview">
      {({ event, mine, isStaff }) => (
        <Stack gap="lg">
          {isStaff && <StaffActions event={event} />}
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
              <Fact label={t('events.fields.dates')}>{formatDayRange(event.startsOn, event.endsOn, i18n.language)}</Fact>
              <Fact label={t('events.fields.venue')}>
                {event.venue}
                {event.address ? `, ${event.address}` : ''}
                {event.provinceCode ? ` (${provinces.find((p) => p.value === event.provinceCode)?.label ?? event.provinceCode})` : ''}
              </Fact>
              <Fact label={t('events.fields.registration')}>
                {formatDateTime(event.registrationOpensAt, i18n.language)} – {formatDateTime(event.registrationClosesAt, i18n.language)}
              </Fact>
              <Fact label={t('events.fields.capacity')}>{t('events.capacity', { slots: event.slots.length, tables: event.tables })}</Fact>
              {event.sector && <Fact label={t('events.fields.sector')}>{event.sector}</Fact>}
              <Fact label={t('events.fields.participants')}>{event.participantCount ?? '—'}</Fact>
              {event.schedule && (
                <Fact label={t('events.fields.schedule')}>
                  {t('events.scheduleSummary', { at: formatDateTime(event.schedule.scheduledAt, i18n.language), score: event.schedule.score, upperBound: event.schedule.upperBound })}
                </Fact>
              )}
            </SimpleGrid>
            {event.description && <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>{event.description}</Text>}
          </Card>
          {!isStaff && <RegistrationCard event={event} mine={mine} />}
          <Stack gap="xs">
            <Title order={4}>{t('events.slots')}</Title>
            {event.slots.length === 0 && <Text c="dimmed" size="sm">{t('events.noSlots')}</Text>}
            {byDate(event.slots, (s) => s.date).map(([date, slots]) => (
              <Stack key={date} gap={4}>
                <Text size="sm" fw={600}>{formatLongDay(date, i18n.language)}</Text>
                <Group gap={6} wrap="wrap">
                  {slots.map((s) => <Badge key={s.id} variant="outline" color="gray" size="lg" fw={500}>{s.label}</Badge>)}
                </Group>
              </Stack>
            ))}
          </Stack>
        </Stack>
      )}
    </EventFrame>
  );
}
