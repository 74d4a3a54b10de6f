import { Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../api/orders-types';
import { formatDateTime } from '../../components/format';
import { formatRupiah } from './money';
import { revisionsQuery } from './queries';

/** Revisions after acknowledgement, newest first: the reason and what the previous version's total was. */
export function PoRevisions({ po }: { po: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ ...revisionsQuery(po.id), enabled: po.revision > 0 });
  if (po.revision === 0) return <Text size="sm" c="dimmed">{t('orders.revisions.none')}</Text>;
  if (!q.data) return null;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={q.data.length}>
      {q.data.map((r) => {
        const prev = (r.previous ?? {}) as { total?: string; lines?: { partNumber: string; quantity: number; unitPrice: string }[] };
        return (
          <Timeline.Item key={r.id} title={<Text size="sm" fw={600}>{t('orders.revisions.item', { n: r.revision })}</Text>}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{r.reason}</Text>
            {prev.total && <Text size="xs" c="dimmed">{t('orders.revisions.previousTotal', { total: formatRupiah(prev.total) })}</Text>}
            {prev.lines && <Text size="xs" c="dimmed">{prev.lines.map((l) => `${l.partNumber}: ${l.quantity} × ${formatRupiah(l.unitPrice)}`).join(' · ')}</Text>}
            <Text size="xs" c="dimmed">{formatDateTime(r.changedAt, i18n.language)}</Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
