import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { regenciesQuery } from './queries';
import { Section } from './section';
import { fieldId, type ProfileForm } from './use-profile-form';
import { useVocab } from './use-vocab';

/** Street, province → regency/city (the regencies of the chosen province), postal code, coordinates. */
export function AddressFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { ref } = useVocab();
  const { values: v, set, err, setValues } = form;
  const regencies = useQuery(regenciesQuery(v.provinceCode));
  const provinces = (ref?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }));
  const regencyOptions = (regencies.data ?? []).map((r) => ({ value: r.code, label: r.name }));
  return (
    <Section title={t('registry.sections.address')}>
      <Textarea id={fieldId('address.street')} label={t('registry.fields.street')} required autosize minRows={2} value={v.street} onChange={(e) => set('street', e.currentTarget.value, 'address.street')} error={err('address.street')} maxLength={300} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          id={fieldId('address.provinceCode')}
          label={t('registry.fields.province')}
          required
          searchable
          data={provinces}
          value={v.provinceCode || null}
          onChange={(x) => {
            // another province: its regency must be chosen again
            setValues((cur) => ({ ...cur, provinceCode: x ?? '', regencyCode: x === cur.provinceCode ? cur.regencyCode : '' }));
            set('provinceCode', x ?? '', 'address.provinceCode', 'address.regencyCode');
          }}
          error={err('address.provinceCode')}
          nothingFoundMessage={t('registry.form.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          id={fieldId('address.regencyCode')}
          label={t('registry.fields.regency')}
          required
          searchable
          disabled={!v.provinceCode}
          placeholder={v.provinceCode ? undefined : t('registry.form.chooseProvinceFirst')}
          data={regencyOptions}
          value={regencyOptions.some((r) => r.value === v.regencyCode) ? v.regencyCode : null}
          onChange={(x) => set('regencyCode', x ?? '', 'address.regencyCode')}
          error={err('address.regencyCode')}
          nothingFoundMessage={regencies.isFetching ? t('common.loading') : t('registry.form.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput id={fieldId('address.postalCode')} label={t('registry.fields.postalCode')} required inputMode="numeric" value={v.postalCode} onChange={(e) => set('postalCode', e.currentTarget.value.replace(/\D/g, '').slice(0, 5), 'address.postalCode')} error={err('address.postalCode')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        <TextInput id={fieldId('coordinates.lat')} label={t('registry.fields.lat')} inputMode="decimal" placeholder="-6.30" value={v.lat} onChange={(e) => set('lat', e.currentTarget.value, 'coordinates.lat')} error={err('coordinates.lat')} />
        <TextInput id={fieldId('coordinates.lng')} label={t('registry.fields.lng')} inputMode="decimal" placeholder="107.16" value={v.lng} onChange={(e) => set('lng', e.currentTarget.value, 'coordinates.lng')} error={err('coordinates.lng')} />
      </SimpleGrid>
    </Section>
  );
}
