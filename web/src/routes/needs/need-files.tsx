import { useState } from 'react';
import { Anchor, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { fileUrl, filesQuery, needsApi } from './queries';

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Drawings and specifications of a need (or the attachments of a quotation): download, and upload/delete for their owner. */
export function NeedFiles({ needId, quotationId, canEdit, title }: { needId: string; quotationId?: string; canEdit: boolean; title?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(filesQuery(needId, quotationId));
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['needs', 'one', needId, 'files'] });
  const upload = useMutation({
    mutationFn: (f: File) => (quotationId ? needsApi.uploadQuotationFile(needId, quotationId, f) : needsApi.uploadNeedFile(needId, f)),
    onSuccess: () => {
      setFile(null);
      refresh();
    },
  });
  const files = query.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={5}>{title ?? t('needs.files.title')}</Title>
        {query.isError && <FormError message={errorMessage(t, query.error)} />}
        {files.length === 0 && query.isSuccess && <Text size="sm" c="dimmed">{t('needs.files.none')}</Text>}
        {files.map((f) => (
          <Group key={f.id} justify="space-between" gap="xs" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor href={fileUrl(needId, f.id)} download size="sm" style={{ overflowWrap: 'anywhere' }}>{f.filename}</Anchor>
              <Text size="xs" c="dimmed">{size(f.size)}</Text>
            </Stack>
            {canEdit && (
              <ConfirmButton title={t('needs.files.delete')} message={t('needs.files.deleteConfirm', { name: f.filename })} confirmLabel={t('needs.files.delete')} onConfirm={() => needsApi.deleteFile(needId, f.id)} onDone={refresh} buttonProps={{ variant: 'subtle' }}>
                {t('needs.files.delete')}
              </ConfirmButton>
            )}
          </Group>
        ))}
        {canEdit && (
          <Stack gap="xs">
            <FormError message={upload.isError ? errorMessage(t, upload.error) : null} />
            <Group gap="xs" align="flex-end" wrap="wrap">
              <FileInput style={{ flex: '1 1 220px' }} clearable label={t('needs.files.pick')} description={t('needs.files.hint')} value={file} onChange={setFile} accept=".pdf,.jpg,.jpeg,.png,.webp,.dwg,.dxf,.step,.stp,.zip" />
              <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>{t('needs.files.upload')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
