import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Application, ApplicationDocument, ApplicationInput } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { BackingPicker, type Backing } from './backing-picker';
import { DocumentsField } from './documents-field';
import { Facts } from './facts';
import { MoneyInput } from './money-input';
import { formatRate, formatRupiah, toBig } from './money';
import { productsQuery } from './queries';

const route = getRouteApi('/app/pembiayaan/pengajuan/baru');

interface Values extends Record<string, unknown> {
  productId: string;
  amount: string;
  tenorMonths: number | string;
  repaidOn: string;
  graceMonths: number | string;
  purpose: string;
  underlyings: Backing[];
  documents: ApplicationDocument[];
}

/** The IKM applies for a product, backed by its POs/MoUs, with the documents the product requires. */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const products = useQuery(productsQuery({ activeOnly: true, pageSize: 100 }));
  const form = useForm<Values>(
    { productId: search.productId ?? '', amount: '', tenorMonths: '', repaidOn: '', graceMonths: 0, purpose: '', underlyings: [], documents: [] },
    {
      fieldAliases: { 'underlyings.0.id': 'underlyings', 'underlyings.1.id': 'underlyings', 'underlyings.2.id': 'underlyings' },
      validate: (v) => {
        const p = products.data?.items.find((x) => x.id === v.productId);
        const amount = toBig(v.amount);
        const tenor = Number(v.tenorMonths);
        return {
          productId: p ? undefined : 'validation.required',
          amount: !p || amount === 0n ? 'finance.validation.amount' : amount < toBig(p.minAmount) || amount > toBig(p.maxAmount) ? 'finance.validation.amountOutOfRange' : undefined,
          tenorMonths: p && p.kind === 'instalment' && !(Number.isInteger(tenor) && tenor >= p.minTenorMonths && tenor <= p.maxTenorMonths) ? 'finance.validation.tenorOutOfRange' : undefined,
          repaidOn: p && p.kind === 'bullet' && !/^\d{4}-\d{2}-\d{2}$/.test(v.repaidOn) ? 'validation.required' : undefined,
          purpose: v.purpose.trim() ? undefined : 'validation.required',
          underlyings: v.underlyings.length ? undefined : 'finance.validation.backingRequired',
          documents: p && p.requiredDocuments.some((k) => !v.documents.some((d) => d.kind === k)) ? 'finance.validation.documentsMissing' : undefined,
        };
      },
    },
  );
  const product = products.data?.items.find((x) => x.id === form.values.productId);

  const save = useMutation({
    mutationFn: async ({ submit }: { submit: boolean }) => {
      const v = form.values;
      const body: ApplicationInput = {
        productId: v.productId,
        amount: v.amount,
        tenorMonths: product?.kind === 'instalment' ? Number(v.tenorMonths) : null,
        repaidOn: product?.kind === 'bullet' ? v.repaidOn : null,
        graceMonths: product?.kind === 'instalment' ? Number(v.graceMonths) || 0 : null,
        purpose: v.purpose.trim(),
        documents: v.documents,
        underlyings: v.underlyings,
      };
      const created = await api.post<Application>('/api/finance/applications', body);
      if (!submit) return created;
      // the draft exists now: if submitting fails, its page shows why and offers to submit again
      return api.post<Application>(`/api/finance/applications/${created.id}/submit`).catch(() => created);
    },
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: ['finance'] });
      await navigate({ to: '/pembiayaan/pengajuan/$applicationId', params: { applicationId: a.id } });
    },
    onError: (e) => form.showError(e),
  });

  return (
    <>
      <PageHeader title={t('finance.apply.title')} description={t('finance.apply.description')} />
      <form
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          const submitter = (ev.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (form.check()) save.mutate({ submit: submitter?.value !== 'draft' });
        }}
      >
        <Stack>
          <FormError message={form.formError} />
          <Paper withBorder p="md">
            <Stack>
              <Select
                label={t('finance.product.title')}
                required
                searchable
                data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.lenderName} — ${p.name}` }))}
                value={form.values.productId || null}
                onChange={(v) => form.setValue('productId', v ?? '')}
                error={form.errorOf('productId')}
              />
              {product && (
                <Facts
                  items={[
                    { label: t('finance.product.kind'), value: `${t(`finance.productKind.${product.kind}`)} · ${t(`finance.method.${product.method}`)}` },
                    { label: t('finance.product.rate'), value: formatRate(product.annualRate, lang) },
                    { label: t('finance.product.amountRange'), value: `${formatRupiah(product.minAmount, lang)} – ${formatRupiah(product.maxAmount, lang)}` },
                    { label: t('finance.product.tenorRange'), value: t('finance.monthsRange', { min: product.minTenorMonths, max: product.maxTenorMonths }) },
                    { label: t('finance.product.financeableShare'), value: formatRate(product.financeableShare, lang) },
                    { label: t('finance.product.penaltyRate'), value: formatRate(product.penaltyRate, lang) },
                  ]}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <MoneyInput label={t('finance.amount')} required value={form.values.amount} onChange={(v) => form.setValue('amount', v)} error={form.errorOf('amount')} />
                {product?.kind === 'bullet' ? (
                  <TextInput type="date" label={t('finance.apply.repaidOn')} required {...form.text('repaidOn')} />
                ) : (
                  <NumberInput label={t('finance.apply.tenor')} required min={1} max={360} allowDecimal={false} value={form.values.tenorMonths} onChange={(v) => form.setValue('tenorMonths', v)} error={form.errorOf('tenorMonths')} />
                )}
                {product?.kind !== 'bullet' && (product?.graceMonths ?? 0) > 0 && (
                  <NumberInput label={t('finance.product.grace')} min={0} max={product?.graceMonths} allowDecimal={false} value={form.values.graceMonths} onChange={(v) => form.setValue('graceMonths', v)} error={form.errorOf('graceMonths')} />
                )}
              </SimpleGrid>
              <Textarea label={t('finance.purpose')} required autosize minRows={2} value={form.values.purpose} onChange={(e) => form.setValue('purpose', e.currentTarget.value)} error={form.errorOf('purpose')} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <BackingPicker value={form.values.underlyings} onChange={(v) => form.setValue('underlyings', v)} share={product?.financeableShare ?? null} error={form.errorOf('underlyings')} />
          </Paper>
          <Paper withBorder p="md">
            <DocumentsField orgId={me.organisation.id} required={product?.requiredDocuments ?? []} value={form.values.documents} onChange={(v) => form.setValue('documents', v)} error={form.errorOf('documents')} />
          </Paper>
          <Text size="xs" c="dimmed">{t('finance.apply.submitHint')}</Text>
          <Group justify="flex-end">
            <Button variant="default" type="submit" value="draft" loading={save.isPending && save.variables?.submit === false}>{t('finance.apply.saveDraft')}</Button>
            <Button type="submit" value="submit" loading={save.isPending && save.variables?.submit !== false}>{t('finance.apply.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
