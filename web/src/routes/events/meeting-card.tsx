import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../api/events-types';
import { KindBadge } from '../../components/badges';
import type { OrgKind } from '../../api/types';
import { formatLongDay, MeetingStatusBadge, OutcomeBadge } from './common';

/** When and where: "Selasa, 1 November 2022 · 09:00–09:30 · Meja 3", or "not scheduled yet". */
export function SlotLine({ meeting }: { meeting: Pick<Meeting, 'slot' | 'tableNo' | 'status'> }) {
  const { t, i18n } = useTranslation();
  if (meeting.status !== 'accepted') return null;
  if (!meeting.slot) return <Text size="sm" c="dimmed">{t('events.meetings.notScheduled')}</Text>;
  const day = new Date(new Date(meeting.slot.startsAt).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return (
    <Text size="sm" fw={600}>
      {formatLongDay(day, i18n.language)} · {meeting.slot.label} WIB{meeting.tableNo ? ` · ${t('events.table', { n: meeting.tableNo })}` : ''}
    </Text>
  );
}

/** One meeting request or meeting, seen from the caller's side (or both sides for programme staff). */
export function MeetingCard({ meeting, actions, extra }: { meeting: Meeting; actions?: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  const other = meeting.counterpart;
  const title = other ? other.orgName : `${meeting.a.orgName} ↔ ${meeting.b.orgName}`;
  return (
    <Card withBorder padding="sm" component="article" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{title}</Text>
            <Group gap={6} wrap="wrap">
              {other && <KindBadge kind={other.orgKind as OrgKind} />}
              {meeting.direction && <Text size="xs" c="dimmed">{t(`events.direction.${meeting.direction}`)}</Text>}
              {meeting.priority > 1 && <Text size="xs" c="orange">{t('events.meetings.priorityN', { n: meeting.priority })}</Text>}
            </Group>
          </Stack>
          <Group gap={4}>
            <MeetingStatusBadge meeting={meeting} />
            {meeting.outcome && <OutcomeBadge outcome={meeting.outcome} />}
          </Group>
        </Group>
        <SlotLine meeting={meeting} />
        {meeting.need && (
          <Text size="sm">
            {t('events.meetings.topicLabel')}: {[meeting.need.reference, meeting.need.partName].filter(Boolean).join(' · ')}
          </Text>
        )}
        {meeting.message && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>“{meeting.message}”</Text>}
        {meeting.responseMessage && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{t('events.meetings.reply')}: “{meeting.responseMessage}”</Text>}
        {meeting.outcomeNote && <Text size="sm" c="dimmed">{t('events.meetings.outcomeNote')}: {meeting.outcomeNote}</Text>}
        {extra}
        {actions && <Group gap="xs" justify="flex-end" wrap="wrap">{actions}</Group>}
      </Stack>
    </Card>
  );
}
