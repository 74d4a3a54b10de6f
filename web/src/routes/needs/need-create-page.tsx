import { useState } from 'react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Need } from '../../api/needs-types';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../i18n/errors';
import { NeedForm } from './need-form';
import { needBodyOf, needFormValues, type NeedFormValues } from './need-form-values';
import { needsApi } from './queries';

/** A buyer posts a part need (programme staff for a buyer), with its drawings. */
export function NeedCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [failed, setFailed] = useState<{ need: Need; messages: string[] } | null>(null);
  const create = useMutation({
    mutationFn: async ({ v }: { v: NeedFormValues; showError: (e: unknown) => void }) => {
      const need = await needsApi.create(needBodyOf(v, false));
      const messages: string[] = [];
      for (const f of files) {
        try {
          await needsApi.uploadNeedFile(need.id, f);
        } catch (e) {
          messages.push(`${f.name}: ${errorMessage(t, e)}`);
        }
      }
      return { need, messages };
    },
    onSuccess: async ({ need, messages }) => {
      await queryClient.invalidateQueries({ queryKey: ['needs'] });
      if (messages.length) setFailed({ need, messages });
      else await navigate({ to: '/kebutuhan/$needId', params: { needId: need.id } });
    },
    onError: (e, { showError }) => showError(e),
  });

  return (
    <>
      <PageHeader title={t('needs.create')} description={t('needs.form.createHint')} />
      {failed ? (
        <Alert color="yellow" title={t('needs.files.someFailed')}>
          <Stack gap={4}>
            {failed.messages.map((m) => <span key={m}>{m}</span>)}
            <Anchor renderRoot={(props) => <Link {...props} to="/kebutuhan/$needId" params={{ needId: failed.need.id }} />}>{t('needs.openNeed', { reference: failed.need.reference })}</Anchor>
          </Stack>
        </Alert>
      ) : (
        <NeedForm initial={needFormValues()} isEdit={false} submitting={create.isPending} files={files} onFiles={setFiles} onSubmit={(v, showError) => create.mutate({ v, showError })} onCancel={() => void navigate({ to: '/kebutuhan' })} />
      )}
    </>
  );
}
