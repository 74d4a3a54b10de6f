import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Mou, MouDocument } from '../../api/partnerships-types';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { fileToBase64, formatBytes, MAX_UPLOAD_BYTES } from '../development/files';
import { documentUrl } from './queries';

/** The MoU's documents with their SHA-256; the initiator adds or removes them while it is a draft. */
export function MouDocuments({ mou, canEdit }: { mou: Mou; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['mous', 'one', mou.id] });
  const upload = useMutation({
    mutationFn: async (f: File) => {
      if (f.size > MAX_UPLOAD_BYTES) throw new Error(t('partnerships.fileTooLarge'));
      return api.post<MouDocument>(`/api/mous/${mou.id}/documents`, { name: f.name, contentType: f.type || 'application/octet-stream', contentBase64: await fileToBase64(f) });
    },
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
  });
  const columns: Column<MouDocument>[] = [
    { id: 'name', header: t('partnerships.documentName'), card: 'title', cell: (d) => <Anchor href={documentUrl(mou.id, d.id)} download={d.name}>{d.name}</Anchor> },
    { id: 'size', header: t('partnerships.size'), align: 'right', nowrap: true, cell: (d) => formatBytes(d.size) },
    { id: 'hash', header: 'SHA-256', cell: (d) => <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>{d.sha256}</Text> },
    { id: 'at', header: t('partnerships.uploadedAt'), nowrap: true, cell: (d) => formatDateTime(d.uploadedAt, i18n.language) },
  ];
  if (canEdit) {
    columns.push({
      id: 'actions', header: t('common.actions'), card: 'actions', align: 'right',
      cell: (d) => (
        <ConfirmButton title={t('partnerships.removeDocument')} message={t('partnerships.removeDocumentConfirm', { name: d.name })} confirmLabel={t('partnerships.remove')} onConfirm={() => api.delete(documentUrl(mou.id, d.id))} onDone={() => void refresh()}>
          {t('partnerships.remove')}
        </ConfirmButton>
      ),
    });
  }
  return (
    <Stack gap="sm">
      {mou.documents.length ? <DataTable rows={mou.documents} columns={columns} rowKey={(d) => d.id} minWidth={720} /> : <Text size="sm" c="dimmed">{t('partnerships.noDocuments')}</Text>}
      {canEdit && (
        <Stack gap="xs">
          <FormError message={upload.isError ? (upload.error instanceof Error && !('code' in upload.error) ? upload.error.message : errorMessage(t, upload.error)) : null} />
          <Group align="flex-end" gap="xs">
            <FileInput label={t('partnerships.addDocument')} description={t('partnerships.documentHint')} value={file} onChange={setFile} clearable style={{ flex: '1 1 240px' }} placeholder={t('partnerships.chooseFile')} />
            <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>{t('partnerships.upload')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
