import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Need } from '../../api/needs-types';
import { formatDate } from '../../components/format';
import { countryName } from './common';
import { formatInteger, formatRupiah } from './money';
import { useLabels } from './reference';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

/** Every field of a need, in plain words. Prices the buyer keeps internal show as "hidden" to IKM. */
export function NeedSummary({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const lang = i18n.language;
  const unit = label('capacityUnits', need.unit);
  const plant = need.deliveryPlant;
  const hidden = <Text span size="sm" c="dimmed">{t('needs.pricesHidden')}</Text>;
  return (
    <Card withBorder>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Fact label={t('needs.fields.buyer')}>{need.buyer.name}</Fact>
          <Fact label={t('needs.fields.partNumber')}>{need.partNumber ?? '—'}</Fact>
          <Fact label={t('needs.fields.category')}>{need.category ?? '—'}</Fact>
          <Fact label={t('needs.fields.processes')}>
            <Group gap={4}>
              {need.processes.map((p, i) => <Badge key={p} variant={i === 0 ? 'filled' : 'light'} size="sm" title={i === 0 ? t('needs.primaryProcess') : undefined}>{label('processes', p)}</Badge>)}
            </Group>
          </Fact>
          <Fact label={t('needs.fields.material')}>{label('materials', need.material)}</Fact>
          <Fact label={t('needs.fields.requiredCertifications')}>{need.requiredCertifications.length ? need.requiredCertifications.map((c) => label('certificationKinds', c)).join(', ') : t('needs.none')}</Fact>
          <Fact label={t('needs.fields.annualVolume')}>{formatInteger(need.annualVolume, lang)} {unit}</Fact>
          <Fact label={t('needs.fields.monthlyVolume')}>{formatInteger(need.monthlyVolume, lang)} {unit}</Fact>
          <Fact label={t('needs.fields.targetUnitPrice')}>{need.targetUnitPrice !== null ? `${formatRupiah(need.targetUnitPrice)} / ${unit}` : need.showPrices ? '—' : hidden}</Fact>
          <Fact label={t('needs.fields.deliveryPlant')}>{[plant.name, plant.regencyName, plant.provinceName].filter(Boolean).join(', ')}</Fact>
          <Fact label={t('needs.fields.deadline')}>{formatDate(need.deadline, lang)}</Fact>
          <Fact label={t('needs.fields.startDate')}>{formatDate(need.startDate, lang)}</Fact>
          <Fact label={t('needs.fields.replacesImport')}>
            {need.replacesImport
              ? <>{t('needs.importFrom', { country: countryName(need.importOriginCountry, lang) })}{' · '}{need.importLandedCost !== null ? t('needs.landedCost', { cost: formatRupiah(need.importLandedCost), unit }) : hidden}</>
              : t('needs.no')}
          </Fact>
          <Fact label={t('needs.fields.visibility')}>{t(`needs.visibility.${need.visibility}`)}</Fact>
          {need.eventId && (
            <Fact label={t('needs.fields.event')}>
              <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/acara/$eventId" params={{ eventId: need.eventId! }} />}>{t('needs.openEvent')}</Anchor>
            </Fact>
          )}
          {need.sector && <Fact label={t('needs.fields.sector')}>{need.sector}</Fact>}
        </SimpleGrid>
        {need.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{need.description}</Text>}
      </Stack>
    </Card>
  );
}
