import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { AuditEvent, Page } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { organisationsQuery } from '../organisations/queries';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { AuditTable } from './audit-table';

const route = getRouteApi('/app/audit');
const PAGE_SIZE = 25;

/** Dates are business dates in WIB; the whole "to" day is included. */
const startOfDay = (d?: string) => (d ? `${d}T00:00:00+07:00` : undefined);
const endOfDay = (d?: string) => (d ? `${d}T23:59:59.999+07:00` : undefined);

/** Audit trail: programme admins see everything (and may pick an organisation); organisation admins their own. */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const isProgramme = me.kind === 'programme';
  const orgs = useQuery({ ...organisationsQuery({ pageSize: 200 }), enabled: isProgramme });
  const orgNames = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  if (!isProgramme) orgNames.set(me.organisation.id, me.organisation.name);

  const query = useQuery({
    queryKey: ['audit', search],
    queryFn: ({ signal }) =>
      api.get<Page<AuditEvent>>('/api/audit', {
        action: search.action,
        entityType: search.entityType,
        from: startOfDay(search.from),
        to: endOfDay(search.to),
        orgId: isProgramme ? search.orgId : undefined,
        page,
        pageSize: PAGE_SIZE,
      }, signal),
    placeholderData: keepPreviousData,
  });

  const apply = (f: AuditFilterValues) => void navigate({ search: { action: f.action, entityType: f.entityType, from: f.from, to: f.to, orgId: f.orgId, page: undefined } });

  return (
    <>
      <PageHeader title={t('audit.title')} description={isProgramme ? t('audit.descriptionAll') : t('audit.descriptionOwn', { name: me.organisation.name })} />
      <AuditFilters value={search} onApply={apply} organisations={isProgramme ? (orgs.data?.items ?? []) : null} />
      <QueryView query={query}>
        {(data) => (
          <>
            <AuditTable events={data.items} orgNames={orgNames} />
            <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p > 1 ? p : undefined }) })} />
          </>
        )}
      </QueryView>
    </>
  );
}
