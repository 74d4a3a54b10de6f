import type { ReactNode } from 'react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { todayJakarta } from '../partnerships/queries';
import { InvoiceStatusBadge } from './badges';
import { formatRupiah } from './money';
import { PaymentButton } from './payment-modal';
import { PoTotals } from './po-totals';
import { invoiceQuery, pdfUrl } from './queries';

const route = getRouteApi('/app/faktur/$invoiceId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{children}</div>
    </Stack>
  );
}

/** One invoice: lines, PPN, total in words, payments and what is outstanding; the buyer's admin records payments. */
export function InvoicePage() {
  const { invoiceId } = route.useParams();
  const query = useQuery(invoiceQuery(invoiceId));
  return <QueryView query={query}>{(inv) => <InvoiceView inv={inv} />}</QueryView>;
}

function InvoiceView({ inv }: { inv: Invoice }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const canPay = me.organisation.id === inv.buyerOrgId && me.roles.includes('admin') && inv.status !== 'paid';
  const lineColumns: Column<Invoice['lines'][number]>[] = [
    { id: 'part', header: t('orders.part'), card: 'title', cell: (l) => `${l.lineNo}. ${l.partName} (${l.partNumber})` },
    { id: 'qty', header: t('orders.quantity'), align: 'right', nowrap: true, cell: (l) => `${l.quantity} ${l.uom}` },
    { id: 'price', header: t('orders.unitPrice'), align: 'right', nowrap: true, cell: (l) => formatRupiah(l.unitPrice) },
    { id: 'amount', header: t('orders.amount'), align: 'right', nowrap: true, cell: (l) => formatRupiah(l.amount) },
  ];
  const payColumns: Column<Invoice['payments'][number]>[] = [
    { id: 'date', header: t('orders.payment.date'), card: 'title', nowrap: true, cell: (p) => formatDate(p.paidOn, i18n.language) },
    { id: 'amount', header: t('orders.payment.amount'), align: 'right', nowrap: true, cell: (p) => formatRupiah(p.amount) },
    { id: 'method', header: t('orders.payment.method'), cell: (p) => t(`orders.payment.methods.${p.method}`, { defaultValue: p.method }) },
    { id: 'ref', header: t('orders.payment.reference'), cell: (p) => p.externalRef ?? '—' },
    { id: 'at', header: t('orders.payment.recordedAt'), nowrap: true, cell: (p) => formatDateTime(p.createdAt, i18n.language) },
  ];
  return (
    <Stack gap="lg">
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/pesanan/$poId" params={{ poId: inv.poId }} />}>← {t('orders.invoice.backToPo', { reference: inv.poReference })}</Anchor>
      <PageHeader
        title={inv.reference}
        actions={
          <Group gap="xs">
            <Button component="a" href={pdfUrl.invoice(inv.id)} target="_blank" rel="noopener" variant="default">{t('orders.pdf.invoice')}</Button>
            {canPay && <PaymentButton invoice={inv} onDone={(next) => { queryClient.setQueryData(['orders', 'invoice', inv.id], next); void queryClient.invalidateQueries({ queryKey: ['orders'] }); }} />}
          </Group>
        }
      />
      <Group gap="xs" mt={-16}><InvoiceStatusBadge status={inv.status} dueDate={inv.dueDate} today={todayJakarta()} /></Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Field label={t('orders.invoice.from')}>{inv.ikmName}</Field>
          <Field label={t('orders.invoice.to')}>{inv.buyerName}</Field>
          <Field label={t('orders.invoice.date')}>{formatDate(inv.invoiceDate, i18n.language)}</Field>
          <Field label={t('orders.invoice.due')}>{formatDate(inv.dueDate, i18n.language)}</Field>
          <Field label={t('orders.invoice.supplierNo')}>{inv.supplierInvoiceNo ?? '—'}</Field>
          <Field label={t('orders.invoice.paid')}>{formatRupiah(inv.paidAmount)}</Field>
          <Field label={t('orders.invoice.outstanding')}><strong>{formatRupiah(inv.outstanding)}</strong></Field>
          <Field label={t('orders.invoice.paidAt')}>{formatDateTime(inv.paidAt, i18n.language)}</Field>
        </SimpleGrid>
      </Card>
      <DataTable rows={inv.lines} columns={lineColumns} rowKey={(l) => l.id} minWidth={560} />
      <Card withBorder><PoTotals subtotal={inv.subtotal} ppn={inv.ppnAmount} total={inv.total} rate={inv.ppnRate} words={inv.amountInWords} /></Card>
      <Stack gap="xs">
        <Title order={3}>{t('orders.payment.title2')}</Title>
        {inv.payments.length ? <DataTable rows={inv.payments} columns={payColumns} rowKey={(p) => p.id} minWidth={640} /> : <Text size="sm" c="dimmed">{t('orders.payment.none')}</Text>}
      </Stack>
    </Stack>
  );
}
