import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { JobFailure, Page } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { JobFailuresTable } from './job-failures-table';

const route = getRouteApi('/app/sistem/tugas');
const PAGE_SIZE = 25;

/** Failed background job attempts (programme admins): what failed, how often, and whether it will be retried. */
export function JobFailuresPage() {
  const { t } = useTranslation();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery({
    queryKey: ['jobs', 'failures', page],
    queryFn: ({ signal }) => api.get<Page<JobFailure>>('/api/jobs/failures', { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <QueryView query={query} empty={t('jobs.empty')}>
        {(data) => (
          <>
            <JobFailuresTable failures={data.items} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: { page: p > 1 ? p : undefined } })} />
          </>
        )}
      </QueryView>
    </>
  );
}
