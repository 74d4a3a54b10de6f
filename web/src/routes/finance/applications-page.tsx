import { Anchor, Button, Group, Paper, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus, type ApplicationSummary } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { financeAbilities } from './access';
import { StageBadge } from './labels';
import { formatRupiah } from './money';
import { applicationsQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/pembiayaan/pengajuan');

/** Credit applications: the lender's queue, the IKM's own, the buyer's to confirm, or all (programme). */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(applicationsQuery({ status: search.status, page }));
  const lang = i18n.language;

  const columns: Column<ApplicationSummary>[] = [
    {
      id: 'ref',
      header: t('finance.reference'),
      card: 'title',
      nowrap: true,
      cell: (a) => <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/pembiayaan/pengajuan/$applicationId" params={{ applicationId: a.id }} />}>{a.reference}</Anchor>,
    },
    ...(me.kind === 'ikm' ? [] : [{ id: 'ikm', header: t('finance.ikm'), cell: (a: ApplicationSummary) => a.ikmName }]),
    ...(me.kind === 'lender' ? [] : [{ id: 'lender', header: t('finance.lender'), cell: (a: ApplicationSummary) => a.lenderName }]),
    { id: 'amount', header: t('finance.amount'), align: 'right', nowrap: true, cell: (a) => formatRupiah(a.amount, lang) },
    { id: 'term', header: t('finance.term'), nowrap: true, cell: (a) => (a.repaidOn ? t('finance.until', { date: formatDate(a.repaidOn, lang) }) : t('finance.monthsCount', { count: a.tenorMonths ?? 0 })) },
    { id: 'stage', header: t('finance.status'), nowrap: true, cell: (a) => <StageBadge stage={a.stage} /> },
    { id: 'submitted', header: t('finance.submittedAt'), nowrap: true, cell: (a) => formatDate(a.submittedAt ?? a.createdAt, lang) },
  ];

  const description = { lender: 'finance.applications.descriptionLender', ikm: 'finance.applications.descriptionIkm', buyer: 'finance.applications.descriptionBuyer', mentor: 'finance.applications.descriptionBuyer', programme: 'finance.applications.descriptionProgramme' }[me.kind];

  return (
    <>
      <PageHeader
        title={t('finance.applications.title')}
        description={t(description)}
        actions={can.apply && <Button renderRoot={(props) => <Link {...props} to="/pembiayaan/pengajuan/baru" search={{}} />}>{t('finance.apply.title')}</Button>}
      />
      <Paper withBorder p="sm" mb="md">
        <Group>
          <Select
            label={t('finance.status')}
            placeholder={t('finance.all')}
            clearable
            data={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`finance.applicationStatus.${s}`) }))}
            value={search.status ?? null}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, status: (v ?? undefined) as ApplicationStatus | undefined, page: undefined }) })}
            style={{ flex: '0 1 240px' }}
          />
        </Group>
      </Paper>
      <QueryView query={query} empty={t('finance.applications.empty')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(a) => a.id} minWidth={760} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
