import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { NEED_STATUSES, type Need, type NeedStatus } from '../../api/needs-types';
import { DataTable, type Column } from '../../components/data-table';
import { FilterPanel } from '../../components/filter-panel';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { canActForBuyer, NeedStatusBadge } from './common';
import { formatInteger } from './money';
import { needsQuery, PAGE_SIZE } from './queries';
import { useLabels } from './reference';

const route = getRouteApi('/app/kebutuhan');

/** Part needs: a buyer's own, those visible to an IKM, all for programme staff. */
export function NeedsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { label, options } = useLabels();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  useEffect(() => {
    if ((debounced.trim() || undefined) !== search.q) void navigate({ search: (s) => ({ ...s, q: debounced.trim() || undefined, page: undefined }), replace: true });
  }, [debounced, search.q, navigate]);
  const query = useQuery(needsQuery({ status: search.status, q: search.q, process: search.process, page: search.page }));

  const columns: Column<Need>[] = [
    {
      id: 'part',
      header: t('needs.fields.partName'),
      card: 'title',
      cell: (n) => (
        <Stack gap={0}>
          <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/kebutuhan/$needId" params={{ needId: n.id }} />}>{n.partName}</Anchor>
          <Text size="xs" c="dimmed">{n.reference}{n.partNumber ? ` · ${n.partNumber}` : ''}</Text>
        </Stack>
      ),
    },
    ...(me.kind === 'buyer' ? [] : [{ id: 'buyer', header: t('needs.fields.buyer'), cell: (n: Need) => n.buyer.name }]),
    { id: 'processes', header: t('needs.fields.processes'), cell: (n) => n.processes.map((p) => label('processes', p)).join(', ') },
    { id: 'volume', header: t('needs.fields.monthlyVolume'), align: 'right', nowrap: true, cell: (n) => `${formatInteger(n.monthlyVolume, i18n.language)} ${label('capacityUnits', n.unit)}` },
    { id: 'deadline', header: t('needs.fields.deadline'), nowrap: true, cell: (n) => formatDate(n.deadline, i18n.language) },
    { id: 'status', header: t('needs.fields.status'), cell: (n) => <NeedStatusBadge status={n.status} /> },
  ];
  if (me.kind !== 'ikm') columns.push({ id: 'quotations', header: t('needs.fields.quotations'), align: 'right', cell: (n) => n.quotationCount ?? '—' });

  const active = [search.status, search.process].filter(Boolean).length;
  return (
    <>
      <PageHeader
        title={t('needs.title')}
        description={t(`needs.description.${me.kind === 'ikm' ? 'ikm' : me.kind === 'buyer' ? 'buyer' : 'programme'}`)}
        actions={canActForBuyer(me) && <Button renderRoot={(props) => <Link {...props} to="/kebutuhan/baru" />}>{t('needs.create')}</Button>}
      />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('common.search')} placeholder={t('needs.searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 220px' }} />
          <FilterPanel activeCount={active}>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select label={t('needs.fields.status')} placeholder={t('needs.allStatuses')} clearable w={180} data={NEED_STATUSES.map((s) => ({ value: s, label: t(`needs.status.${s}`) }))} value={search.status ?? null} onChange={(v) => void navigate({ search: (s) => ({ ...s, status: (v as NeedStatus | null) ?? undefined, page: undefined }) })} />
              <Select label={t('needs.fields.process')} placeholder={t('needs.allProcesses')} clearable searchable w={240} data={options('processes')} value={search.process ?? null} onChange={(v) => void navigate({ search: (s) => ({ ...s, process: v ?? undefined, page: undefined }) })} />
            </Group>
          </FilterPanel>
        </Group>
      </Paper>
      <QueryView query={query} empty={t('needs.empty')}>
        {(data) => (
          <>
            <DataTable rows={data.items} columns={columns} rowKey={(n) => n.id} minWidth={860} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
