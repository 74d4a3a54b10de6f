import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { LoadingState } from '../../components/states';
import { todayJakarta } from '../partnerships/queries';
import { isEditor } from './access';
import { InvoiceStatusBadge } from './badges';
import { formatRupiah } from './money';
import { PaymentButton } from './payment-modal';
import { pdfUrl, receiptQuery } from './queries';
import { ReceiptButton } from './receipt-modal';

type Note = PurchaseOrder['deliveryNotes'][number];
type Receipt = PurchaseOrder['receipts'][number];
type Inv = PurchaseOrder['invoices'][number];

/** Delivery notes of the PO; the buyer records the goods receipt of each. */
export function DeliveryNotesTable({ po, onChange }: { po: PurchaseOrder; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canReceive = me.organisation.id === po.buyerOrgId && isEditor(me);
  const columns: Column<Note>[] = [
    { id: 'ref', header: t('orders.delivery.reference'), card: 'title', nowrap: true, cell: (n) => <Anchor href={pdfUrl.deliveryNote(n.id)} target="_blank" rel="noopener" title={t('orders.pdf.deliveryNote')}>{n.reference}</Anchor> },
    { id: 'date', header: t('orders.delivery.date'), nowrap: true, cell: (n) => formatDate(n.deliveredOn, i18n.language) },
    { id: 'qty', header: t('orders.delivery.qty'), align: 'right', cell: (n) => n.quantity },
    { id: 'received', header: t('orders.receipt.received'), cell: (n) => (n.receivedQty >= n.quantity ? <Badge size="sm" color="green" variant="light">{t('orders.receipt.done')}</Badge> : <Badge size="sm" color="orange" variant="light">{t('orders.receipt.pending', { n: n.quantity - n.receivedQty })}</Badge>) },
    {
      id: 'actions', header: t('common.actions'), card: 'actions', align: 'right',
      cell: (n) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Anchor size="xs" href={pdfUrl.deliveryNote(n.id)} target="_blank" rel="noopener">PDF</Anchor>
          {canReceive && n.receivedQty < n.quantity && <ReceiptButton noteId={n.id} reference={n.reference} onDone={onChange} />}
        </Group>
      ),
    },
  ];
  if (!po.deliveryNotes.length) return <Text size="sm" c="dimmed">{t('orders.delivery.none')}</Text>;
  return <DataTable rows={po.deliveryNotes} columns={columns} rowKey={(n) => n.id} minWidth={640} />;
}

function ReceiptDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery(receiptQuery(id));
  if (!q.data) return <LoadingState />;
  return (
    <Stack gap={2}>
      {q.data.lines.map((l) => (
        <Text key={l.id} size="sm">
          {l.lineNo}. {l.partName}: {t('orders.receipt.lineSummary', { accepted: l.acceptedQty, rejected: l.rejectedQty })}
          {l.rejectReason ? ` — ${l.rejectReason}` : ''}
        </Text>
      ))}
    </Stack>
  );
}

/** Goods receipts: accepted and rejected quantities (reasons in the details). */
export function ReceiptsTable({ po }: { po: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const columns: Column<Receipt>[] = [
    { id: 'ref', header: t('orders.receipt.reference'), card: 'title', nowrap: true, cell: (r) => r.reference },
    { id: 'date', header: t('orders.receipt.date'), nowrap: true, cell: (r) => formatDate(r.receivedOn, i18n.language) },
    { id: 'acc', header: t('orders.accepted'), align: 'right', cell: (r) => r.acceptedQty },
    { id: 'rej', header: t('orders.rejected'), align: 'right', cell: (r) => (r.rejectedQty ? <Text size="sm" c="red">{r.rejectedQty}</Text> : 0) },
  ];
  if (!po.receipts.length) return <Text size="sm" c="dimmed">{t('orders.receipt.none')}</Text>;
  return <DataTable rows={po.receipts} columns={columns} rowKey={(r) => r.id} minWidth={560} details={(r) => <ReceiptDetails id={r.id} />} />;
}

/** Invoices of the PO with due dates and payments; the buyer's admin records payments. */
export function InvoicesTable({ po, onChange }: { po: PurchaseOrder; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canPay = me.organisation.id === po.buyerOrgId && me.roles.includes('admin');
  const today = todayJakarta();
  const columns: Column<Inv>[] = [
    { id: 'ref', header: t('orders.invoice.reference'), card: 'title', nowrap: true, cell: (i) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/faktur/$invoiceId" params={{ invoiceId: i.id }} />}>{i.reference}</Anchor> },
    { id: 'date', header: t('orders.invoice.date'), nowrap: true, cell: (i) => formatDate(i.invoiceDate, i18n.language) },
    { id: 'due', header: t('orders.invoice.due'), nowrap: true, cell: (i) => formatDate(i.dueDate, i18n.language) },
    { id: 'total', header: t('orders.total'), align: 'right', nowrap: true, cell: (i) => formatRupiah(i.total) },
    { id: 'paid', header: t('orders.invoice.paid'), align: 'right', nowrap: true, cell: (i) => formatRupiah(i.paidAmount) },
    { id: 'status', header: t('fields.status'), nowrap: true, cell: (i) => <InvoiceStatusBadge status={i.status} dueDate={i.dueDate} today={today} /> },
    {
      id: 'actions', header: t('common.actions'), card: 'actions', align: 'right',
      cell: (i) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Anchor size="xs" href={pdfUrl.invoice(i.id)} target="_blank" rel="noopener">PDF</Anchor>
          {canPay && i.status !== 'paid' && <PaymentButton invoice={i} onDone={onChange} />}
        </Group>
      ),
    },
  ];
  if (!po.invoices.length) return <Text size="sm" c="dimmed">{t('orders.invoice.none')}</Text>;
  return <DataTable rows={po.invoices} columns={columns} rowKey={(i) => i.id} minWidth={820} />;
}
