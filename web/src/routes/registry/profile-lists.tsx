import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IkmProfile } from '../../api/registry-types';
import { formatDate } from '../../components/format';
import { CertStatusBadge } from './badges';
import { Dash, Field, Section } from './section';
import { useVocab } from './use-vocab';

export function CertificationsSection({ p }: { p: IkmProfile }) {
  const { t, i18n } = useTranslation();
  const { label } = useVocab();
  return (
    <Section title={t('registry.sections.certifications')} testId="section-certifications">
      {p.certifications.length ? (
        <Stack gap="sm">
          {p.certifications.map((c) => (
            <Stack key={`${c.kind}-${c.number}`} gap={2}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>{label('certificationKinds', c.kind)}</Text>
                <CertStatusBadge status={c.status} daysLeft={c.daysLeft} />
              </Group>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>{c.number}</Text>
              <Text size="xs" c="dimmed">
                {c.expiresOn ? t('registry.cert.validUntil', { date: formatDate(c.expiresOn, i18n.language) }) : t('registry.cert.noExpiry')}
              </Text>
            </Stack>
          ))}
        </Stack>
      ) : <Dash />}
    </Section>
  );
}

export function MarketSection({ p }: { p: IkmProfile }) {
  const { t } = useTranslation();
  return (
    <Section title={t('registry.sections.market')} testId="section-market">
      <Field label={t('registry.fields.products')}>
        {p.products.length ? (
          <List size="sm" spacing={2}>
            {p.products.map((x, i) => (
              <List.Item key={i}>
                {x.name}
                {x.partNumber && <Text span size="xs" c="dimmed" ff="monospace"> · {x.partNumber}</Text>}
              </List.Item>
            ))}
          </List>
        ) : <Dash />}
      </Field>
      <Field label={t('registry.fields.customers')}>
        {p.customers.length ? (
          <List size="sm" spacing={2}>
            {p.customers.map((c, i) => <List.Item key={i}>{c}</List.Item>)}
          </List>
        ) : <Dash />}
      </Field>
    </Section>
  );
}

export function ContactsSection({ p }: { p: IkmProfile }) {
  const { t } = useTranslation();
  return (
    <Section title={t('registry.sections.contacts')} testId="section-contacts">
      <Stack gap="sm">
        {p.contacts.map((c, i) => (
          <Stack key={i} gap={0}>
            <Group gap={6}>
              <Text size="sm" fw={600}>{c.name}</Text>
              {c.role && <Text size="sm" c="dimmed">· {c.role}</Text>}
            </Group>
            <Group gap="md">
              <Anchor size="sm" href={`tel:${c.phone}`}>{c.phone}</Anchor>
              {c.email && <Anchor size="sm" href={`mailto:${c.email}`}>{c.email}</Anchor>}
            </Group>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
