import { useState } from 'react';
import { Badge, Button, Checkbox, Group, List, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Application, ChecklistItem, Review } from '../../api/finance-types';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { Facts } from './facts';
import { formatRupiah } from './money';
import { useFinanceMutation } from './use-finance-mutation';

const CHECKS = ['identity', 'backing', 'documents', 'capacity', 'exposure', 'cashflow'] as const;

const SCORECARD_KEYS = ['months', 'receivedQty', 'rejectedQty', 'rejectPpm', 'otifPercent', 'posIssued', 'ackHoursMean', 'priceTrendPercent'] as const;

/** The supplier scorecard attached by the server ({ months, totals: { rejectPpm, otifPercent, … } }), the figures an analyst reads. */
function Scorecard({ value }: { value: unknown }) {
  const { t, i18n } = useTranslation();
  if (!value || typeof value !== 'object') return <Text size="sm" c="dimmed">{t('finance.review.noScorecard')}</Text>;
  const v = value as Record<string, unknown>;
  const flat: Record<string, unknown> = { ...v, ...(v.totals && typeof v.totals === 'object' ? (v.totals as Record<string, unknown>) : {}) };
  const num = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  const entries = SCORECARD_KEYS.filter((k) => typeof flat[k] === 'number' || flat[k] === null).map((k) => [k, flat[k]] as const);
  if (!entries.length) return <Text size="sm" c="dimmed">{t('finance.review.noScorecard')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {entries.map(([k, val]) => (
        <List.Item key={k}>{`${t(`finance.scorecard.${k}`)}: ${val === null ? '—' : num.format(val as number)}`}</List.Item>
      ))}
    </List>
  );
}

function ReviewCard({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('finance.review.recommendation')}:</Text>
        <Badge color={review.recommendation === 'approve' ? 'green' : 'red'} variant="light">{t(`finance.review.recommend.${review.recommendation}`, { defaultValue: review.recommendation })}</Badge>
        <Text size="xs" c="dimmed">{formatDateTime(review.reviewedAt, lang)}</Text>
      </Group>
      <Facts
        items={[
          { label: t('finance.review.mentoringLevel'), value: review.mentoringLevel ? t(`finance.mentoringLevel.${review.mentoringLevel}`, { defaultValue: review.mentoringLevel }) : '—' },
          { label: t('finance.review.exposureWithLender'), value: formatRupiah(review.exposureWithLender, lang) },
          { label: t('finance.review.exposureTotal'), value: formatRupiah(review.exposureTotal, lang) },
        ]}
      />
      <Stack gap={4}>
        <Text size="sm" fw={600}>{t('finance.review.checklist')}</Text>
        {review.checklist.map((c) => (
          <Text size="sm" key={c.item}>{`${c.ok ? '✓' : '✗'} ${c.item}${c.note ? ` — ${c.note}` : ''}`}</Text>
        ))}
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>{t('finance.review.scorecard')}</Text>
        <Scorecard value={review.scorecard} />
      </Stack>
      {review.notes && <Text size="sm">{review.notes}</Text>}
    </Stack>
  );
}

function ReviewForm({ app }: { app: Application }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ChecklistItem[]>(() => CHECKS.map((k) => ({ item: t(`finance.review.checks.${k}`), ok: false, note: '' })));
  const [recommendation, setRecommendation] = useState<'approve' | 'reject'>('approve');
  const [notes, setNotes] = useState('');
  const send = useFinanceMutation(() =>
    api.post<Application>(`/api/finance/applications/${app.id}/review`, {
      checklist: items.map((i) => ({ item: i.item, ok: i.ok, note: i.note?.trim() || null })),
      recommendation,
      notes: notes.trim() || null,
    }),
  );
  const set = (idx: number, patch: Partial<ChecklistItem>) => setItems((list) => list.map((x, i) => (i === idx ? { ...x, ...patch } : x)));

  return (
    <Stack gap="sm">
      <FormError message={send.isError ? errorMessage(t, send.error) : null} />
      <Text size="sm" fw={600}>{t('finance.review.checklist')}</Text>
      {items.map((c, idx) => (
        <Stack gap={4} key={c.item}>
          <Checkbox label={c.item} checked={c.ok} onChange={(e) => set(idx, { ok: e.currentTarget.checked })} />
          <TextInput size="xs" ml={30} placeholder={t('finance.note')} aria-label={`${t('finance.note')}: ${c.item}`} value={c.note ?? ''} onChange={(e) => set(idx, { note: e.currentTarget.value })} />
        </Stack>
      ))}
      <Stack gap={4}>
        <Text size="sm" fw={600}>{t('finance.review.recommendation')}</Text>
        <SegmentedControl
          value={recommendation}
          onChange={(v) => setRecommendation(v as 'approve' | 'reject')}
          data={[{ value: 'approve', label: t('finance.review.recommend.approve') }, { value: 'reject', label: t('finance.review.recommend.reject') }]}
        />
      </Stack>
      <Textarea label={t('finance.review.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button onClick={() => send.mutate(undefined)} loading={send.isPending}>{t('finance.review.save')}</Button>
      </Group>
    </Stack>
  );
}

/** The analyst's review: shown to the lender (and programme); the analyst fills it in while the application is submitted. */
export function ReviewSection({ app, canReview }: { app: Application; canReview: boolean }) {
  const { t } = useTranslation();
  const editable = canReview && app.status === 'submitted';
  if (!app.review && !editable) return null;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">{t('finance.review.title')}</Title>
      <Stack>
        {app.review && <ReviewCard review={app.review} />}
        {editable && (app.review ? <Text size="sm" c="dimmed">{t('finance.review.again')}</Text> : null)}
        {editable && <ReviewForm app={app} />}
      </Stack>
    </Paper>
  );
}
