import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IkmProfile } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { ForbiddenPage } from '../errors/forbidden-page';
import { canEditIkm } from './access';
import { sendJson } from './http';
import { ProfileForm } from './profile-form';
import { fromProfile } from './profile-form-model';
import { ikmProfileQuery } from './queries';

const route = getRouteApi('/app/registri/ikm/$orgId/ubah');

/** Saved: refresh the registry's data; submit when asked; then show the profile. */
export function useAfterSave() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (p: IkmProfile, submit: boolean) => {
    const saved = submit ? await api.post<IkmProfile>(`/api/ikm/${p.orgId}/submit`) : p;
    queryClient.setQueryData(['registry', 'ikm', 'one', saved.orgId], saved);
    await queryClient.invalidateQueries({ queryKey: ['registry'] });
    await queryClient.invalidateQueries({ queryKey: ['me'] });
    await navigate({ to: '/registri/ikm/$orgId', params: { orgId: saved.orgId } });
  };
}

/** Editing an IKM profile (the IKM itself, or programme staff), with the version it was loaded at. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  const { orgId } = route.useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const query = useQuery({ ...ikmProfileQuery(orgId), staleTime: 0 });
  const afterSave = useAfterSave();
  if (!canEditIkm(me, orgId)) return <ForbiddenPage />;
  return (
    <QueryView query={query}>
      {(p) => (
        <>
          <PageHeader title={t('registry.form.editTitle', { name: p.legalName })} description={t('registry.form.requiredHint')} />
          <ProfileForm
            key={p.version}
            initial={fromProfile(p)}
            status={p.status}
            save={(body) => sendJson<IkmProfile>('PUT', `/api/ikm/${orgId}`, body, { 'if-match': `"${p.version}"` })}
            onSaved={afterSave}
            onCancel={() => void navigate({ to: '/registri/ikm/$orgId', params: { orgId } })}
          />
        </>
      )}
    </QueryView>
  );
}
