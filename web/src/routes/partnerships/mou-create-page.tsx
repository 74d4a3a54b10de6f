import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MouInput } from '../../api/partnerships-types';
import { PageHeader } from '../../components/page-header';
import { MouForm } from './mou-form';
import { createMou } from './queries';

/** A buyer or mentor drafts an MoU with one or many IKM. */
export function MouCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: ({ input }: { input: MouInput; showError: (e: unknown) => void }) => createMou(input),
    onSuccess: async (mou) => {
      await queryClient.invalidateQueries({ queryKey: ['mous'] });
      await navigate({ to: '/mou/$mouId', params: { mouId: mou.id } });
    },
    onError: (e, v) => v.showError(e),
  });
  return (
    <>
      <PageHeader title={t('partnerships.create')} description={t('partnerships.createHint')} />
      <MouForm submitLabel={t('partnerships.saveDraft')} pending={create.isPending} onSubmit={(input, showError) => create.mutate({ input, showError })} onCancel={() => void navigate({ to: '/mou' })} />
    </>
  );
}
