import type { ReactNode } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow, Need } from '../../api/needs-types';
import { QueryView } from '../../components/query-view';
import { formatInteger, formatPercent, formatRupiah } from './money';
import { comparisonQuery, needsApi } from './queries';
import { useLabels } from './reference';

function Best({ on, children }: { on: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" justify="flex-end">
      <Text span size="sm" fw={on ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>{children}</Text>
      {on && <Badge size="xs" color="green" variant="light">{t('needs.compare.best')}</Badge>}
    </Group>
  );
}

function ShortlistButton({ row, needId, canEdit }: { row: ComparisonRow; needId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({ mutationFn: () => needsApi.shortlist(row.quotationId, !row.isShortlisted), onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['needs', 'one', needId] }) });
  if (!canEdit) return row.isShortlisted ? <Badge color="teal">{t('needs.compare.shortlisted')}</Badge> : null;
  return (
    <Button size="xs" variant={row.isShortlisted ? 'filled' : 'light'} color="teal" loading={run.isPending} onClick={() => run.mutate()} aria-pressed={row.isShortlisted}>
      {row.isShortlisted ? t('needs.compare.shortlisted') : t('needs.compare.addToShortlist')}
    </Button>
  );
}

/** The buyer compares submitted quotations side by side (cheapest first-year cost first) and shortlists. */
export function QuotationCompare({ need, canEdit }: { need: Need; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const query = useQuery(comparisonQuery(need.id));
  const lang = i18n.language;
  const unit = label('capacityUnits', need.unit);

  const lines: { id: string; label: string; cell: (r: ComparisonRow) => ReactNode }[] = [
    { id: 'unitPrice', label: t('needs.compare.unitPrice', { unit }), cell: (r) => <Best on={r.best.unitPrice}>{formatRupiah(r.unitPrice)}</Best> },
    { id: 'vsTarget', label: t('needs.compare.vsTarget'), cell: (r) => (r.vsTargetPercent === null ? '—' : <Text span size="sm" c={r.withinTarget ? 'green' : 'red'}>{formatPercent(r.vsTargetPercent, lang, true)}</Text>) },
    { id: 'tooling', label: t('needs.compare.toolingCost'), cell: (r) => formatRupiah(r.toolingCost) },
    { id: 'firstYear', label: t('needs.compare.firstYearCost'), cell: (r) => <Best on={r.best.firstYearCost}>{formatRupiah(r.firstYearCost)}</Best> },
    { id: 'saving', label: t('needs.compare.savingVsImport'), cell: (r) => (r.yearlySavingVsImport === null ? '—' : <Text span size="sm" c={r.yearlySavingVsImport.startsWith('-') ? 'red' : 'green'}>{formatRupiah(r.yearlySavingVsImport)}</Text>) },
    { id: 'capacity', label: t('needs.compare.capacity', { unit }), cell: (r) => <Best on={r.best.capacity}>{`${formatInteger(r.capacityPerMonth, lang)} (${formatPercent(r.capacityCoveragePercent, lang)})`}{r.meetsCapacity ? ' ✓' : ' ✗'}</Best> },
    { id: 'lead', label: t('needs.compare.leadTime'), cell: (r) => <Best on={r.best.leadTime}>{t('needs.compare.days', { count: r.leadTimeDays })}</Best> },
    { id: 'notes', label: t('needs.quotation.notes'), cell: (r) => <Text span size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{r.notes ?? '—'}</Text> },
  ];

  return (
    <QueryView query={query} isEmpty={(c) => c.rows.length === 0} empty={t('needs.compare.none')}>
      {(c) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('needs.compare.basis', { annual: formatInteger(c.annualVolume, lang), monthly: formatInteger(c.monthlyVolume, lang), unit })}
            {c.targetUnitPrice ? ` · ${t('needs.compare.target', { price: formatRupiah(c.targetUnitPrice) })}` : ''}
            {c.importLandedCost ? ` · ${t('needs.compare.import', { price: formatRupiah(c.importLandedCost) })}` : ''}
          </Text>
          {phone ? (
            <Stack gap="sm">
              {c.rows.map((r) => (
                <Card key={r.quotationId} withBorder padding="sm" component="article" aria-label={r.ikmName}>
                  <Text fw={600}>{r.ikmName}</Text>
                  <Text size="xs" c="dimmed" mb={6}>{r.reference}</Text>
                  <Stack gap={4}>
                    {lines.map((l) => (
                      <Group key={l.id} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                        <Text size="xs" c="dimmed" style={{ flex: '0 0 40%' }}>{l.label}</Text>
                        <div style={{ flex: 1, minWidth: 0, textAlign: 'right', fontSize: 'var(--mantine-font-size-sm)' }}>{l.cell(r)}</div>
                      </Group>
                    ))}
                  </Stack>
                  <Group justify="flex-end" mt="xs"><ShortlistButton row={r} needId={need.id} canEdit={canEdit} /></Group>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={200 + 200 * c.rows.length}>
              <Table withColumnBorders verticalSpacing="xs" aria-label={t('needs.compare.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={200}>{t('needs.compare.criterion')}</Table.Th>
                    {c.rows.map((r) => (
                      <Table.Th key={r.quotationId} ta="right">
                        <Text fw={600} size="sm">{r.ikmName}</Text>
                        <Text size="xs" c="dimmed" fw={400}>{r.reference}</Text>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Th fw={500}>{l.label}</Table.Th>
                      {c.rows.map((r) => <Table.Td key={r.quotationId} ta="right">{l.cell(r)}</Table.Td>)}
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th fw={500}>{t('needs.compare.shortlist')}</Table.Th>
                    {c.rows.map((r) => <Table.Td key={r.quotationId} ta="right"><ShortlistButton row={r} needId={need.id} canEdit={canEdit} /></Table.Td>)}
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryView>
  );
}
