import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoLine } from '../../api/orders-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { formatRupiah } from './money';

/** PO lines with their schedule and running quantities (delivered, accepted, rejected, invoiced). */
export function PoLinesTable({ lines }: { lines: PoLine[] }) {
  const { t, i18n } = useTranslation();
  const columns: Column<PoLine>[] = [
    { id: 'part', header: t('orders.part'), card: 'title', cell: (l) => <Stack gap={0}><Text size="sm" fw={600}>{l.lineNo}. {l.partName}</Text><Text size="xs" c="dimmed">{l.partNumber}</Text></Stack> },
    { id: 'qty', header: t('orders.quantity'), align: 'right', nowrap: true, cell: (l) => `${l.quantity.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')} ${l.uom}` },
    { id: 'price', header: t('orders.unitPrice'), align: 'right', nowrap: true, cell: (l) => formatRupiah(l.unitPrice) },
    { id: 'amount', header: t('orders.amount'), align: 'right', nowrap: true, cell: (l) => formatRupiah(l.amount) },
    {
      id: 'schedule',
      header: t('orders.form.schedule'),
      cell: (l) => (
        <Stack gap={0}>
          {l.schedule.map((s) => (
            <Text key={s.seq} size="xs" c={s.fulfilledOn ? 'green' : undefined}>
              {formatDate(s.date, i18n.language)}: {s.quantity}{s.fulfilledOn ? ' ✓' : ''}
            </Text>
          ))}
        </Stack>
      ),
    },
    { id: 'delivered', header: t('orders.delivered'), align: 'right', cell: (l) => l.deliveredQty },
    { id: 'accepted', header: t('orders.accepted'), align: 'right', cell: (l) => l.acceptedQty },
    { id: 'rejected', header: t('orders.rejected'), align: 'right', cell: (l) => (l.rejectedQty ? <Text size="sm" c="red">{l.rejectedQty}</Text> : 0) },
    { id: 'invoiced', header: t('orders.invoiced'), align: 'right', cell: (l) => l.invoicedQty },
  ];
  return <DataTable rows={lines} columns={columns} rowKey={(l) => l.id} minWidth={980} />;
}
