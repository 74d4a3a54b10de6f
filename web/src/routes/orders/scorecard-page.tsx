import { Anchor, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SupplierScorecard } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { todayJakarta } from '../partnerships/queries';
import { IkmScorecardView } from './ikm-scorecard';
import { suppliersScorecardQuery } from './queries';
import { MetricCards, otifColor, ppmColor, useMetricFormat } from './scorecard-metrics';

const route = getRouteApi('/app/scorecard');
const ikmRoute = getRouteApi('/app/scorecard/ikm/$ikmId');

/** Supplier scorecard: an IKM sees its own by month; a buyer its suppliers; the programme office every IKM. */
export function ScorecardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('orders.scorecard.title')} description={t('orders.scorecard.description')} />
      {me.kind === 'ikm' ? <IkmScorecardView ikmId={me.organisation.id} /> : <Suppliers buyerOrgId={me.kind === 'buyer' ? me.organisation.id : undefined} />}
    </>
  );
}

function Suppliers({ buyerOrgId }: { buyerOrgId?: string }) {
  const { t } = useTranslation();
  const f = useMetricFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const month = search.month ?? todayJakarta().slice(0, 7);
  const query = useQuery(suppliersScorecardQuery({ buyerOrgId, month }));
  const columns: Column<SupplierScorecard['suppliers'][number]>[] = [
    { id: 'ikm', header: t('orders.ikm'), card: 'title', cell: (s) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/scorecard/ikm/$ikmId" params={{ ikmId: s.orgId }} />}>{s.orgName}</Anchor> },
    { id: 'ppm', header: t('orders.scorecard.ppm'), align: 'right', cell: (s) => <Badge variant="light" color={ppmColor(s.rejectPpm)}>{f.ppm(s)}</Badge> },
    { id: 'otif', header: t('orders.scorecard.otif'), align: 'right', cell: (s) => <Badge variant="light" color={otifColor(s.otifPercent)}>{f.otif(s)}</Badge> },
    { id: 'resp', header: t('orders.scorecard.responsiveness'), align: 'right', cell: (s) => f.hours(s) },
    { id: 'trend', header: t('orders.scorecard.priceTrend'), align: 'right', cell: (s) => f.trend(s) },
    { id: 'recv', header: t('orders.scorecard.receivedRejected'), align: 'right', cell: (s) => `${f.int(s.receivedQty)} / ${f.int(s.rejectedQty)}` },
  ];
  return (
    <Stack gap="md">
      <Group>
        <TextInput type="month" label={t('orders.scorecard.month')} value={month} onChange={(e) => { const v = e.currentTarget.value; if (/^\d{4}-\d{2}$/.test(v)) void navigate({ search: { month: v } }); }} w={200} />
      </Group>
      <QueryView query={query}>
        {(sc) => (
          <Stack gap="md">
            <MetricCards m={sc.totals} />
            {sc.suppliers.length ? <DataTable rows={sc.suppliers} columns={columns} rowKey={(s) => s.orgId} minWidth={760} /> : <Text size="sm" c="dimmed">{t('orders.scorecard.noData')}</Text>}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

/** One IKM's monthly scorecard (from the suppliers list). */
export function IkmScorecardPage() {
  const { t } = useTranslation();
  const { ikmId } = ikmRoute.useParams();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/scorecard" size="sm">← {t('orders.scorecard.back')}</Anchor>
      <PageHeader title={t('orders.scorecard.title')} />
      <IkmScorecardView ikmId={ikmId} showName />
    </Stack>
  );
}
