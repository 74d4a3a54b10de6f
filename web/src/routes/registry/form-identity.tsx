import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KbliPicker } from './kbli-picker';
import { Section } from './section';
import { fieldId, type ProfileForm } from './use-profile-form';
import { useVocab } from './use-vocab';

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

export function IdentityFields({ form, currentYear }: { form: ProfileForm; currentYear: number }) {
  const { t } = useTranslation();
  const { options } = useVocab();
  const { values: v, set, err } = form;
  return (
    <Section title={t('registry.sections.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput id={fieldId('legalName')} label={t('registry.fields.legalName')} description={t('registry.form.legalNameHelp')} required value={v.legalName} onChange={(e) => set('legalName', e.currentTarget.value)} error={err('legalName')} maxLength={200} />
        <TextInput id={fieldId('brandName')} label={t('registry.fields.brandName')} value={v.brandName} onChange={(e) => set('brandName', e.currentTarget.value)} error={err('brandName')} maxLength={200} />
        <Select id={fieldId('legalForm')} label={t('registry.fields.legalForm')} required data={options('legalForms')} value={v.legalForm || null} onChange={(x) => set('legalForm', x ?? '')} error={err('legalForm')} comboboxProps={{ withinPortal: true }} />
        <TextInput id={fieldId('yearFounded')} label={t('registry.fields.yearFounded')} inputMode="numeric" value={v.yearFounded} onChange={(e) => set('yearFounded', e.currentTarget.value.replace(/\D/g, '').slice(0, 4))} error={err('yearFounded')} placeholder={String(currentYear - 10)} />
        <TextInput id={fieldId('nib')} label={t('registry.fields.nib')} description={t('registry.form.nibHelp')} required inputMode="numeric" value={v.nib} onChange={(e) => set('nib', e.currentTarget.value.replace(/[^\d]/g, '').slice(0, 13))} error={err('nib')} styles={MONO} />
        <TextInput id={fieldId('npwp')} label={t('registry.fields.npwp')} description={t('registry.form.npwpHelp')} required inputMode="numeric" value={v.npwp} onChange={(e) => set('npwp', e.currentTarget.value.slice(0, 24))} error={err('npwp')} styles={MONO} />
      </SimpleGrid>
      <KbliPicker id={fieldId('kbliCodes')} value={v.kbliCodes} onChange={(codes) => set('kbliCodes', codes)} error={err('kbliCodes')} />
    </Section>
  );
}
