import { ColorSwatch, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioFigures, PortfolioGroup } from '../../api/finance-types';
import { DataTable, type Column } from '../../components/data-table';
import { Stat } from './facts';
import { CLASS_COLORS } from './labels';
import { formatRate, formatRupiah } from './money';

/** Headline figures: outstanding, disbursed, repaid, NPL and its ratio. */
export function PortfolioStats({ f, akads }: { f: Omit<PortfolioFigures, 'akads'>; akads?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm" mb="md">
      <Stat label={t('finance.portfolio.outstanding')} value={formatRupiah(f.outstanding, lang)} testId="portfolio-outstanding" hint={akads !== undefined ? t('finance.portfolio.akadCount', { count: akads }) : undefined} />
      <Stat label={t('finance.portfolio.disbursed')} value={formatRupiah(f.disbursed, lang)} />
      <Stat label={t('finance.portfolio.repaid')} value={formatRupiah(f.repaid, lang)} />
      <Stat label={t('finance.portfolio.npl')} value={formatRupiah(f.npl, lang)} />
      <Stat label={t('finance.portfolio.nplRatio')} value={formatRate(f.nplRatio, lang)} testId="npl-ratio" />
    </SimpleGrid>
  );
}

/** Outstanding by OJK collectibility class 1 (Lancar) … 5 (Macet). */
export function ByClassTable({ rows }: { rows: PortfolioFigures['byClass'] }) {
  const { t, i18n } = useTranslation();
  const all = [1, 2, 3, 4, 5].map((c) => rows.find((r) => r.class === c) ?? { class: c, label: '', count: 0, outstanding: '0' });
  return (
    <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm" aria-label={t('finance.portfolio.byClass')}>
      <Table.Thead>
        <Table.Tr><Table.Th>{t('finance.portfolio.class')}</Table.Th><Table.Th ta="right">{t('finance.portfolio.count')}</Table.Th><Table.Th ta="right">{t('finance.portfolio.outstanding')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {all.map((r) => (
          <Table.Tr key={r.class}>
            <Table.Td>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <ColorSwatch color={`var(--mantine-color-${CLASS_COLORS[r.class]}-6)`} size={10} mt={5} withShadow={false} />
                <Text size="sm">{`${r.class} · ${t(`finance.collectibility.${r.class}`)}`}</Text>
              </Group>
            </Table.Td>
            <Table.Td ta="right">{r.count}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.outstanding, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Portfolio per lender, buyer or province. */
export function GroupTable({ rows, nameHeader }: { rows: PortfolioGroup[]; nameHeader: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns: Column<PortfolioGroup>[] = [
    { id: 'name', header: nameHeader, card: 'title', cell: (g) => g.name },
    { id: 'akads', header: t('finance.portfolio.count'), align: 'right', cell: (g) => g.akads },
    { id: 'disbursed', header: t('finance.portfolio.disbursed'), align: 'right', nowrap: true, cell: (g) => formatRupiah(g.disbursed, lang) },
    { id: 'repaid', header: t('finance.portfolio.repaid'), align: 'right', nowrap: true, cell: (g) => formatRupiah(g.repaid, lang) },
    { id: 'outstanding', header: t('finance.portfolio.outstanding'), align: 'right', nowrap: true, cell: (g) => formatRupiah(g.outstanding, lang) },
    { id: 'npl', header: t('finance.portfolio.nplRatio'), align: 'right', nowrap: true, cell: (g) => formatRate(g.nplRatio, lang) },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(g) => g.key} minWidth={760} />;
}
