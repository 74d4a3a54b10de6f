import { useState } from 'react';
import { Badge, Group, Select, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TablePlan as Plan } from '../../api/events-types';
import { DataTable, type Column } from '../../components/data-table';
import { QueryView } from '../../components/query-view';
import { formatLongDay, OutcomeBadge } from './common';
import { tablePlanQuery } from './queries';

type Row = Plan['slots'][number]['tables'][number];

/** The organisers' table plan (denah meja): which pair sits at which table in each slot. */
export function TablePlan({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(tablePlanQuery(eventId));
  const [slotId, setSlotId] = useState<string | null>(null);
  const columns: Column<Row>[] = [
    { id: 'table', header: t('events.plan.table'), card: 'title', nowrap: true, cell: (r) => t('events.table', { n: r.tableNo }) },
    { id: 'a', header: t('events.meetings.sideA'), cell: (r) => r.a },
    { id: 'b', header: t('events.meetings.sideB'), cell: (r) => r.b },
    { id: 'priority', header: t('events.meetings.priority'), align: 'right', cell: (r) => r.priority },
    {
      id: 'state',
      header: t('events.fields.status'),
      cell: (r) => (
        <Group gap={4}>
          <Badge size="sm" variant="light" color={r.isConfirmed ? 'green' : 'teal'}>{t(r.isConfirmed ? 'events.meetingState.confirmed' : 'events.meetingState.scheduled')}</Badge>
          {r.checkedIn && <Badge size="sm" variant="light" color="blue">{t('events.plan.checkedIn')}</Badge>}
          {r.outcome && <OutcomeBadge outcome={r.outcome} />}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Title order={4}>{t('events.plan.title')}</Title>
      <QueryView query={query} isEmpty={(p) => p.slots.length === 0}>
        {(plan) => {
          const multiDay = new Set(plan.slots.map((s) => s.date)).size > 1;
          const current = plan.slots.find((s) => s.slotId === slotId) ?? plan.slots.find((s) => s.tables.length > 0) ?? plan.slots[0]!;
          return (
            <Stack gap="sm">
              <Group gap={6} wrap="wrap" aria-label={t('events.plan.occupancy')}>
                {plan.slots.map((s) => (
                  <UnstyledButton key={s.slotId} onClick={() => setSlotId(s.slotId)} aria-pressed={s.slotId === current.slotId}>
                    <Badge variant={s.slotId === current.slotId ? 'filled' : 'outline'} color={s.tables.length ? 'blue' : 'gray'} size="lg" fw={500}>
                      {multiDay ? `${s.date.slice(8, 10)}/${s.date.slice(5, 7)} ` : ''}{s.label} · {s.tables.length}/{plan.tables}
                    </Badge>
                  </UnstyledButton>
                ))}
              </Group>
              <Select
                label={t('events.plan.slot')}
                maw={420}
                data={plan.slots.map((s) => ({ value: s.slotId, label: `${formatLongDay(s.date, i18n.language)} · ${s.label}` }))}
                value={current.slotId}
                onChange={(v) => v && setSlotId(v)}
              />
              {current.tables.length === 0 ? (
                <Text size="sm" c="dimmed">{t('events.plan.emptySlot')}</Text>
              ) : (
                <DataTable rows={[...current.tables].sort((a, b) => a.tableNo - b.tableNo)} columns={columns} rowKey={(r) => r.meetingId} minWidth={720} />
              )}
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}
