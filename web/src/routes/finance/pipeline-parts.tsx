import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../api/finance-types';
import { DataTable, type Column } from '../../components/data-table';
import { StageBadge } from './labels';
import { formatRupiah, formatRupiahShort } from './money';

/** "10 akad ditandatangani senilai Rp24 miliar, 24 senilai Rp82 miliar menunggu." */
export function PipelineHeadline({ p }: { p: Pipeline }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Alert color="teal" variant="light" mb="md">
      <Text fw={600} data-testid="pipeline-headline">
        {t('finance.pipeline.headline', { signedCount: p.signed.count, signedValue: formatRupiahShort(p.signed.value, lang), pendingCount: p.pending.count, pendingValue: formatRupiahShort(p.pending.value, lang) })}
      </Text>
    </Alert>
  );
}

type Row = Pipeline['stages'][number];

export function PipelineTable({ p }: { p: Pipeline }) {
  const { t, i18n } = useTranslation();
  const columns: Column<Row>[] = [
    { id: 'stage', header: t('finance.pipeline.stage'), card: 'title', cell: (s) => <StageBadge stage={s.stage} /> },
    { id: 'count', header: t('finance.portfolio.count'), align: 'right', cell: (s) => s.count },
    { id: 'value', header: t('finance.pipeline.value'), align: 'right', nowrap: true, cell: (s) => formatRupiah(s.value, i18n.language) },
  ];
  return <DataTable rows={p.stages} columns={columns} rowKey={(s) => s.stage} minWidth={420} />;
}
