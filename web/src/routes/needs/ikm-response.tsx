import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Need, Quotation } from '../../api/needs-types';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDateTime } from '../../components/format';
import { FormError, LoadingState } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { errorMessage } from '../../i18n/errors';
import { MoneyInput } from './money-input';
import { formatInteger, formatRupiah } from './money';
import { NeedFiles } from './need-files';
import { needsApi, quotationsQuery } from './queries';
import { useLabels } from './reference';

type Values = { unitPrice: string; toolingCost: string; leadTimeDays: string; capacityPerMonth: string; notes: string };
const INT = /^\d+$/;
const valuesOf = (q?: Quotation): Values => ({ unitPrice: q?.unitPrice ?? '', toolingCost: q?.toolingCost ?? '', leadTimeDays: q ? String(q.leadTimeDays) : '', capacityPerMonth: q ? String(q.capacityPerMonth) : '', notes: q?.notes ?? '' });

function QuotationForm({ need, current, onDone }: { need: Need; current?: Quotation; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const form = useForm<Values>(valuesOf(current), {
    validate: (v) => ({
      unitPrice: !v.unitPrice || v.unitPrice === '0' ? 'needs.validation.price' : undefined,
      leadTimeDays: !INT.test(v.leadTimeDays) ? 'needs.validation.days' : undefined,
      capacityPerMonth: !INT.test(v.capacityPerMonth) || Number(v.capacityPerMonth) < 1 ? 'needs.validation.volume' : undefined,
    }),
  });
  const submit = useMutation({
    mutationFn: (v: Values) => needsApi.submitQuotation(need.id, { unitPrice: v.unitPrice, toolingCost: v.toolingCost || '0', leadTimeDays: Number(v.leadTimeDays), capacityPerMonth: Number(v.capacityPerMonth), notes: v.notes.trim() || null }),
    onSuccess: onDone,
    onError: (e) => form.showError(e),
  });
  const cap = INT.test(form.values.capacityPerMonth) ? Number(form.values.capacityPerMonth) : null;
  const unit = label('capacityUnits', need.unit);
  return (
    <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) submit.mutate(form.values); }}>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MoneyInput label={t('needs.quotation.unitPrice', { unit })} required value={form.values.unitPrice} onChange={(v) => form.setValue('unitPrice', v)} error={form.errorOf('unitPrice')} />
          <MoneyInput label={t('needs.quotation.toolingCost')} description={t('needs.quotation.toolingHint')} value={form.values.toolingCost} onChange={(v) => form.setValue('toolingCost', v)} error={form.errorOf('toolingCost')} />
          <TextInput label={t('needs.quotation.leadTimeDays')} required inputMode="numeric" {...form.text('leadTimeDays')} />
          <TextInput
            label={t('needs.quotation.capacityPerMonth', { unit })}
            required
            inputMode="numeric"
            description={cap !== null ? t(cap >= need.monthlyVolume ? 'needs.quotation.capacityOk' : 'needs.quotation.capacityShort', { capacity: formatInteger(cap, i18n.language), need: formatInteger(need.monthlyVolume, i18n.language) }) : t('needs.quotation.capacityNeed', { need: formatInteger(need.monthlyVolume, i18n.language) })}
            {...form.text('capacityPerMonth')}
          />
        </SimpleGrid>
        <Textarea label={t('needs.quotation.notes')} autosize minRows={2} maxLength={5000} value={form.values.notes} onChange={(e) => form.setValue('notes', e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={submit.isPending}>{current ? t('needs.quotation.revise') : t('needs.quotation.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An IKM answers a need: expresses interest and submits (or revises, or withdraws) its quotation with attachments. */
export function IkmResponse({ need, canAct }: { need: Need; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const queryClient = useQueryClient();
  const quotations = useQuery(quotationsQuery(need.id));
  const [interested, setInterested] = useState<boolean | null>(null);
  const [editing, setEditing] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['needs'] });
  const interest = useMutation({ mutationFn: (on: boolean) => (on ? needsApi.interest(need.id) : needsApi.withdrawInterest(need.id)), onSuccess: (r) => { setInterested(r.interested); refresh(); } });
  if (quotations.isPending) return <LoadingState />;
  const mine = quotations.data?.find((q) => q.status === 'submitted') ?? quotations.data?.[0];
  const unit = label('capacityUnits', need.unit);
  const open = need.isAcceptingQuotations;

  return (
    <Stack gap="md">
      {!open && <Alert color="gray" variant="light">{t('needs.quotation.notAccepting')}</Alert>}
      {open && canAct && !mine && (
        <Card withBorder>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">{interested ? t('needs.interest.recorded') : t('needs.interest.prompt')}</Text>
            <Button size="xs" variant={interested ? 'subtle' : 'light'} loading={interest.isPending} onClick={() => interest.mutate(!interested)}>
              {interested ? t('needs.interest.withdraw') : t('needs.interest.express')}
            </Button>
          </Group>
          {interest.isError && <FormError message={errorMessage(t, interest.error)} />}
        </Card>
      )}
      {mine && (
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={5}>{t('needs.quotation.yours', { reference: mine.reference })}</Title>
              <Badge color={mine.status === 'submitted' ? 'green' : 'gray'} variant="light">{t(`needs.quotation.status.${mine.status}`)} · {t('needs.quotation.revision', { n: mine.revision })}</Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              <Text size="sm">{t('needs.quotation.unitPrice', { unit })}: <b>{formatRupiah(mine.unitPrice)}</b></Text>
              <Text size="sm">{t('needs.quotation.toolingCost')}: <b>{formatRupiah(mine.toolingCost)}</b></Text>
              <Text size="sm">{t('needs.quotation.leadTimeDays')}: <b>{mine.leadTimeDays}</b></Text>
              <Text size="sm">{t('needs.quotation.capacityPerMonth', { unit })}: <b>{formatInteger(mine.capacityPerMonth, i18n.language)}</b></Text>
            </SimpleGrid>
            {mine.notes && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{mine.notes}</Text>}
            <Text size="xs" c="dimmed">{t('needs.quotation.submittedAt', { at: formatDateTime(mine.submittedAt, i18n.language) })}</Text>
            {open && canAct && (
              <Group justify="flex-end" gap="xs">
                {mine.status === 'submitted' && (
                  <ConfirmButton title={t('needs.quotation.withdraw')} message={t('needs.quotation.withdrawConfirm')} confirmLabel={t('needs.quotation.withdraw')} onConfirm={() => needsApi.withdrawQuotation(mine.id)} onDone={refresh} buttonProps={{ variant: 'subtle' }}>
                    {t('needs.quotation.withdraw')}
                  </ConfirmButton>
                )}
                <Button size="xs" variant="light" onClick={() => setEditing((e) => !e)}>{mine.status === 'submitted' ? t('needs.quotation.revise') : t('needs.quotation.resubmit')}</Button>
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {open && canAct && (!mine || editing) && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={5}>{mine ? t('needs.quotation.revise') : t('needs.quotation.title')}</Title>
            <QuotationForm need={need} current={mine} onDone={() => { setEditing(false); refresh(); }} />
          </Stack>
        </Card>
      )}
      {mine && <NeedFiles needId={need.id} quotationId={mine.id} canEdit={canAct && open} title={t('needs.quotation.files')} />}
    </Stack>
  );
}
