import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MouInput } from '../../api/partnerships-types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { MouForm } from './mou-form';
import { mouQuery, updateMou } from './queries';

const route = getRouteApi('/app/mou/$mouId/ubah');

/** Edit a draft MoU (the initiator). */
export function MouEditPage() {
  const { t } = useTranslation();
  const { mouId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(mouQuery(mouId));
  const save = useMutation({
    mutationFn: ({ input }: { input: MouInput; showError: (e: unknown) => void }) => updateMou(mouId, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['mous'] });
      await navigate({ to: '/mou/$mouId', params: { mouId } });
    },
    onError: (e, v) => v.showError(e),
  });
  return (
    <QueryView query={query}>
      {(mou) => (
        <>
          <PageHeader title={t('partnerships.editTitle', { reference: mou.reference })} />
          <MouForm mou={mou} submitLabel={t('common.save')} pending={save.isPending} onSubmit={(input, showError) => save.mutate({ input, showError })} onCancel={() => void navigate({ to: '/mou/$mouId', params: { mouId } })} />
        </>
      )}
    </QueryView>
  );
}
