import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IkmPicker } from '../orders/ikm-picker';
import { formatRupiah, sumRupiah } from '../orders/money';
import { RupiahInput } from '../orders/rupiah-input';

export interface IkmRow {
  key: string;
  orgId: string | null;
  name: string;
  marketAccessPerYear: string;
  signatoryName: string;
  signatoryTitle: string;
}

let seq = 0;
export const emptyIkmRow = (): IkmRow => ({ key: `r${++seq}`, orgId: null, name: '', marketAccessPerYear: '', signatoryName: '', signatoryTitle: '' });

/** The IKM parties of an MoU: each with its market-access share per year; the total updates as you type. */
export function MouIkmRows({ rows, onChange, error }: { rows: IkmRow[]; onChange: (rows: IkmRow[]) => void; error?: string | null }) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<IkmRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = sumRupiah(rows.map((r) => r.marketAccessPerYear));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>{t('partnerships.ikmParties')}</Text>
        <Text size="sm">
          {t('partnerships.total')}: <strong data-testid="mou-form-total">{formatRupiah(total)}</strong>
        </Text>
      </Group>
      {error && <Text c="red" size="sm" role="alert">{error}</Text>}
      {rows.map((r, i) => (
        <Card key={r.key} withBorder padding="sm">
          <Group justify="space-between" mb={4}>
            <Text size="sm" c="dimmed">{t('partnerships.ikmNo', { n: i + 1 })}</Text>
            {rows.length > 1 && (
              <ActionIcon variant="subtle" color="red" aria-label={t('partnerships.removeIkm', { n: i + 1 })} onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                ×
              </ActionIcon>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <IkmPicker
              label={t('partnerships.ikm')}
              required
              value={r.orgId}
              initial={r.orgId ? [{ id: r.orgId, name: r.name }] : []}
              onChange={(ikm) => set(r.key, { orgId: ikm?.id ?? null, name: ikm?.name ?? '' })}
              placeholder={t('partnerships.ikmSearch')}
            />
            <RupiahInput label={t('partnerships.marketAccess')} required value={r.marketAccessPerYear} onChange={(v) => set(r.key, { marketAccessPerYear: v })} />
            <TextInput label={t('partnerships.signatoryName')} value={r.signatoryName} onChange={(e) => set(r.key, { signatoryName: e.currentTarget.value })} />
            <TextInput label={t('partnerships.signatoryTitle')} value={r.signatoryTitle} onChange={(e) => set(r.key, { signatoryTitle: e.currentTarget.value })} />
          </SimpleGrid>
        </Card>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyIkmRow()])}>
          {t('partnerships.addIkm')}
        </Button>
      </Group>
    </Stack>
  );
}
