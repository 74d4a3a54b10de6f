import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LinkEvent, Participant } from '../../api/events-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { byDate, formatLongDay } from './common';
import { availabilityQuery, eventsApi } from './queries';

/** The slots a participant cannot attend (the scheduler leaves them free). */
export function AvailabilityCard({ event, participant, canEdit }: { event: LinkEvent; participant: Participant; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(availabilityQuery(event.id, participant.id));
  const [blocked, setBlocked] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (query.data) setBlocked(new Set(query.data.unavailableSlotIds));
  }, [query.data]);
  const save = useMutation({
    mutationFn: () => eventsApi.setAvailability(event.id, participant.id, [...blocked]),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events', event.id] }),
  });
  const toggle = (id: string, on: boolean) => setBlocked((s) => {
    const n = new Set(s);
    if (on) n.add(id);
    else n.delete(id);
    return n;
  });
  const moved = save.data?.unscheduledMeetingIds?.length ?? 0;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('events.availability.title')}</Title>
        <Text size="sm" c="dimmed">{t('events.availability.hint')}</Text>
        <FormError message={save.isError ? errorMessage(t, save.error) : null} />
        {save.isSuccess && <Alert color={moved ? 'yellow' : 'green'} variant="light">{moved ? t('events.availability.savedMoved', { count: moved }) : t('events.availability.saved')}</Alert>}
        {byDate(event.slots, (s) => s.date).map(([date, slots]) => (
          <Stack key={date} gap={4}>
            <Text size="sm" fw={600}>{formatLongDay(date, i18n.language)}</Text>
            <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing={6}>
              {slots.map((s) => (
                <Checkbox key={s.id} size="sm" label={s.label} aria-label={t('events.availability.slotUnavailable', { slot: `${date} ${s.label}` })} checked={blocked.has(s.id)} disabled={!canEdit || !query.data} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        {canEdit && (
          <Group justify="flex-end">
            <Button size="sm" loading={save.isPending} disabled={!query.data} onClick={() => save.mutate()}>{t('events.availability.save')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
