import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LinkEvent, ScheduleRun } from '../../api/events-types';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { EventFrame } from './event-frame';
import { eventsApi } from './queries';
import { TablePlan } from './table-plan';

const route = getRouteApi('/app/acara/$eventId/jadwal');

function RunResult({ run }: { run: ScheduleRun }) {
  const { t } = useTranslation();
  return (
    <Alert color={run.unassigned ? 'yellow' : 'green'} variant="light" title={t('events.schedule.resultTitle')} role="status">
      <Stack gap={2}>
        <Text size="sm">{t('events.schedule.result', { assigned: run.assigned, meetings: run.meetings })}</Text>
        {run.unassigned > 0 && <Text size="sm">{t('events.schedule.unassigned', { count: run.unassigned })}</Text>}
        <Text size="sm">{t('events.schedule.kept', { fixed: run.fixed, moved: run.moved })}</Text>
        <Text size="sm" c="dimmed">{t('events.schedule.score', { score: run.score, upperBound: run.upperBound })}</Text>
      </Stack>
    </Alert>
  );
}

/** Programme staff run the meeting scheduler (incrementally, or re-planning everything), confirm it, and see the table plan. */
function Scheduler({ event }: { event: LinkEvent }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [last, setLast] = useState<ScheduleRun | null>(null);
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['events'] });
  const run = useMutation({
    mutationFn: (replanAll: boolean) => eventsApi.schedule(event.id, { replanAll, confirm: false }),
    onSuccess: async (r) => {
      setLast(r);
      setConfirmed(null);
      await refresh();
    },
  });
  return (
    <Stack gap="lg">
      <Card withBorder>
        <Stack gap="sm">
          <Title order={4}>{t('events.schedule.title')}</Title>
          <Text size="sm" c="dimmed">{t('events.schedule.hint')}</Text>
          {event.schedule ? (
            <Text size="sm">{t('events.scheduleSummary', { at: formatDateTime(event.schedule.scheduledAt, i18n.language), score: event.schedule.score, upperBound: event.schedule.upperBound })}</Text>
          ) : (
            <Text size="sm">{t('events.schedule.never')}</Text>
          )}
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          {last && <RunResult run={last} />}
          {confirmed !== null && <Alert color="green" variant="light" role="status">{t('events.schedule.confirmed', { count: confirmed })}</Alert>}
          <Group gap="xs" wrap="wrap">
            <Button loading={run.isPending && run.variables === false} onClick={() => run.mutate(false)}>{t('events.schedule.run')}</Button>
            <ConfirmButton color="orange" title={t('events.schedule.replanAll')} message={t('events.schedule.replanAllConfirm')} confirmLabel={t('events.schedule.replanAll')} onConfirm={() => eventsApi.schedule(event.id, { replanAll: true, confirm: false })} onDone={() => void refresh()} buttonProps={{ size: 'sm', variant: 'light' }}>
              {t('events.schedule.replanAll')}
            </ConfirmButton>
            <ConfirmButton color="green" title={t('events.schedule.confirm')} message={t('events.schedule.confirmMessage')} confirmLabel={t('events.schedule.confirm')} onConfirm={async () => setConfirmed((await eventsApi.confirmSchedule(event.id)).confirmed)} onDone={() => void refresh()} buttonProps={{ size: 'sm', variant: 'light' }}>
              {t('events.schedule.confirm')}
            </ConfirmButton>
          </Group>
        </Stack>
      </Card>
      <TablePlan eventId={event.id} />
    </Stack>
  );
}

export function SchedulePage() {
  const { eventId } = route.useParams();
  return <EventFrame eventId={eventId} tab="schedule">{({ event }) => <Scheduler event={event} />}</EventFrame>;
}
