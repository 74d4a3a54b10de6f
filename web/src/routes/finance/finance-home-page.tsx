import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { canAccess } from '../../access';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { FINANCE_ACCESS } from './access';
import { PipelineHeadline } from './pipeline-parts';
import { pipelineQuery } from './queries';

const TILES = [
  { key: 'applications', to: '/pembiayaan/pengajuan', rule: FINANCE_ACCESS.applications },
  { key: 'products', to: '/pembiayaan/produk', rule: FINANCE_ACCESS.products },
  { key: 'akad', to: '/pembiayaan/akad', rule: FINANCE_ACCESS.akad },
  { key: 'escrow', to: '/pembiayaan/escrow', rule: FINANCE_ACCESS.escrow },
  { key: 'portfolio', to: '/pembiayaan/portofolio', rule: FINANCE_ACCESS.portfolio },
  { key: 'pipeline', to: '/pembiayaan/pipeline', rule: FINANCE_ACCESS.pipeline },
  { key: 'calculator', to: '/pembiayaan/kalkulator', rule: FINANCE_ACCESS.calculator },
] as const;

/** Pembiayaan: where the caller's financing stands (pipeline in its scope) and where to go next. */
export function FinanceHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pipeline = useQuery(pipelineQuery());
  return (
    <>
      <PageHeader title={t('finance.title')} description={t(`finance.home.description.${me.kind}`)} />
      <QueryView query={pipeline} isEmpty={() => false}>{(p) => <PipelineHeadline p={p} />}</QueryView>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {TILES.filter((tile) => canAccess(me, tile.rule)).map((tile) => (
          <Card key={tile.key} withBorder padding="md" renderRoot={(props) => <Link {...props} to={tile.to} />} aria-label={t(`finance.nav.${tile.key}`)}>
            <Stack gap={4}>
              <Text fw={600}>{t(`finance.nav.${tile.key}`)}</Text>
              <Text size="sm" c="dimmed">{t(`finance.home.tiles.${tile.key}`)}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
