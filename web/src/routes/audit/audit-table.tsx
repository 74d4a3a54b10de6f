import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';

/** UUID v7 start with the time, so the end tells ids apart. */
const short = (id: string | null) => (id ? `…${id.slice(-8)}` : '—');

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed">{label}</Text>
      <Code block style={{ maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

/** Audit events; each row opens to show the before/after state. */
export function AuditTable({ events, orgNames }: { events: AuditEvent[]; orgNames: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const columns: Column<AuditEvent>[] = [
    { id: 'at', header: t('audit.at'), nowrap: true, cell: (e) => formatDateTime(e.at, i18n.language) },
    { id: 'action', header: t('audit.action'), cell: (e) => <Code>{e.action}</Code> },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (e) => (
        <>
          <Text size="sm" span>{e.entityType}</Text>{' '}
          <Text size="xs" c="dimmed" span title={e.entityId}>{short(e.entityId)}</Text>
        </>
      ),
    },
    { id: 'org', header: t('audit.organisation'), cell: (e) => (e.orgId ? (orgNames.get(e.orgId) ?? short(e.orgId)) : '—') },
    {
      id: 'actor',
      header: t('audit.actor'),
      cell: (e) => (
        <>
          <Text size="sm" span>{t(`audit.actorTypes.${e.actorType}`, { defaultValue: e.actorType })}</Text>{' '}
          <Text size="xs" c="dimmed" span title={e.actorUserId ?? ''}>{e.actorUserId ? short(e.actorUserId) : ''}</Text>
        </>
      ),
    },
  ];
  return (
    <DataTable
      rows={events}
      columns={columns}
      rowKey={(e) => e.id}
      minWidth={860}
      details={(e) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Json label={t('audit.before')} value={e.before} />
            <Json label={t('audit.after')} value={e.after} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">{t('common.requestId', { requestId: e.requestId ?? '—' })}</Text>
        </>
      )}
    />
  );
}
