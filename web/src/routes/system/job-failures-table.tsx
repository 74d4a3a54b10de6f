import { Badge, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobFailure } from '../../api/types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';

export function JobFailuresTable({ failures }: { failures: JobFailure[] }) {
  const { t, i18n } = useTranslation();
  const columns: Column<JobFailure>[] = [
    { id: 'at', header: t('jobs.at'), nowrap: true, cell: (f) => formatDateTime(f.at, i18n.language) },
    { id: 'job', header: t('jobs.job'), cell: (f) => <Code>{f.job}</Code> },
    { id: 'attempt', header: t('jobs.attempt'), align: 'right', cell: (f) => f.attempt },
    {
      id: 'final',
      header: t('jobs.final'),
      cell: (f) => <Badge size="sm" variant="light" color={f.final === 'failed' ? 'red' : 'yellow'}>{t(`jobs.finalValues.${f.final}`, { defaultValue: f.final })}</Badge>,
    },
    { id: 'error', header: t('jobs.error'), cell: (f) => <Text size="sm" lineClamp={2} maw={360}>{f.error}</Text> },
  ];
  return (
    <DataTable
      rows={failures}
      columns={columns}
      rowKey={(f) => f.id}
      minWidth={800}
      details={(f) => (
        <>
          <Text size="xs" fw={600} c="dimmed">{t('jobs.error')}</Text>
          <Code block mb="xs" style={{ whiteSpace: 'pre-wrap' }}>{f.error}</Code>
          <Text size="xs" fw={600} c="dimmed">{t('jobs.payload')}</Text>
          <Code block style={{ maxHeight: 320, overflow: 'auto' }}>{JSON.stringify(f.payload, null, 2)}</Code>
        </>
      )}
    />
  );
}
