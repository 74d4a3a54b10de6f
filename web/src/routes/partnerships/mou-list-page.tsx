import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MOU_STATUSES, type MouStatus, type MouSummary } from '../../api/partnerships-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { FilterPanel } from '../../components/filter-panel';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { formatRupiah } from '../orders/money';
import { isMouEditor } from './access';
import { MouStatusBadge, RenewalBadge } from './mou-badges';
import { mousQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/mou');

/** MoUs the organisation is a party to (programme staff: all), with status, value and signatures. */
export function MouListPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const page = search.page ?? 1;
  useEffect(() => {
    if ((debounced.trim() || undefined) !== search.q) void navigate({ search: (s) => ({ ...s, q: debounced.trim() || undefined, page: undefined }), replace: true });
  }, [debounced, search.q, navigate]);
  const query = useQuery(mousQuery({ status: search.status, q: search.q, page }));

  const columns: Column<MouSummary>[] = [
    {
      id: 'reference',
      header: t('partnerships.reference'),
      card: 'title',
      nowrap: true,
      cell: (m) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/mou/$mouId" params={{ mouId: m.id }} />}>{m.reference}</Anchor>,
    },
    { id: 'title', header: t('partnerships.titleField'), cell: (m) => <Text size="sm" lineClamp={2}>{m.title}</Text> },
    { id: 'status', header: t('fields.status'), nowrap: true, cell: (m) => <Group gap={4}><MouStatusBadge status={m.status} /><RenewalBadge mou={m} /></Group> },
    { id: 'period', header: t('partnerships.period'), nowrap: true, cell: (m) => `${formatDate(m.startDate, i18n.language)} – ${formatDate(m.endDate, i18n.language)}` },
    { id: 'value', header: t('partnerships.marketAccessShort'), align: 'right', nowrap: true, cell: (m) => formatRupiah(m.totalMarketAccessPerYear) },
    { id: 'signed', header: t('partnerships.signatures'), align: 'right', cell: (m) => t('partnerships.signedOf', { signed: m.signedCount, total: m.partyCount }) },
  ];

  return (
    <>
      <PageHeader
        title={t('partnerships.title')}
        description={t('partnerships.description')}
        actions={isMouEditor(me) && <Button component={Link} to="/mou/baru">{t('partnerships.create')}</Button>}
      />
      <FilterPanel activeCount={(search.q ? 1 : 0) + (search.status ? 1 : 0)}>
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('common.search')} placeholder={t('partnerships.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 220px' }} />
          <Select
            label={t('fields.status')}
            data={[{ value: '', label: t('partnerships.allStatuses') }, ...MOU_STATUSES.map((s) => ({ value: s, label: t(`partnerships.status.${s}`) }))]}
            value={search.status ?? ''}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, status: (v || undefined) as MouStatus | undefined, page: undefined }) })}
            allowDeselect={false}
            style={{ flex: '0 1 220px' }}
          />
        </Group>
      </Paper>
      </FilterPanel>
      <QueryView query={query} empty={t('partnerships.none')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(m) => m.id} minWidth={820} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
