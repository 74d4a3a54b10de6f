import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Plant } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { canEditBuyer } from './access';
import { Tags } from './badges';
import { FilesSection } from './files-section';
import { buyerQuery } from './queries';
import { Dash, Field, Fields, Section } from './section';

const route = getRouteApi('/app/registri/pembeli/$orgId');

/** A buyer's profile: company, group, tier, sectors and plants with their locations. */
export function BuyerPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const me = useCurrentUser();
  const query = useQuery(buyerQuery(orgId));
  const canEdit = canEditBuyer(me, orgId);
  const edit = canEdit && (
    <Button variant="default" renderRoot={(props) => <Link {...props} to="/registri/pembeli/$orgId/ubah" params={{ orgId }} />}>
      {t('registry.buyers.edit')}
    </Button>
  );
  if (query.isError && isApiError(query.error) && query.error.status === 404) {
    return (
      <Card withBorder padding="lg">
        <Stack gap="sm" align="flex-start">
          <Text fw={600}>{t('registry.buyers.noneTitle')}</Text>
          <Text size="sm" c="dimmed">{t('registry.buyers.noneBody')}</Text>
          {edit}
        </Stack>
      </Card>
    );
  }
  return (
    <QueryView query={query}>
      {(b) => (
        <Stack gap="md">
          <Anchor component={Link} to="/registri/pembeli" size="sm">← {t('registry.buyers.backToList')}</Anchor>
          <PageHeader title={b.companyName} description={b.groupName ? t('registry.buyers.partOf', { group: b.groupName }) : undefined} actions={edit} />
          <Group gap="xs" mt={-12}>
            <Badge variant="light" color="blue">{t(`registry.buyers.tiers.${b.tier}`, { defaultValue: b.tierLabel })}</Badge>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Section title={t('registry.buyers.company')} testId="buyer-company">
              <Fields>
                <Field label={t('registry.buyers.company')}>{b.companyName}</Field>
                <Field label={t('registry.buyers.group')}>{b.groupName ?? '—'}</Field>
                <Field label={t('registry.buyers.tier')}>{t(`registry.buyers.tiers.${b.tier}`, { defaultValue: b.tierLabel })}</Field>
                <Field label={t('registry.buyers.website')}>{b.website ? <Anchor href={b.website} target="_blank" rel="noreferrer" size="sm">{b.website}</Anchor> : '—'}</Field>
              </Fields>
              <Field label={t('registry.buyers.sectors')}>{b.sectors.length ? <Tags items={b.sectors} color="cyan" /> : <Dash />}</Field>
              {b.description && <Field label={t('registry.buyers.about')}><Text size="sm">{b.description}</Text></Field>}
            </Section>
            <Section title={t('registry.buyers.plants')} testId="buyer-plants">
              {b.plants.length ? (
                <DataTable<Plant>
                  rows={b.plants}
                  rowKey={(p) => p.id}
                  minWidth={420}
                  columns={[
                    { id: 'name', header: t('registry.buyers.plantName'), card: 'title', cell: (p) => p.name },
                    { id: 'place', header: t('registry.fields.location'), cell: (p) => `${p.place.regencyName}, ${p.place.provinceName}` },
                    { id: 'street', header: t('registry.fields.street'), cell: (p) => `${p.address.street} ${p.address.postalCode}` },
                  ]}
                />
              ) : <Dash />}
            </Section>
            <FilesSection owner="buyers" orgId={b.orgId} canEdit={canEdit} />
          </SimpleGrid>
        </Stack>
      )}
    </QueryView>
  );
}
