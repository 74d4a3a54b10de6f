import { Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorecardMetrics } from '../../api/orders-types';
import { intlLocale } from '../../i18n';

export function useMetricFormat() {
  const { t, i18n } = useTranslation();
  const loc = intlLocale(i18n.language);
  const int = new Intl.NumberFormat(loc, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(loc, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(loc, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    ppm: (m: ScorecardMetrics) => (m.rejectPpm === null ? '—' : int.format(m.rejectPpm)),
    otif: (m: ScorecardMetrics) => (m.otifPercent === null ? '—' : `${one.format(m.otifPercent)}%`),
    hours: (m: ScorecardMetrics) => (m.ackHoursMean === null ? '—' : t('orders.scorecard.hours', { n: one.format(m.ackHoursMean) })),
    trend: (m: ScorecardMetrics) => (m.priceTrendPercent === null ? '—' : `${signed.format(m.priceTrendPercent)}%`),
    int: (n: number) => int.format(n),
  };
}

export const ppmColor = (v: number | null) => (v === null ? 'gray' : v <= 500 ? 'green' : v <= 5000 ? 'yellow' : 'red');
export const otifColor = (v: number | null) => (v === null ? 'gray' : v >= 95 ? 'green' : v >= 85 ? 'yellow' : 'red');

/** Quality, delivery, responsiveness and price trend of a period as four cards. */
export function MetricCards({ m }: { m: ScorecardMetrics }) {
  const { t } = useTranslation();
  const f = useMetricFormat();
  const card = (label: string, value: string, hint: string, color?: string) => (
    <Card withBorder padding="sm">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">{label}</Text>
        {color ? <Badge size="lg" variant="light" color={color}>{value}</Badge> : <Text fw={700} size="lg">{value}</Text>}
        <Text size="xs" c="dimmed">{hint}</Text>
      </Stack>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {card(t('orders.scorecard.quality'), f.ppm(m), t('orders.scorecard.qualityHint', { rejected: f.int(m.rejectedQty), received: f.int(m.receivedQty) }), ppmColor(m.rejectPpm))}
      {card(t('orders.scorecard.delivery'), f.otif(m), t('orders.scorecard.deliveryHint', { ok: m.scheduleOnTimeInFull, due: m.scheduleDue }), otifColor(m.otifPercent))}
      {card(t('orders.scorecard.responsiveness'), f.hours(m), t('orders.scorecard.responsivenessHint', { acked: m.posAcknowledged, issued: m.posIssued }))}
      {card(t('orders.scorecard.priceTrend'), f.trend(m), t('orders.scorecard.priceTrendHint'))}
    </SimpleGrid>
  );
}
