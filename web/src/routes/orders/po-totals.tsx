import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from './money';

/** Subtotal, PPN (shown separately) and total; optionally the amount in words. */
export function PoTotals({ subtotal, ppn, total, rate, words }: { subtotal: string | bigint; ppn: string | bigint; total: string | bigint; rate: string; words?: string }) {
  const { t } = useTranslation();
  const row = (label: string, value: string | bigint, strong = false, testId?: string) => (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : 400}>{label}</Text>
      <Text size="sm" fw={strong ? 700 : 400} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>{formatRupiah(value)}</Text>
    </Group>
  );
  return (
    <Stack gap={4} ml="auto" w="100%" maw={420}>
      {row(t('orders.subtotal'), subtotal)}
      {row(t('orders.ppn', { rate }), ppn)}
      {row(t('orders.total'), total, true, 'po-total')}
      {words && <Text size="xs" c="dimmed" fs="italic" ta="right">{t('orders.inWords', { words })}</Text>}
    </Stack>
  );
}
