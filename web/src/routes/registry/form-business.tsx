import type { ReactNode } from 'react';
import { MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TURNOVER_BANDS } from '../../api/registry-types';
import { formatRupiah } from './format';
import { bandOf, rupiahDigits } from './profile-form-model';
import { Section } from './section';
import { fieldId, type ProfileForm } from './use-profile-form';
import { useVocab } from './use-vocab';

const digitsOnly = (s: string) => s.replace(/\D/g, '').slice(0, 7);

export function WorkforceFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { values: v, set, err } = form;
  const amount = rupiahDigits(v.annualTurnover);
  const band = bandOf(amount);
  return (
    <Section title={t('registry.sections.business')}>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput id={fieldId('workforce.total')} label={t('registry.fields.workforceTotal')} required inputMode="numeric" value={v.workforceTotal} onChange={(e) => set('workforceTotal', digitsOnly(e.currentTarget.value), 'workforce.total')} error={err('workforce.total')} />
        <TextInput id={fieldId('workforce.women')} label={t('registry.fields.workforceWomen')} inputMode="numeric" value={v.workforceWomen} onChange={(e) => set('workforceWomen', digitsOnly(e.currentTarget.value), 'workforce.women')} error={err('workforce.women')} />
        <TextInput id={fieldId('workforce.withDisability')} label={t('registry.fields.workforceDisability')} inputMode="numeric" value={v.workforceDisability} onChange={(e) => set('workforceDisability', digitsOnly(e.currentTarget.value), 'workforce.withDisability')} error={err('workforce.withDisability')} />
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={500} id="turnover-mode-label">{t('registry.form.turnoverMode')}</Text>
        <SegmentedControl
          aria-labelledby="turnover-mode-label"
          value={v.turnoverMode}
          onChange={(m) => set('turnoverMode', m as 'amount' | 'band', 'annualTurnover', 'turnoverBand')}
          data={[
            { value: 'amount', label: t('registry.form.turnoverAmount') },
            { value: 'band', label: t('registry.form.turnoverBandOnly') },
          ]}
          fullWidth
        />
        {v.turnoverMode === 'amount' ? (
          <TextInput
            id={fieldId('annualTurnover')}
            label={t('registry.fields.annualTurnover')}
            required
            inputMode="numeric"
            leftSection={<Text size="sm" c="dimmed">Rp</Text>}
            value={v.annualTurnover}
            onChange={(e) => set('annualTurnover', e.currentTarget.value.replace(/[^\d.\s]/g, '').slice(0, 26))}
            error={err('annualTurnover')}
            description={band ? `${formatRupiah(amount)} · ${t(`registry.sizeLong.${band}`)}` : t('registry.form.turnoverHelp')}
          />
        ) : (
          <Select
            id={fieldId('turnoverBand')}
            label={t('registry.fields.size')}
            required
            data={TURNOVER_BANDS.map((b) => ({ value: b, label: t(`registry.sizeLong.${b}`) }))}
            value={v.turnoverBand || null}
            onChange={(x) => set('turnoverBand', x ?? '')}
            error={err('turnoverBand')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </Stack>
    </Section>
  );
}

export function ProductionFields({ form, children }: { form: ProfileForm; children?: ReactNode }) {
  const { t } = useTranslation();
  const { options } = useVocab();
  const { values: v, set, err } = form;
  return (
    <Section title={t('registry.sections.production')}>
      <MultiSelect id={fieldId('processes')} label={t('registry.fields.processes')} description={t('registry.form.processesHelp')} searchable data={options('processes')} value={v.processes} onChange={(x) => set('processes', x)} error={err('processes')} nothingFoundMessage={t('registry.form.nothingFound')} comboboxProps={{ withinPortal: true }} hidePickedOptions />
      <MultiSelect id={fieldId('materials')} label={t('registry.fields.materials')} searchable data={options('materials')} value={v.materials} onChange={(x) => set('materials', x)} error={err('materials')} nothingFoundMessage={t('registry.form.nothingFound')} comboboxProps={{ withinPortal: true }} hidePickedOptions />
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        <TextInput id={fieldId('monthlyCapacity.quantity')} label={t('registry.fields.capacityQuantity')} inputMode="numeric" value={v.capacityQuantity} onChange={(e) => set('capacityQuantity', e.currentTarget.value.replace(/\D/g, '').slice(0, 13), 'monthlyCapacity.quantity')} error={err('monthlyCapacity.quantity')} />
        <Select id={fieldId('monthlyCapacity.unit')} label={t('registry.fields.capacityUnit')} data={options('capacityUnits')} value={v.capacityUnit || null} onChange={(x) => set('capacityUnit', x ?? '', 'monthlyCapacity.unit')} error={err('monthlyCapacity.unit')} clearable comboboxProps={{ withinPortal: true }} />
      </SimpleGrid>
      {children}
    </Section>
  );
}
