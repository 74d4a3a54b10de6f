import { Anchor, List, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IkmProfile } from '../../api/registry-types';
import { Tags } from './badges';
import { formatNumber, formatRupiah, groupDigits } from './format';
import { kbliEntryQuery } from './queries';
import { Dash, Field, Fields, Section } from './section';
import { useVocab } from './use-vocab';

/** KBLI codes with their KBLI 2020 titles (looked up one by one; the profile carries codes only). */
function KbliList({ codes }: { codes: IkmProfile['kbliCodes'] }) {
  const titles = useQueries({ queries: codes.map((c) => kbliEntryQuery(c.code)) });
  return (
    <List size="sm" spacing={2}>
      {codes.map((c, i) => (
        <List.Item key={c.code}>
          <Text span fw={600} ff="monospace">{c.code}</Text> {titles[i]?.data?.title ?? ''}{' '}
          <Text span size="xs" c="dimmed">(KBLI {c.edition})</Text>
        </List.Item>
      ))}
    </List>
  );
}

export function IdentitySection({ p }: { p: IkmProfile }) {
  const { t } = useTranslation();
  const { label } = useVocab();
  return (
    <Section title={t('registry.sections.identity')} testId="section-identity">
      <Fields>
        <Field label={t('registry.fields.legalName')}>{p.legalName}</Field>
        <Field label={t('registry.fields.brandName')}>{p.brandName || '—'}</Field>
        <Field label={t('registry.fields.legalForm')}>{label('legalForms', p.legalForm)}</Field>
        <Field label={t('registry.fields.yearFounded')}>{p.yearFounded ?? '—'}</Field>
        <Field label={t('registry.fields.nib')}>
          <Text span ff="monospace" size="sm">{groupDigits(p.nib)}</Text>
        </Field>
        <Field label={t('registry.fields.npwp')}>
          <Stack gap={0}>
            {p.npwp.formatted15 && <Text size="sm" ff="monospace">{p.npwp.formatted15} <Text span size="xs" c="dimmed">({t('registry.fields.npwp15')})</Text></Text>}
            <Text size="sm" ff="monospace">{p.npwp.npwp16} <Text span size="xs" c="dimmed">({t('registry.fields.npwp16')})</Text></Text>
          </Stack>
        </Field>
      </Fields>
      <Field label={t('registry.fields.kbli')}>
        <KbliList codes={p.kbliCodes} />
      </Field>
    </Section>
  );
}

export function AddressSection({ p }: { p: IkmProfile }) {
  const { t } = useTranslation();
  const map = p.coordinates ? `https://www.openstreetmap.org/?mlat=${p.coordinates.lat}&mlon=${p.coordinates.lng}#map=16/${p.coordinates.lat}/${p.coordinates.lng}` : null;
  return (
    <Section title={t('registry.sections.address')} testId="section-address">
      <Field label={t('registry.fields.street')}>{p.address.street}</Field>
      <Fields base={2}>
        <Field label={t('registry.fields.regency')}>{p.place.regencyName}</Field>
        <Field label={t('registry.fields.province')}>{p.place.provinceName}</Field>
        <Field label={t('registry.fields.postalCode')}>{p.address.postalCode}</Field>
        <Field label={t('registry.fields.coordinates')}>
          {map && p.coordinates ? (
            <Anchor href={map} target="_blank" rel="noreferrer" size="sm">
              {p.coordinates.lat}, {p.coordinates.lng}
            </Anchor>
          ) : '—'}
        </Field>
      </Fields>
    </Section>
  );
}

export function BusinessSection({ p }: { p: IkmProfile }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <Section title={t('registry.sections.business')} testId="section-business">
      <Fields cols={3} base={3}>
        <Field label={t('registry.fields.workforceTotal')}>{n(p.workforce.total)}</Field>
        <Field label={t('registry.fields.workforceWomen')}>{n(p.workforce.women)}</Field>
        <Field label={t('registry.fields.workforceDisability')}>{n(p.workforce.withDisability)}</Field>
      </Fields>
      <Fields>
        <Field label={t('registry.fields.annualTurnover')}>{formatRupiah(p.annualTurnover)}</Field>
        <Field label={t('registry.fields.size')}>{t(`registry.sizeLong.${p.turnoverBand}`)}</Field>
      </Fields>
    </Section>
  );
}

export function ProductionSection({ p }: { p: IkmProfile }) {
  const { t, i18n } = useTranslation();
  const { label } = useVocab();
  return (
    <Section title={t('registry.sections.production')} testId="section-production">
      <Field label={t('registry.fields.processes')}>{p.processes.length ? <Tags items={p.processes.map((k) => label('processes', k))} /> : <Dash />}</Field>
      <Field label={t('registry.fields.materials')}>{p.materials.length ? <Tags color="grape" items={p.materials.map((k) => label('materials', k))} /> : <Dash />}</Field>
      <Field label={t('registry.fields.capacity')}>
        {p.monthlyCapacity ? t('registry.perMonth', { value: `${formatNumber(p.monthlyCapacity.quantity, i18n.language)} ${label('capacityUnits', p.monthlyCapacity.unit)}` }) : '—'}
      </Field>
      <Field label={t('registry.fields.machines')}>
        {p.machines.length ? (
          <List size="sm" spacing={2}>
            {p.machines.map((m, i) => (
              <List.Item key={i}>
                <Text span fw={600}>{m.count} ×</Text> {m.type}
                {m.capacity && <Text span size="xs" c="dimmed"> · {m.capacity}</Text>}
              </List.Item>
            ))}
          </List>
        ) : <Dash />}
      </Field>
    </Section>
  );
}
