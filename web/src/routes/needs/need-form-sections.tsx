import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { useForm } from '../../forms/use-form';
import { countryName, ORIGIN_COUNTRIES } from './common';
import { MoneyInput } from './money-input';
import { formatInteger } from './money';
import type { NeedFormValues } from './need-form-values';
import { useLabels } from './reference';

export type NeedForm = ReturnType<typeof useForm<NeedFormValues>>;

/** What the part is: name, number, category, description, sector, material and processes. */
export function PartSection({ form }: { form: NeedForm }) {
  const { t } = useTranslation();
  const { options } = useLabels();
  return (
    <Fieldset legend={t('needs.form.part')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('needs.fields.partName')} required {...form.text('partName')} />
          <TextInput label={t('needs.fields.partNumber')} {...form.text('partNumber')} />
          <TextInput label={t('needs.fields.category')} placeholder={t('needs.form.categoryPlaceholder')} {...form.text('category')} />
          <TextInput label={t('needs.fields.sector')} placeholder="otomotif_roda_dua" description={t('needs.form.sectorHint')} {...form.text('sector')} />
        </SimpleGrid>
        <MultiSelect
          label={t('needs.fields.processes')}
          description={t('needs.form.processesHint')}
          required
          searchable
          data={options('processes')}
          value={form.values.processes}
          onChange={(v) => form.setValue('processes', v)}
          error={form.errorOf('processes')}
          maxValues={10}
          comboboxProps={{ withinPortal: true }}
        />
        <Select label={t('needs.fields.material')} searchable clearable data={options('materials')} value={form.values.material || null} onChange={(v) => form.setValue('material', v ?? '')} error={form.errorOf('material')} comboboxProps={{ withinPortal: true }} />
        <Textarea label={t('needs.fields.description')} autosize minRows={3} maxLength={5000} value={form.values.description} onChange={(e) => form.setValue('description', e.currentTarget.value)} error={form.errorOf('description')} />
      </Stack>
    </Fieldset>
  );
}

/** Volumes, unit, target price and whether IKM see prices; required certifications. */
export function VolumeSection({ form }: { form: NeedForm }) {
  const { t, i18n } = useTranslation();
  const { options } = useLabels();
  const annual = /^\d+$/.test(form.values.annualVolume) ? Number(form.values.annualVolume) : 0;
  return (
    <Fieldset legend={t('needs.form.volume')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('needs.fields.annualVolume')} required inputMode="numeric" {...form.text('annualVolume')} />
          <TextInput
            label={t('needs.fields.monthlyVolume')}
            inputMode="numeric"
            placeholder={annual ? formatInteger(Math.ceil(annual / 12), i18n.language) : undefined}
            description={t('needs.form.monthlyHint')}
            {...form.text('monthlyVolume')}
          />
          <Select label={t('needs.fields.unit')} data={options('capacityUnits')} value={form.values.unit || null} onChange={(v) => form.setValue('unit', v ?? 'pcs')} error={form.errorOf('unit')} comboboxProps={{ withinPortal: true }} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MoneyInput label={t('needs.fields.targetUnitPrice')} value={form.values.targetUnitPrice} onChange={(v) => form.setValue('targetUnitPrice', v)} error={form.errorOf('targetUnitPrice')} />
          <MultiSelect label={t('needs.fields.requiredCertifications')} searchable clearable data={options('certificationKinds')} value={form.values.requiredCertifications} onChange={(v) => form.setValue('requiredCertifications', v)} error={form.errorOf('requiredCertifications')} comboboxProps={{ withinPortal: true }} />
        </SimpleGrid>
        <Switch label={t('needs.fields.showPrices')} description={t('needs.form.showPricesHint')} checked={form.values.showPrices} onChange={(e) => form.setValue('showPrices', e.currentTarget.checked)} />
      </Stack>
    </Fieldset>
  );
}

interface Plant {
  id: string;
  name: string;
  place: { provinceName: string; regencyName: string };
}

/** Where to deliver: a plant of the buyer's profile, or a name and place typed in; the start and deadline. */
export function DeliverySection({ form, buyerOrgId }: { form: NeedForm; buyerOrgId: string }) {
  const { t } = useTranslation();
  const { provinces } = useLabels();
  const plants = useQuery({
    queryKey: ['registry', 'buyer', buyerOrgId],
    queryFn: ({ signal }) => api.get<{ plants: Plant[] }>(`/api/buyers/${buyerOrgId}`, undefined, signal),
    enabled: !!buyerOrgId,
    retry: false,
  });
  const regencies = useQuery({
    queryKey: ['registry', 'regencies', form.values.provinceCode],
    queryFn: ({ signal }) => api.get<{ code: string; name: string }[]>(`/api/registry/provinces/${form.values.provinceCode}/regencies`, undefined, signal),
    enabled: /^\d{2}$/.test(form.values.provinceCode),
    staleTime: 3600_000,
  });
  const list = plants.data?.plants ?? [];
  return (
    <Fieldset legend={t('needs.form.delivery')}>
      <Stack gap="sm">
        {list.length > 0 && (
          <Select
            label={t('needs.fields.plantFromProfile')}
            placeholder={t('needs.form.plantManual')}
            clearable
            data={list.map((p) => ({ value: p.id, label: `${p.name} — ${p.place.regencyName}, ${p.place.provinceName}` }))}
            value={form.values.plantId || null}
            onChange={(v) => form.setValue('plantId', v ?? '')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {!form.values.plantId && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('needs.fields.plantName')} required {...form.text('plantName')} />
            <Select label={t('needs.fields.province')} required searchable data={provinces} value={form.values.provinceCode || null} onChange={(v) => { form.setValue('provinceCode', v ?? ''); form.setValue('regencyCode', ''); }} error={form.errorOf('provinceCode')} comboboxProps={{ withinPortal: true }} />
            <Select label={t('needs.fields.regency')} searchable clearable disabled={!regencies.data} data={(regencies.data ?? []).map((r) => ({ value: r.code, label: r.name }))} value={form.values.regencyCode || null} onChange={(v) => form.setValue('regencyCode', v ?? '')} error={form.errorOf('regencyCode')} comboboxProps={{ withinPortal: true }} />
            <TextInput label={t('needs.fields.lat')} inputMode="decimal" placeholder="-6,30" {...form.text('lat')} />
            <TextInput label={t('needs.fields.lng')} inputMode="decimal" placeholder="107,15" {...form.text('lng')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput type="date" label={t('needs.fields.deadline')} description={t('needs.form.deadlineHint')} required {...form.text('deadline')} />
          <TextInput type="date" label={t('needs.fields.startDate')} description={t('needs.form.startHint')} {...form.text('startDate')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

/** Whether the part replaces an imported one: its landed cost per unit and origin country (for TKDN). */
export function ImportSection({ form }: { form: NeedForm }) {
  const { t, i18n } = useTranslation();
  return (
    <Fieldset legend={t('needs.form.import')}>
      <Stack gap="sm">
        <Switch label={t('needs.fields.replacesImport')} checked={form.values.replacesImport} onChange={(e) => form.setValue('replacesImport', e.currentTarget.checked)} />
        {form.values.replacesImport && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MoneyInput label={t('needs.fields.importLandedCost')} description={t('needs.form.importCostHint')} required value={form.values.importLandedCost} onChange={(v) => form.setValue('importLandedCost', v)} error={form.errorOf('importLandedCost')} />
            <Select
              label={t('needs.fields.importOriginCountry')}
              required
              searchable
              data={ORIGIN_COUNTRIES.map((c) => ({ value: c, label: `${countryName(c, i18n.language)} (${c})` }))}
              value={form.values.importOriginCountry || null}
              onChange={(v) => form.setValue('importOriginCountry', v ?? '')}
              error={form.errorOf('importOriginCountry')}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        )}
        {!form.values.replacesImport && <Text size="xs" c="dimmed">{t('needs.form.importHint')}</Text>}
      </Stack>
    </Fieldset>
  );
}
