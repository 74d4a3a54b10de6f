import { useEffect, useState } from 'react';
import { Anchor, Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BUYER_TIERS, type BuyerListItem, type BuyerTier } from '../../api/registry-types';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { Tags } from './badges';
import { buyersQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/registri/pembeli');

/** Buyers: brand holder (APM), tier suppliers and big industry. */
export function BuyersPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  useEffect(() => {
    if ((debounced.trim() || undefined) !== search.q) void navigate({ search: (s) => ({ ...s, q: debounced.trim() || undefined, page: undefined }), replace: true });
  }, [debounced, search.q, navigate]);
  const query = useQuery(buyersQuery({ q: search.q, tier: search.tier, page: search.page }));

  return (
    <>
      <PageHeader title={t('registry.buyers.title')} description={t('registry.buyers.description')} />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('common.search')} placeholder={t('registry.buyers.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 220px' }} />
          <Select
            label={t('registry.buyers.tier')}
            data={[{ value: '', label: t('registry.buyers.allTiers') }, ...BUYER_TIERS.map((x) => ({ value: x, label: t(`registry.buyers.tiers.${x}`) }))]}
            value={search.tier ?? ''}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, tier: (v || undefined) as BuyerTier | undefined, page: undefined }) })}
            allowDeselect={false}
            style={{ flex: '0 1 220px' }}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Paper>
      <QueryView query={query}>
        {(data) => (
          <>
            <DataTable<BuyerListItem>
              rows={data.items}
              rowKey={(b) => b.orgId}
              minWidth={720}
              columns={[
                { id: 'name', header: t('registry.buyers.company'), card: 'title', cell: (b) => <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/registri/pembeli/$orgId" params={{ orgId: b.orgId }} />}>{b.companyName}</Anchor> },
                { id: 'group', header: t('registry.buyers.group'), cell: (b) => b.groupName ?? '—' },
                { id: 'tier', header: t('registry.buyers.tier'), cell: (b) => t(`registry.buyers.tiers.${b.tier}`, { defaultValue: b.tierLabel }) },
                { id: 'sectors', header: t('registry.buyers.sectors'), cell: (b) => <Tags items={b.sectors} max={3} color="cyan" /> },
                { id: 'plants', header: t('registry.buyers.plants'), align: 'right', cell: (b) => b.plantCount },
              ]}
            />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
