import { useEffect, useMemo, useState } from 'react';
import { Box, Button, CloseButton, Group, Menu, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SORTS, type CertificationStatus, type Sort } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { canAccess } from '../../access';
import { FilterPanel } from '../../components/filter-panel';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { REGISTRY_ACCESS } from './access';
import { ActiveFilters } from './active-filters';
import { DirectoryFacets } from './directory-facets';
import { activeFilterCount, type DirectorySearch } from './directory-search';
import { queryString } from './http';
import { IkmTable } from './ikm-table';
import { expiringQuery, filterParams, ikmFacetsQuery, ikmSearchQuery, PAGE_SIZE } from './queries';

const route = getRouteApi('/app/registri');

/** The IKM directory: full-text search, facets with counts, sort, pages and export of the filtered list. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const isProgramme = me.kind === 'programme';
  const canManage = canAccess(me, REGISTRY_ACCESS.import);

  useEffect(() => {
    if ((debounced.trim() || undefined) !== search.q) void navigate({ search: (s) => ({ ...s, q: debounced.trim() || undefined, page: undefined }), replace: true });
  }, [debounced, search.q, navigate]);

  const setFilters = (patch: Partial<DirectorySearch>) => void navigate({ search: (s) => ({ ...s, ...patch, page: undefined }) });
  const list = useQuery(ikmSearchQuery(search));
  const facets = useQuery(ikmFacetsQuery(search));
  // certificate expiry flags: the expiring list is open to programme staff (all IKM) and an IKM (itself)
  const expiringList = useQuery({ ...expiringQuery, enabled: isProgramme });
  const expiring = useMemo(() => {
    const m = new Map<string, Exclude<CertificationStatus, 'valid'>>();
    for (const c of expiringList.data?.items ?? []) {
      if (c.status === 'expired') m.set(c.orgId, 'expired');
      else if (c.status === 'expiring' && !m.has(c.orgId)) m.set(c.orgId, 'expiring');
    }
    return m;
  }, [expiringList.data]);
  const exportHref = (format: 'csv' | 'xlsx') => `/api/ikm/export${queryString({ ...filterParams(search), format } as Record<string, string | undefined>)}`;

  return (
    <>
      <PageHeader
        title={t('registry.directory.title')}
        description={isProgramme ? t('registry.directory.descriptionProgramme') : t('registry.directory.descriptionVerified')}
        actions={
          <>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default">{t('registry.directory.export')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component="a" href={exportHref('csv')} download>
                  {t('registry.directory.exportCsv')}
                </Menu.Item>
                <Menu.Item component="a" href={exportHref('xlsx')} download>
                  {t('registry.directory.exportXlsx')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" component={Link} to="/registri/pembeli">
              {t('registry.buyers.title')}
            </Button>
            {canManage && (
              <Button variant="default" component={Link} to="/registri/impor">
                {t('registry.import.title')}
              </Button>
            )}
            {canManage && (
              <Button component={Link} to="/registri/ikm/baru">
                {t('registry.directory.add')}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('common.search')}
            placeholder={t('registry.directory.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            rightSection={q ? <CloseButton size="sm" aria-label={t('registry.directory.clearSearch')} onClick={() => setQ('')} /> : null}
            style={{ flex: '1 1 240px' }}
            type="search"
          />
          <Select
            label={t('registry.directory.sort')}
            data={SORTS.map((s) => ({ value: s, label: t(`registry.directory.sorts.${s}`) }))}
            value={search.sort ?? 'name'}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, sort: v && v !== 'name' ? (v as Sort) : undefined, page: undefined }) })}
            allowDeselect={false}
            style={{ flex: '0 1 220px' }}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Paper>
      <Group align="flex-start" gap="md" wrap="wrap">
        <Box w={{ base: '100%', sm: 260 }} style={{ flexShrink: 0 }}>
          <FilterPanel activeCount={activeFilterCount(search)}>
            <DirectoryFacets facets={facets.data} search={search} onChange={setFilters} showStatus={isProgramme} />
          </FilterPanel>
        </Box>
        <Stack gap="sm" style={{ flex: '1 1 400px', minWidth: 0 }}>
          <ActiveFilters search={search} facets={facets.data} onChange={setFilters} />
          <QueryView query={list} empty={t('registry.directory.noResults')}>
            {(data) => (
              <>
                <IkmTable items={data.items} expiring={expiring} showStatus={isProgramme} />
                <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
              </>
            )}
          </QueryView>
        </Stack>
      </Group>
    </>
  );
}
