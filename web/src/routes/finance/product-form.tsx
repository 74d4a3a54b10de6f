import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOAN_METHODS, type CreditProduct, type LoanMethod, type ProductInput, type ProductKind } from '../../api/finance-types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { MoneyInput } from './money-input';
import { parseRateInput, toBig } from './money';

export interface ProductValues extends Record<string, unknown> {
  code: string;
  name: string;
  kind: ProductKind;
  method: LoanMethod;
  annualRate: string;
  minTenorMonths: number | string;
  maxTenorMonths: number | string;
  minAmount: string;
  maxAmount: string;
  financeableShare: string;
  penaltyRate: string;
  graceMonths: number | string;
  requiredDocuments: string[];
  description: string;
  isActive: boolean;
}

export const EMPTY_PRODUCT: ProductValues = {
  code: '',
  name: '',
  kind: 'instalment',
  method: 'annuity',
  annualRate: '',
  minTenorMonths: 6,
  maxTenorMonths: 36,
  minAmount: '',
  maxAmount: '',
  financeableShare: '80',
  penaltyRate: '',
  graceMonths: 0,
  requiredDocuments: [],
  description: '',
  isActive: true,
};

export function valuesOf(p: CreditProduct, lang: string): ProductValues {
  const rate = (r: string) => (lang === 'en' ? r : r.replace('.', ','));
  return { ...p, annualRate: rate(p.annualRate), financeableShare: rate(p.financeableShare), penaltyRate: rate(p.penaltyRate), description: p.description ?? '' };
}

const int = (v: number | string) => (typeof v === 'number' ? v : Number.parseInt(v, 10));

/** The request body from the form values (rates as decimal strings, money as digits). */
export function inputOf(v: ProductValues): ProductInput {
  return {
    code: v.code.trim().toUpperCase(),
    name: v.name.trim(),
    kind: v.kind,
    method: v.method,
    annualRate: parseRateInput(v.annualRate)!,
    minTenorMonths: int(v.minTenorMonths),
    maxTenorMonths: int(v.maxTenorMonths),
    minAmount: v.minAmount,
    maxAmount: v.maxAmount,
    financeableShare: parseRateInput(v.financeableShare)!,
    penaltyRate: parseRateInput(v.penaltyRate)!,
    graceMonths: int(v.graceMonths) || 0,
    requiredDocuments: v.requiredDocuments,
    description: v.description.trim() || null,
  };
}

function validate(v: ProductValues) {
  const minT = int(v.minTenorMonths);
  const maxT = int(v.maxTenorMonths);
  return {
    code: /^[A-Z0-9-]{2,30}$/.test(v.code.trim().toUpperCase()) ? undefined : 'finance.validation.code',
    name: v.name.trim() ? undefined : 'validation.required',
    annualRate: parseRateInput(v.annualRate) ? undefined : 'finance.validation.rate',
    penaltyRate: parseRateInput(v.penaltyRate) ? undefined : 'finance.validation.rate',
    financeableShare: parseRateInput(v.financeableShare) && parseRateInput(v.financeableShare) !== '0' ? undefined : 'finance.validation.share',
    minTenorMonths: Number.isInteger(minT) && minT >= 1 ? undefined : 'finance.validation.tenor',
    maxTenorMonths: Number.isInteger(maxT) && maxT >= minT && maxT <= 360 ? undefined : 'finance.validation.tenorRange',
    minAmount: toBig(v.minAmount) > 0n ? undefined : 'finance.validation.amount',
    maxAmount: toBig(v.maxAmount) >= toBig(v.minAmount) && toBig(v.maxAmount) > 0n ? undefined : 'finance.validation.amountRange',
    method: (v.kind === 'bullet') === (v.method === 'bullet') ? undefined : 'finance.validation.method',
  };
}

/** Create or edit a credit product (code only when creating; active switch only when editing). */
export function ProductForm({ initial, editing, saving, onSubmit, onCancel }: {
  initial: ProductValues;
  editing: boolean;
  saving: boolean;
  onSubmit: (v: ProductValues, showError: (e: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ProductValues>(initial, { validate });
  const methods = LOAN_METHODS.filter((m) => (form.values.kind === 'bullet' ? m === 'bullet' : m !== 'bullet'));

  return (
    <form
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        if (form.check()) onSubmit(form.values, form.showError);
      }}
    >
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('finance.product.code')} description={t('finance.product.codeHint')} required disabled={editing} {...form.text('code')} />
          <TextInput label={t('finance.product.name')} required {...form.text('name')} />
          <Select
            label={t('finance.product.kind')}
            required
            allowDeselect={false}
            data={[{ value: 'instalment', label: t('finance.productKind.instalment') }, { value: 'bullet', label: t('finance.productKind.bullet') }]}
            value={form.values.kind}
            onChange={(k) => {
              const kind = (k ?? 'instalment') as ProductKind;
              form.setValue('kind', kind);
              form.setValue('method', kind === 'bullet' ? 'bullet' : form.values.method === 'bullet' ? 'annuity' : form.values.method);
              if (kind === 'bullet') form.setValue('graceMonths', 0);
            }}
          />
          <Select label={t('finance.product.method')} required allowDeselect={false} data={methods.map((m) => ({ value: m, label: t(`finance.method.${m}`) }))} value={form.values.method} onChange={(m) => form.setValue('method', (m ?? methods[0]) as LoanMethod)} error={form.errorOf('method')} />
          <TextInput label={t('finance.product.rate')} description={t('finance.product.rateHint')} required inputMode="decimal" rightSection="%" {...form.text('annualRate')} />
          <TextInput label={t('finance.product.penaltyRate')} description={t('finance.product.penaltyHint')} required inputMode="decimal" rightSection="%" {...form.text('penaltyRate')} />
          <NumberInput label={t('finance.product.minTenor')} required min={1} max={360} allowDecimal={false} value={form.values.minTenorMonths} onChange={(v) => form.setValue('minTenorMonths', v)} error={form.errorOf('minTenorMonths')} />
          <NumberInput label={t('finance.product.maxTenor')} required min={1} max={360} allowDecimal={false} value={form.values.maxTenorMonths} onChange={(v) => form.setValue('maxTenorMonths', v)} error={form.errorOf('maxTenorMonths')} />
          <MoneyInput label={t('finance.product.minAmount')} required value={form.values.minAmount} onChange={(v) => form.setValue('minAmount', v)} error={form.errorOf('minAmount')} />
          <MoneyInput label={t('finance.product.maxAmount')} required value={form.values.maxAmount} onChange={(v) => form.setValue('maxAmount', v)} error={form.errorOf('maxAmount')} />
          <TextInput label={t('finance.product.financeableShare')} description={t('finance.product.shareHint')} required inputMode="decimal" rightSection="%" {...form.text('financeableShare')} />
          <NumberInput label={t('finance.product.grace')} min={0} max={60} allowDecimal={false} disabled={form.values.kind === 'bullet'} value={form.values.graceMonths} onChange={(v) => form.setValue('graceMonths', v)} error={form.errorOf('graceMonths')} />
        </SimpleGrid>
        <TagsInput label={t('finance.product.requiredDocuments')} description={t('finance.product.documentsHint')} value={form.values.requiredDocuments} onChange={(v) => form.setValue('requiredDocuments', v)} maxTags={30} clearable />
        <Textarea label={t('finance.product.description')} autosize minRows={2} value={form.values.description} onChange={(e) => form.setValue('description', e.currentTarget.value)} error={form.errorOf('description')} />
        {editing && <Switch label={t('finance.product.active')} checked={form.values.isActive} onChange={(e) => form.setValue('isActive', e.currentTarget.checked)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
