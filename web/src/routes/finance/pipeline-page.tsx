import { Paper, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Organisation, Page } from '../../api/types';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { PipelineHeadline, PipelineTable } from './pipeline-parts';
import { pipelineQuery } from './queries';

const route = getRouteApi('/app/pembiayaan/pipeline');

/** Applications and akad by stage with counts and values; programme staff may narrow it to one lender. */
export function PipelinePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programme = me.kind === 'programme';
  const lenders = useQuery({
    queryKey: ['finance', 'lenders'],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { kind: 'lender', pageSize: 100 }, signal),
    enabled: programme,
  });
  const query = useQuery(pipelineQuery(programme ? search.lenderId : undefined));
  return (
    <>
      <PageHeader title={t('finance.pipeline.title')} description={t('finance.pipeline.description')} />
      {programme && (
        <Paper withBorder p="sm" mb="md">
          <Select
            label={t('finance.lender')}
            placeholder={t('finance.allLenders')}
            clearable
            data={(lenders.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={search.lenderId ?? null}
            onChange={(v) => void navigate({ search: { lenderId: v ?? undefined } })}
            maw={360}
          />
        </Paper>
      )}
      <QueryView query={query} isEmpty={() => false}>
        {(p) => (
          <>
            <PipelineHeadline p={p} />
            <PipelineTable p={p} />
          </>
        )}
      </QueryView>
    </>
  );
}
