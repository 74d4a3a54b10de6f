import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_OUTCOMES, type EventKpis } from '../../api/events-types';
import { QueryView } from '../../components/query-view';
import { formatInteger, formatPercent } from '../needs/money';
import { OutcomeBadge } from './common';
import { EventFrame } from './event-frame';
import { kpisQuery } from './queries';

const route = getRouteApi('/app/acara/$eventId/kpi');

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fz={26} fw={700} lh={1.2}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

function Kpis({ k }: { k: EventKpis }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatInteger(v, i18n.language);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={4}>{t('events.kpi.participants')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stat label={t('events.kpi.registered')} value={n(k.participants.total)} hint={Object.entries(k.participants.byKind).map(([kind, c]) => `${t(`kinds.${kind}`, { defaultValue: kind })}: ${c}`).join(' · ')} />
          <Stat label={t('events.kpi.exhibitors')} value={n(k.participants.exhibitors)} />
          <Stat label={t('events.kpi.checkedIn')} value={n(k.participants.checkedIn)} />
          <Stat label={t('events.kpi.met')} value={`${n(k.ikmMet)} / ${n(k.buyersMet)}`} hint={t('events.kpi.metHint')} />
        </SimpleGrid>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('events.kpi.requests')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stat label={t('events.kpi.requestsTotal')} value={n(k.requests.total)} hint={t('events.kpi.programmeAdded', { count: k.requests.programmeAdded })} />
          <Stat label={t('events.kpi.pending')} value={n(k.requests.pending)} />
          <Stat label={t('events.kpi.acceptanceRate')} value={formatPercent(k.requests.acceptanceRate, i18n.language)} hint={t('events.kpi.answered', { accepted: k.requests.accepted, declined: k.requests.declined })} />
          <Stat label={t('events.kpi.cancelled')} value={n(k.requests.cancelled)} />
        </SimpleGrid>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('events.kpi.meetings')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stat label={t('events.kpi.scheduled')} value={n(k.meetings.scheduled)} hint={t('events.kpi.confirmedHint', { count: k.meetings.confirmed })} />
          <Stat label={t('events.kpi.unscheduled')} value={n(k.meetings.unscheduled)} />
          <Stat label={t('events.kpi.held')} value={n(k.meetings.held)} hint={t('events.kpi.recordedHint', { count: k.meetings.recorded })} />
          <Stat label={t('events.kpi.noShowRate')} value={formatPercent(k.meetings.noShowRate, i18n.language)} hint={t('events.kpi.noShowHint', { count: k.meetings.noShow })} />
        </SimpleGrid>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t('events.kpi.outcomes')}</Title>
        <Card withBorder padding="sm">
          <Stack gap={6}>
            {MEETING_OUTCOMES.map((o) => (
              <Group key={o} justify="space-between">
                <OutcomeBadge outcome={o} />
                <Text fw={600}>{n(k.outcomes[o] ?? 0)}</Text>
              </Group>
            ))}
            <Group justify="space-between" mt={4}>
              <Text size="sm" fw={600}>{t('events.kpi.leads')}</Text>
              <Text fw={700}>{n(k.leads)}</Text>
            </Group>
          </Stack>
        </Card>
      </Stack>
    </Stack>
  );
}

/** KPI summary of the event (aggregates only): registrations, requests, meetings and their outcomes. */
export function KpiPage() {
  const { eventId } = route.useParams();
  const query = useQuery(kpisQuery(eventId));
  return (
    <EventFrame eventId={eventId} tab="kpis">
      {() => <QueryView query={query}>{(k) => <Kpis k={k} />}</QueryView>}
    </EventFrame>
  );
}
