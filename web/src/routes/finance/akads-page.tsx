import { Anchor, Group, Paper, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AKAD_STATUSES, type AkadStatus, type AkadSummary } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { AkadStatusBadge, CollectibilityBadge } from './labels';
import { formatRate, formatRupiah } from './money';
import { akadsQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/pembiayaan/akad');

/** Akad kredit: the lender's, the IKM's own, or all (programme). */
export function AkadsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(akadsQuery({ status: search.status, page: search.page ?? 1 }));

  const columns: Column<AkadSummary>[] = [
    { id: 'ref', header: t('finance.reference'), card: 'title', nowrap: true, cell: (a) => <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/pembiayaan/akad/$akadId" params={{ akadId: a.id }} />}>{a.reference}</Anchor> },
    ...(me.kind === 'ikm' ? [] : [{ id: 'ikm', header: t('finance.ikm'), cell: (a: AkadSummary) => a.ikmName }]),
    ...(me.kind === 'lender' ? [] : [{ id: 'lender', header: t('finance.lender'), cell: (a: AkadSummary) => a.lenderName }]),
    { id: 'buyer', header: t('finance.buyer'), cell: (a) => a.buyerName },
    { id: 'principal', header: t('finance.akad.principal'), align: 'right', nowrap: true, cell: (a) => formatRupiah(a.principal, lang) },
    { id: 'terms', header: t('finance.akad.terms'), nowrap: true, cell: (a) => `${formatRate(a.annualRate, lang)} · ${t(`finance.method.${a.method}`)}` },
    { id: 'outstanding', header: t('finance.akad.outstanding'), align: 'right', nowrap: true, cell: (a) => formatRupiah(a.balances.outstandingPrincipal, lang) },
    { id: 'status', header: t('finance.status'), nowrap: true, cell: (a) => <AkadStatusBadge status={a.status} /> },
    { id: 'coll', header: t('finance.akad.collectibility'), nowrap: true, cell: (a) => (a.status === 'disbursed' ? <CollectibilityBadge value={a.collectibility} /> : '—') },
    { id: 'signed', header: t('finance.akad.signedAt'), nowrap: true, cell: (a) => formatDate(a.signedAt, lang) },
  ];

  return (
    <>
      <PageHeader title={t('finance.akad.title')} description={t('finance.akad.description')} />
      <Paper withBorder p="sm" mb="md">
        <Group>
          <Select
            label={t('finance.status')}
            placeholder={t('finance.all')}
            clearable
            data={AKAD_STATUSES.map((s) => ({ value: s, label: t(`finance.akadStatus.${s}`) }))}
            value={search.status ?? null}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, status: (v ?? undefined) as AkadStatus | undefined, page: undefined }) })}
            style={{ flex: '0 1 240px' }}
          />
        </Group>
      </Paper>
      <QueryView query={query} empty={t('finance.akad.empty')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(a) => a.id} minWidth={1000} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
