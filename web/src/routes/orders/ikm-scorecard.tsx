import { Badge, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IkmScorecard } from '../../api/orders-types';
import { DataTable, type Column } from '../../components/data-table';
import { QueryView } from '../../components/query-view';
import { ikmScorecardQuery } from './queries';
import { MetricCards, otifColor, ppmColor, useMetricFormat } from './scorecard-metrics';

type Month = IkmScorecard['months'][number];

/** Months with something to judge (receipts, deliveries due or POs), newest first. */
const active = (sc: IkmScorecard) => [...sc.months].filter((m) => m.receivedQty > 0 || m.scheduleDue > 0 || m.posIssued > 0).reverse();

/** One IKM's scorecard by month for the last 12 months (a buyer sees only its own orders with the IKM). */
export function IkmScorecardView({ ikmId, showName }: { ikmId: string; showName?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useMetricFormat();
  const query = useQuery(ikmScorecardQuery(ikmId));
  const monthLabel = (m: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  const columns: Column<Month>[] = [
    { id: 'month', header: t('orders.scorecard.month'), card: 'title', nowrap: true, cell: (m) => monthLabel(m.month) },
    { id: 'ppm', header: t('orders.scorecard.ppm'), align: 'right', cell: (m) => <Badge variant="light" color={ppmColor(m.rejectPpm)}>{f.ppm(m)}</Badge> },
    { id: 'recv', header: t('orders.scorecard.receivedRejected'), align: 'right', cell: (m) => `${f.int(m.receivedQty)} / ${f.int(m.rejectedQty)}` },
    { id: 'otif', header: t('orders.scorecard.otif'), align: 'right', cell: (m) => <Badge variant="light" color={otifColor(m.otifPercent)}>{f.otif(m)}</Badge> },
    { id: 'resp', header: t('orders.scorecard.responsiveness'), align: 'right', cell: (m) => f.hours(m) },
    { id: 'trend', header: t('orders.scorecard.priceTrend'), align: 'right', cell: (m) => f.trend(m) },
  ];
  return (
    <QueryView query={query}>
      {(sc) => (
        <Stack gap="md">
          {showName && <Title order={3}>{sc.ikmName}</Title>}
          <Text size="sm" c="dimmed">{t('orders.scorecard.last12')}</Text>
          <MetricCards m={sc.totals} />
          {active(sc).length ? <DataTable rows={active(sc)} columns={columns} rowKey={(m) => m.month} minWidth={720} /> : <Text size="sm" c="dimmed">{t('orders.scorecard.noData')}</Text>}
        </Stack>
      )}
    </QueryView>
  );
}
