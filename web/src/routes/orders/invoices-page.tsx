import { Anchor, SegmentedControl, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { todayJakarta } from '../partnerships/queries';
import { InvoiceStatusBadge } from './badges';
import { formatRupiah } from './money';
import { OrdersTabs } from './orders-tabs';
import { invoicesQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/faktur');

/** Invoices of the organisation (issued to it as buyer, or by it as IKM), with due dates and what is paid. */
export function InvoicesPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(invoicesQuery({ status: search.status, page: search.page ?? 1 }));
  const today = todayJakarta();
  const columns: Column<InvoiceSummary>[] = [
    { id: 'ref', header: t('orders.invoice.reference'), card: 'title', nowrap: true, cell: (i) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/faktur/$invoiceId" params={{ invoiceId: i.id }} />}>{i.reference}</Anchor> },
    { id: 'po', header: t('orders.reference'), nowrap: true, cell: (i) => <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/pesanan/$poId" params={{ poId: i.poId }} />}>{i.poReference}</Anchor> },
    { id: 'party', header: me.kind === 'ikm' ? t('orders.buyer') : me.kind === 'buyer' ? t('orders.ikm') : t('orders.parties'), cell: (i) => <Text size="sm">{me.kind === 'ikm' ? i.buyerName : me.kind === 'buyer' ? i.ikmName : `${i.ikmName ?? '—'} → ${i.buyerName ?? '—'}`}</Text> },
    { id: 'date', header: t('orders.invoice.date'), nowrap: true, cell: (i) => formatDate(i.invoiceDate, i18n.language) },
    { id: 'due', header: t('orders.invoice.due'), nowrap: true, cell: (i) => formatDate(i.dueDate, i18n.language) },
    { id: 'total', header: t('orders.total'), align: 'right', nowrap: true, cell: (i) => formatRupiah(i.total) },
    { id: 'paid', header: t('orders.invoice.paid'), align: 'right', nowrap: true, cell: (i) => formatRupiah(i.paidAmount) },
    { id: 'status', header: t('fields.status'), nowrap: true, cell: (i) => <InvoiceStatusBadge status={i.status} dueDate={i.dueDate} today={today} /> },
  ];
  return (
    <>
      <PageHeader title={t('orders.title')} description={t('orders.invoice.description')} />
      <OrdersTabs value="invoices" />
      <SegmentedControl
        mb="md"
        value={search.status ?? 'all'}
        onChange={(v) => void navigate({ search: { status: v === 'all' ? undefined : (v as 'issued' | 'paid'), page: undefined } })}
        data={[{ value: 'all', label: t('orders.invoice.all') }, { value: 'issued', label: t('orders.invoiceStatus.issued') }, { value: 'paid', label: t('orders.invoiceStatus.paid') }]}
        aria-label={t('fields.status')}
      />
      <QueryView query={query} empty={t('orders.invoice.none')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(i) => i.id} minWidth={900} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
