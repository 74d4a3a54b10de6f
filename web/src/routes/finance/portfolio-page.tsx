import { Anchor, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LenderPortfolio } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { CollectibilityBadge } from './labels';
import { formatRupiah } from './money';
import { ByClassTable, GroupTable, PortfolioStats } from './portfolio-parts';
import { lenderPortfolioQuery, programmePortfolioQuery } from './queries';

type Row = LenderPortfolio['akads'][number];

function LenderView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useQuery(lenderPortfolioQuery());
  const columns: Column<Row>[] = [
    { id: 'ref', header: t('finance.reference'), card: 'title', nowrap: true, cell: (a) => <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/pembiayaan/akad/$akadId" params={{ akadId: a.id }} />}>{a.reference}</Anchor> },
    { id: 'ikm', header: t('finance.ikm'), cell: (a) => a.ikmName },
    { id: 'principal', header: t('finance.akad.principal'), align: 'right', nowrap: true, cell: (a) => formatRupiah(a.principal, lang) },
    { id: 'outstanding', header: t('finance.akad.outstanding'), align: 'right', nowrap: true, cell: (a) => formatRupiah(a.outstanding, lang) },
    { id: 'dpd', header: t('finance.portfolio.dpd'), align: 'right', cell: (a) => a.dpd },
    { id: 'coll', header: t('finance.akad.collectibility'), cell: (a) => <CollectibilityBadge value={a.collectibility} /> },
  ];
  return (
    <QueryView query={query} isEmpty={() => false}>
      {(p) => (
        <>
          <Text size="xs" c="dimmed" mb="xs">{t('finance.portfolio.asOf', { date: formatDate(p.asOf, lang) })}</Text>
          <PortfolioStats f={p} akads={p.akads.length} />
          <Stack>
            <Paper withBorder p={{ base: "xs", sm: "md" }}><Title order={3} size="h4" mb="sm">{t('finance.portfolio.byClass')}</Title><ByClassTable rows={p.byClass} /></Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">{t('finance.akad.title')}</Title>
              {p.akads.length ? <DataTable rows={p.akads} columns={columns} rowKey={(a) => a.id} minWidth={640} /> : <Text c="dimmed" size="sm">{t('finance.akad.empty')}</Text>}
            </Paper>
          </Stack>
        </>
      )}
    </QueryView>
  );
}

function ProgrammeView() {
  const { t, i18n } = useTranslation();
  const query = useQuery(programmePortfolioQuery());
  return (
    <QueryView query={query} isEmpty={() => false}>
      {(p) => (
        <>
          <Text size="xs" c="dimmed" mb="xs">{t('finance.portfolio.asOf', { date: formatDate(p.asOf, i18n.language) })}</Text>
          <PortfolioStats f={p.total} akads={p.total.akads} />
          <Stack>
            <Paper withBorder p={{ base: "xs", sm: "md" }}><Title order={3} size="h4" mb="sm">{t('finance.portfolio.byClass')}</Title><ByClassTable rows={p.total.byClass} /></Paper>
            <Paper withBorder p="md">
                <Tabs defaultValue="lender">
                  <Tabs.List mb="sm">
                    <Tabs.Tab value="lender">{t('finance.portfolio.perLender')}</Tabs.Tab>
                    <Tabs.Tab value="buyer">{t('finance.portfolio.perBuyer')}</Tabs.Tab>
                    <Tabs.Tab value="province">{t('finance.portfolio.perProvince')}</Tabs.Tab>
                  </Tabs.List>
                  <Tabs.Panel value="lender"><GroupTable rows={p.byLender} nameHeader={t('finance.lender')} /></Tabs.Panel>
                  <Tabs.Panel value="buyer"><GroupTable rows={p.byBuyer} nameHeader={t('finance.buyer')} /></Tabs.Panel>
                  <Tabs.Panel value="province"><GroupTable rows={p.byProvince} nameHeader={t('finance.province')} /></Tabs.Panel>
                </Tabs>
            </Paper>
          </Stack>
        </>
      )}
    </QueryView>
  );
}

/** Portfolio: the lender's own (outstanding, disbursed, repaid, collectibility, NPL), or the programme's by lender/buyer/province. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('finance.portfolio.title')} description={t(me.kind === 'programme' ? 'finance.portfolio.descriptionProgramme' : 'finance.portfolio.description')} />
      {me.kind === 'programme' ? <ProgrammeView /> : <LenderView />}
    </>
  );
}
