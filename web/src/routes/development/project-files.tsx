import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GATE_STAGES, type GateStage, type Project, type ProjectFile } from '../../api/development-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { fileToBase64, formatBytes, MAX_UPLOAD_BYTES } from './files';
import { devApi, fileUrl } from './queries';

/** Files of the project by gate (drawings, quotations, PPAP documents) with their SHA-256; both parties may add. */
export function ProjectFiles({ project, canUpload, onUploaded }: { project: Project; canUpload: boolean; onUploaded: () => void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const current = GATE_STAGES.includes(project.stage as GateStage) ? (project.stage as GateStage) : 'approval';
  const [stage, setStage] = useState<GateStage>(current);
  const org = (id: string) => (id === project.buyerOrgId ? project.buyerName : id === project.ikmOrgId ? project.ikmName : '—');
  const upload = useMutation({
    mutationFn: async (f: File) => {
      if (f.size > MAX_UPLOAD_BYTES) throw new Error(t('development.fileTooLarge'));
      return devApi.addFile(project.id, { stage, name: f.name, contentType: f.type || 'application/octet-stream', contentBase64: await fileToBase64(f) });
    },
    onSuccess: () => {
      setFile(null);
      onUploaded();
    },
  });
  const columns: Column<ProjectFile>[] = [
    { id: 'name', header: t('development.fileName'), card: 'title', cell: (f) => <Anchor href={fileUrl(f.id)} download={f.name}>{f.name}</Anchor> },
    { id: 'stage', header: t('development.stageField'), cell: (f) => t(`development.stage.${f.stage}`, { defaultValue: f.stage }) },
    { id: 'by', header: t('development.uploadedBy'), cell: (f) => org(f.uploadedOrgId) },
    { id: 'size', header: t('development.size'), align: 'right', nowrap: true, cell: (f) => formatBytes(f.size) },
    { id: 'at', header: t('development.uploadedAt'), nowrap: true, cell: (f) => formatDateTime(f.uploadedAt, i18n.language) },
    { id: 'hash', header: 'SHA-256', cell: (f) => <Text size="xs" ff="monospace" title={f.sha256}>{f.sha256.slice(0, 12)}…</Text> },
  ];
  const uploadError = upload.error ? (upload.error instanceof Error && !('code' in upload.error) ? upload.error.message : errorMessage(t, upload.error)) : null;
  return (
    <Stack gap="sm">
      {project.files.length ? <DataTable rows={project.files} columns={columns} rowKey={(f) => f.id} minWidth={760} /> : <Text size="sm" c="dimmed">{t('development.noFiles')}</Text>}
      {canUpload && (
        <Stack gap="xs">
          <FormError message={uploadError} />
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select label={t('development.stageField')} data={GATE_STAGES.map((s) => ({ value: s, label: t(`development.stage.${s}`) }))} value={stage} onChange={(v) => setStage((v as GateStage) ?? current)} allowDeselect={false} w={200} comboboxProps={{ withinPortal: true }} />
            <FileInput label={t('development.addFile')} description={t('development.fileHint')} placeholder={t('development.chooseFile')} value={file} onChange={setFile} clearable style={{ flex: '1 1 220px' }} />
            <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>{t('development.upload')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
