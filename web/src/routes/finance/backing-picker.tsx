import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MouSummary, PoSummary } from '../../api/finance-types';
import { LoadingState } from '../../components/states';
import { formatRupiah, shareOf } from './money';
import { myMousQuery, myPosQuery } from './queries';

export type Backing = { kind: 'po' | 'mou'; id: string };

const PO_NOT_FINANCEABLE = new Set(['draft', 'cancelled', 'rejected', 'paid', 'closed']);
const MOU_FINANCEABLE = new Set(['signed', 'active']);

/** The IKM picks the POs and MoUs with its buyers that back the application (the closed loop). */
export function BackingPicker({ value, onChange, share, error }: { value: Backing[]; onChange: (v: Backing[]) => void; share: string | null; error?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pos = useQuery(myPosQuery());
  const mous = useQuery(myMousQuery());
  const on = (b: Backing) => value.some((v) => v.kind === b.kind && v.id === b.id);
  const toggle = (b: Backing, checked: boolean) => onChange(checked ? [...value, b] : value.filter((v) => !(v.kind === b.kind && v.id === b.id)));

  const poItems: PoSummary[] = (pos.data?.items ?? []).filter((p) => !PO_NOT_FINANCEABLE.has(p.status));
  const mouItems: MouSummary[] = (mous.data?.items ?? []).filter((m) => MOU_FINANCEABLE.has(m.status));

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">{t('finance.apply.backings')}</Text>
      <Text size="xs" c="dimmed">{t('finance.apply.backingsHint')}</Text>
      {(pos.isPending || mous.isPending) && <LoadingState />}
      <Stack gap={6} role="group" aria-label={t('finance.apply.pos')}>
        <Text size="sm" c="dimmed">{t('finance.apply.pos')}</Text>
        {!pos.isPending && !poItems.length && <Text size="sm" c="dimmed">{pos.isError ? t('finance.apply.posUnavailable') : t('finance.apply.noPos')}</Text>}
        {poItems.map((p) => (
          <Checkbox
            key={p.id}
            checked={on({ kind: 'po', id: p.id })}
            onChange={(e) => toggle({ kind: 'po', id: p.id }, e.currentTarget.checked)}
            label={`${p.reference}${p.buyerName ? ` · ${p.buyerName}` : ''}`}
            description={p.total ? (share ? t('finance.apply.poValue', { value: formatRupiah(p.total, lang), financeable: formatRupiah(shareOf(p.total, share), lang) }) : t('finance.apply.poValueOnly', { value: formatRupiah(p.total, lang) })) : undefined}
          />
        ))}
      </Stack>
      <Stack gap={6} role="group" aria-label={t('finance.apply.mous')}>
        <Text size="sm" c="dimmed">{t('finance.apply.mous')}</Text>
        {!mous.isPending && !mouItems.length && <Text size="sm" c="dimmed">{t('finance.apply.noMous')}</Text>}
        {mouItems.map((m) => (
          <Checkbox
            key={m.id}
            checked={on({ kind: 'mou', id: m.id })}
            onChange={(e) => toggle({ kind: 'mou', id: m.id }, e.currentTarget.checked)}
            label={`${m.reference} · ${m.title}`}
            description={m.totalMarketAccessPerYear !== '0' ? t('finance.apply.mouValue', { value: formatRupiah(m.totalMarketAccessPerYear, lang) }) : undefined}
          />
        ))}
      </Stack>
      {error && <Alert color="red" variant="light" role="alert" p="xs">{error}</Alert>}
    </Stack>
  );
}
