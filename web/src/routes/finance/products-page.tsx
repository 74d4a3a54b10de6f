import { Anchor, Badge, Button, Group, Paper, SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CreditProduct, ProductKind } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { ActiveBadge } from '../../components/badges';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { financeAbilities } from './access';
import { formatRate, formatRupiah } from './money';
import { PAGE_SIZE, productsQuery } from './queries';

const route = getRouteApi('/app/pembiayaan/produk');

/** Credit products: a lender manages its own; IKM browse the active products of every lender and apply. */
export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(productsQuery({ kind: search.kind, page, activeOnly: me.kind === 'ikm' ? true : undefined }));
  const lang = i18n.language;

  const columns: Column<CreditProduct>[] = [
    {
      id: 'name',
      header: t('finance.product.name'),
      card: 'title',
      cell: (p) =>
        can.editProducts ? (
          <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/pembiayaan/produk/$productId" params={{ productId: p.id }} />}>{`${p.code} · ${p.name}`}</Anchor>
        ) : (
          `${p.code} · ${p.name}`
        ),
    },
    ...(me.kind === 'lender' ? [] : [{ id: 'lender', header: t('finance.lender'), cell: (p: CreditProduct) => p.lenderName }]),
    { id: 'kind', header: t('finance.product.kind'), nowrap: true, cell: (p) => <Badge variant="outline" size="sm" style={{ overflow: 'visible' }}>{t(`finance.productKindShort.${p.kind}`)}</Badge> },
    { id: 'rate', header: t('finance.product.rate'), nowrap: true, cell: (p) => `${formatRate(p.annualRate, lang)} · ${t(`finance.method.${p.method}`)}` },
    { id: 'amount', header: t('finance.product.amountRange'), cell: (p) => `${formatRupiah(p.minAmount, lang)} – ${formatRupiah(p.maxAmount, lang)}` },
    { id: 'tenor', header: t('finance.product.tenorRange'), nowrap: true, cell: (p) => t('finance.monthsRange', { min: p.minTenorMonths, max: p.maxTenorMonths }) },
    { id: 'share', header: t('finance.product.financeableShare'), align: 'right', cell: (p) => formatRate(p.financeableShare, lang) },
    { id: 'status', header: t('finance.status'), nowrap: true, cell: (p) => <ActiveBadge isActive={p.isActive} /> },
  ];
  if (can.apply) {
    columns.push({
      id: 'apply',
      header: t('common.actions'),
      card: 'actions',
      align: 'right',
      cell: (p) => (
        <Button size="xs" variant="light" renderRoot={(props) => <Link {...props} to="/pembiayaan/pengajuan/baru" search={{ productId: p.id }} />} aria-label={t('finance.apply.forProduct', { name: p.name })}>
          {t('finance.apply.action')}
        </Button>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('finance.products.title')}
        description={t(me.kind === 'ikm' ? 'finance.products.descriptionIkm' : 'finance.products.description')}
        actions={can.editProducts && <Button renderRoot={(props) => <Link {...props} to="/pembiayaan/produk/baru" />}>{t('finance.products.create')}</Button>}
      />
      <Paper withBorder p="sm" mb="md">
        <Group>
          <SegmentedControl
            aria-label={t('finance.product.kind')}
            value={search.kind ?? 'all'}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, kind: v === 'all' ? undefined : (v as ProductKind), page: undefined }) })}
            data={[
              { value: 'all', label: t('finance.all') },
              { value: 'instalment', label: t('finance.productKind.instalment') },
              { value: 'bullet', label: t('finance.productKind.bullet') },
            ]}
          />
        </Group>
      </Paper>
      <QueryView query={query} empty={t('finance.products.empty')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(p) => p.id} minWidth={900} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
