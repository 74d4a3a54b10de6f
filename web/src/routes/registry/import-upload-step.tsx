import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../api/registry-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { formatBytes } from './format';
import { uploadFile } from './http';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Step 1: a CSV or XLSX file (≤ 50 MB), sent with upload progress; the server reads headers and suggests a mapping. */
export function ImportUploadStep({ onUploaded }: { onUploaded: (r: ImportRecord) => void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const upload = useMutation({
    mutationFn: (f: File) => uploadFile<ImportRecord>('/api/ikm/imports', f, setProgress),
    onSuccess: onUploaded,
  });
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
    setProgress(0);
    if (!f) return setProblem(null);
    if (!/\.(csv|xlsx)$/i.test(f.name)) return setProblem(t('registry.import.wrongType'));
    if (f.size > MAX_IMPORT_BYTES) return setProblem(t('registry.import.tooLarge', { size: formatBytes(f.size, i18n.language) }));
    if (f.size === 0) return setProblem(t('registry.files.empty'));
    setProblem(null);
  };

  return (
    <Stack gap="sm" maw={560}>
      <Text size="sm">{t('registry.import.uploadHelp')}</Text>
      <Group gap="md">
        <Anchor href="/api/ikm/import-template?format=xlsx" size="sm" download>{t('registry.import.templateXlsx')}</Anchor>
        <Anchor href="/api/ikm/import-template?format=csv" size="sm" download>{t('registry.import.templateCsv')}</Anchor>
      </Group>
      <FileInput label={t('registry.import.file')} description={t('registry.import.fileHelp')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={file} onChange={choose} error={problem} clearable placeholder={t('registry.files.placeholder')} />
      {upload.isPending && (
        <Stack gap={2}>
          <Progress value={progress * 100} animated aria-label={t('registry.import.uploading')} />
          <Text size="xs" c="dimmed">{t('registry.import.uploadingShare', { percent: Math.round(progress * 100) })}</Text>
        </Stack>
      )}
      <FormError message={upload.isError ? errorMessage(t, upload.error) : null} />
      <Group>
        <Button disabled={!file || !!problem} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('registry.import.uploadAndRead')}
        </Button>
      </Group>
    </Stack>
  );
}
