import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { BuyerProfile } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/states';
import { ForbiddenPage } from '../errors/forbidden-page';
import { canEditBuyer } from './access';
import { BuyerForm, buyerValues } from './buyer-form';
import { sendJson } from './http';
import { buyerQuery } from './queries';

const route = getRouteApi('/app/registri/pembeli/$orgId/ubah');

/** Create or edit a buyer profile (PUT creates it when the organisation has none yet). */
export function BuyerEditPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({ ...buyerQuery(orgId), staleTime: 0 });
  if (!canEditBuyer(me, orgId)) return <ForbiddenPage />;
  if (query.isPending) return <LoadingState />;
  const missing = query.isError && isApiError(query.error) && query.error.status === 404;
  if (query.isError && !missing) return <ErrorState error={query.error} />;
  const current = query.data ?? null;
  const back = () => void navigate({ to: '/registri/pembeli/$orgId', params: { orgId } });
  return (
    <>
      <PageHeader title={current ? t('registry.form.editTitle', { name: current.companyName }) : t('registry.buyers.fillTitle')} description={t('registry.form.requiredHint')} />
      <BuyerForm
        initial={buyerValues(current, me.organisation.id === orgId ? me.organisation.name : '')}
        save={(body) => sendJson<BuyerProfile>('PUT', `/api/buyers/${orgId}`, body)}
        onSaved={async (b) => {
          queryClient.setQueryData(['registry', 'buyers', 'one', orgId], b);
          await queryClient.invalidateQueries({ queryKey: ['registry', 'buyers'] });
          back();
        }}
        onCancel={back}
      />
    </>
  );
}
