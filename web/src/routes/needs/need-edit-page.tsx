import { Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { NeedFiles } from './need-files';
import { NeedForm } from './need-form';
import { needBodyOf, needFormValues, type NeedFormValues } from './need-form-values';
import { needQuery, needsApi } from './queries';

const route = getRouteApi('/app/kebutuhan/$needId/ubah');

/** The buyer changes a draft or open need; its drawings are managed here too. */
export function NeedEditPage() {
  const { t } = useTranslation();
  const { needId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(needQuery(needId));
  const save = useMutation({
    mutationFn: ({ v }: { v: NeedFormValues; showError: (e: unknown) => void }) => needsApi.update(needId, needBodyOf(v, true)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['needs'] });
      await navigate({ to: '/kebutuhan/$needId', params: { needId } });
    },
    onError: (e, { showError }) => showError(e),
  });
  return (
    <QueryView query={query}>
      {(need) => (
        <Stack>
          <PageHeader title={t('needs.edit')} description={`${need.reference} · ${need.partName}`} />
          <NeedForm initial={needFormValues(need)} isEdit submitting={save.isPending} onSubmit={(v, showError) => save.mutate({ v, showError })} onCancel={() => void navigate({ to: '/kebutuhan/$needId', params: { needId } })} />
          <NeedFiles needId={needId} canEdit />
        </Stack>
      )}
    </QueryView>
  );
}
