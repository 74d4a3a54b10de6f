import { useEffect, useState } from 'react';
import { Anchor, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PO_STATUSES, type PoStatus, type PoSummary } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { canAccess } from '../../access';
import { DataTable, type Column } from '../../components/data-table';
import { FilterPanel } from '../../components/filter-panel';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { PO_CREATOR } from './access';
import { PoStatusBadge } from './badges';
import { formatRupiah } from './money';
import { OrdersTabs } from './orders-tabs';
import { PAGE_SIZE, posQuery } from './queries';

const route = getRouteApi('/app/pesanan');

/** Purchase orders of the organisation (as buyer or IKM; programme: all), with delivery and invoicing progress. */
export function OrdersPage() {
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
  const query = useQuery(posQuery({ status: search.status, open: search.open, q: search.q, page }));

  const counterpart = (p: PoSummary) => (me.kind === 'ikm' ? p.buyerName : me.kind === 'buyer' ? p.ikmName : `${p.buyerName ?? '—'} → ${p.ikmName ?? '—'}`);
  const columns: Column<PoSummary>[] = [
    {
      id: 'reference',
      header: t('orders.reference'),
      card: 'title',
      nowrap: true,
      cell: (p) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/pesanan/$poId" params={{ poId: p.id }} />}>{p.reference}{p.revision ? ` (rev. ${p.revision})` : ''}</Anchor>,
    },
    { id: 'party', header: me.kind === 'ikm' ? t('orders.buyer') : me.kind === 'buyer' ? t('orders.ikm') : t('orders.parties'), cell: (p) => <Text size="sm" lineClamp={2}>{counterpart(p) ?? '—'}</Text> },
    { id: 'date', header: t('orders.orderDate'), nowrap: true, cell: (p) => formatDate(p.orderDate, i18n.language) },
    { id: 'total', header: t('orders.total'), align: 'right', nowrap: true, cell: (p) => formatRupiah(p.total) },
    {
      id: 'progress',
      header: t('orders.progress'),
      cell: (p) => (
        <Stack gap={0}>
          <Text size="xs">{t('orders.progressDelivered', { n: p.deliveredQty, of: p.orderedQty })}</Text>
          <Text size="xs">{t('orders.progressAccepted', { n: p.acceptedQty })} · {t('orders.progressInvoiced', { n: p.invoicedQty })}</Text>
        </Stack>
      ),
    },
    { id: 'next', header: t('orders.nextDue'), nowrap: true, cell: (p) => formatDate(p.nextDueDate, i18n.language) },
    { id: 'status', header: t('fields.status'), nowrap: true, cell: (p) => <PoStatusBadge status={p.status} /> },
  ];

  return (
    <>
      <PageHeader title={t('orders.title')} description={t('orders.description')} actions={canAccess(me, PO_CREATOR) && <Button component={Link} to="/pesanan/baru">{t('orders.create')}</Button>} />
      <OrdersTabs value="pos" />
      <FilterPanel activeCount={(search.q ? 1 : 0) + (search.status ? 1 : 0) + (search.open ? 1 : 0)}>
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('common.search')} placeholder={t('orders.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 200px' }} />
          <Select
            label={t('fields.status')}
            data={[{ value: '', label: t('orders.allStatuses') }, ...PO_STATUSES.map((s) => ({ value: s, label: t(`orders.poStatus.${s}`) }))]}
            value={search.status ?? ''}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, status: (v || undefined) as PoStatus | undefined, page: undefined }) })}
            allowDeselect={false}
            style={{ flex: '0 1 200px' }}
          />
          <Checkbox mb={8} label={t('orders.openOnly')} checked={!!search.open} onChange={(e) => { const open = e.currentTarget.checked || undefined; void navigate({ search: (s) => ({ ...s, open, page: undefined }) }); }} />
        </Group>
      </Paper>
      </FilterPanel>
      <QueryView query={query} empty={t('orders.none')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(p) => p.id} minWidth={900} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
