import { Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IkmListItem, IkmProfile, ProfileStatus } from '../../api/registry-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { ExpiringList } from './expiring-list';
import { ikmSearchQuery, PAGE_SIZE } from './queries';
import { ReturnButton } from './return-modal';
import { useVocab } from './use-vocab';

const route = getRouteApi('/app/verifikasi');
export const QUEUE_STATUSES = ['submitted', 'returned', 'draft'] as const satisfies readonly ProfileStatus[];

function Actions({ item }: { item: IkmListItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['registry'] });
  const verify = useMutation({ mutationFn: () => api.post<IkmProfile>(`/api/ikm/${item.id}/verify`), onSuccess: refresh });
  return (
    <Stack gap={4} align="flex-end">
      <Group gap={4} wrap="nowrap">
        <Button size="xs" variant="default" renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId" params={{ orgId: item.id }} />}>
          {t('registry.queue.review')}
        </Button>
        {item.status === 'submitted' && (
          <>
            <Button size="xs" color="teal" loading={verify.isPending} onClick={() => verify.mutate()} aria-label={t('registry.queue.verifyName', { name: item.legalName })}>
              {t('registry.verify.verify')}
            </Button>
            <ReturnButton size="xs" profile={{ orgId: item.id, legalName: item.legalName }} onDone={() => void refresh()} />
          </>
        )}
      </Group>
      {verify.isError && <FormError message={errorMessage(t, verify.error)} />}
    </Stack>
  );
}

/** Programme staff: profiles waiting for verification (or sent back, or still drafts) and expiring certificates. */
export function VerificationPage() {
  const { t, i18n } = useTranslation();
  const { label } = useVocab();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = search.status ?? 'submitted';
  const query = useQuery(ikmSearchQuery({ status: [status], sort: 'newest', page: search.page }));
  const columns: Column<IkmListItem>[] = [
    {
      id: 'name',
      header: t('registry.fields.legalName'),
      card: 'title',
      cell: (r) => (
        <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId" params={{ orgId: r.id }} />}>
          {r.legalName}
        </Anchor>
      ),
    },
    { id: 'place', header: t('registry.fields.location'), cell: (r) => `${r.place.regencyName}, ${r.place.provinceName}` },
    { id: 'form', header: t('registry.fields.legalForm'), cell: (r) => label('legalForms', r.legalForm) },
    { id: 'created', header: t('registry.queue.registered'), nowrap: true, cell: (r) => formatDate(r.createdAt, i18n.language) },
    { id: 'actions', header: t('common.actions'), card: 'actions', align: 'right', cell: (r) => <Actions item={r} /> },
  ];

  return (
    <Stack gap="lg">
      <div>
        <PageHeader title={t('registry.queue.title')} description={t('registry.queue.description')} />
        <SegmentedControl
          mb="md"
          value={status}
          onChange={(v) => void navigate({ search: { status: v === 'submitted' ? undefined : (v as ProfileStatus), page: undefined } })}
          data={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`registry.queue.tabs.${s}`) }))}
          aria-label={t('registry.queue.statusFilter')}
        />
        <QueryView query={query} empty={t(`registry.queue.empty.${status}`)}>
          {(data) => (
            <>
              <DataTable rows={data.items} columns={columns} rowKey={(r) => r.id} minWidth={760} />
              <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
            </>
          )}
        </QueryView>
      </div>
      <div>
        <Title order={3} size="h4" mb={4}>{t('registry.expiring.title')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('registry.expiring.description')}</Text>
        <ExpiringList />
      </div>
    </Stack>
  );
}
