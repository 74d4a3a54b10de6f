import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Image, Progress, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { FilePurpose, RegistryFile } from '../../api/registry-types';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { formatBytes } from './format';
import { uploadFile } from './http';
import { filesQuery } from './queries';
import { Dash, Section } from './section';
import { useVocab } from './use-vocab';

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'application/pdf': 'PDF' };

/** Client-side check against the server's limits (the server checks again, by the file's content). */
export function fileProblem(file: File, limit: { maxBytes: number; types: string[] } | undefined, t: (k: string, o?: Record<string, unknown>) => string, lang: string): string | null {
  if (!limit) return null;
  if (file.size > limit.maxBytes) return t('registry.files.tooLarge', { size: formatBytes(file.size, lang), max: formatBytes(limit.maxBytes, lang) });
  if (file.size === 0) return t('registry.files.empty');
  if (file.type && !limit.types.includes(file.type)) return t('registry.files.wrongType', { types: limit.types.map((x) => TYPE_NAMES[x] ?? x).join(', ') });
  return null;
}

function Uploader({ owner, orgId }: { owner: 'ikm' | 'buyers'; orgId: string }) {
  const { t, i18n } = useTranslation();
  const { ref } = useVocab();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState<FilePurpose>('photo');
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const limit = ref?.fileLimits[purpose];
  const upload = useMutation({
    mutationFn: (f: File) => uploadFile<RegistryFile>(`/api/${owner}/${orgId}/files?purpose=${purpose}${description.trim() ? `&description=${encodeURIComponent(description.trim())}` : ''}`, f, setProgress),
    onSuccess: async () => {
      setFile(null);
      setDescription('');
      setProgress(0);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'files', owner, orgId] });
    },
    onError: (e) => setProblem(errorMessage(t, e)),
  });
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
    setProblem(f ? fileProblem(f, limit, t, i18n.language) : null);
  };
  const hint = limit ? t('registry.files.limits', { types: limit.types.map((x) => TYPE_NAMES[x] ?? x).join(', '), max: formatBytes(limit.maxBytes, i18n.language) }) : undefined;

  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={purpose}
        onChange={(v) => {
          setPurpose(v as FilePurpose);
          setFile(null);
          setProblem(null);
        }}
        data={[
          { value: 'photo', label: t('registry.files.photo') },
          { value: 'document', label: t('registry.files.document') },
        ]}
        aria-label={t('registry.files.purpose')}
      />
      <FileInput label={t('registry.files.choose')} description={hint} value={file} onChange={choose} clearable error={problem} accept={limit?.types.join(',')} placeholder={t('registry.files.placeholder')} />
      <TextInput label={t('registry.files.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={500} />
      {upload.isPending && <Progress value={progress * 100} aria-label={t('registry.files.uploading')} animated />}
      <Group justify="flex-end">
        <Button size="xs" disabled={!file || !!problem} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('registry.files.upload')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Photos (shown to whoever sees the profile) and documents (owner and programme staff), with upload for editors. */
export function FilesSection({ owner, orgId, canEdit }: { owner: 'ikm' | 'buyers'; orgId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(filesQuery(owner, orgId));
  const files = query.data ?? [];
  const photos = files.filter((f) => f.purpose === 'photo');
  const docs = files.filter((f) => f.purpose === 'document');
  const remove = (f: RegistryFile) => (
    <ConfirmButton
      title={t('registry.files.deleteTitle')}
      message={t('registry.files.deleteConfirm', { name: f.filename })}
      confirmLabel={t('registry.files.delete')}
      onConfirm={() => api.delete(`/api/registry/files/${f.id}`)}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ['registry', 'files', owner, orgId] })}
      buttonProps={{ variant: 'subtle', size: 'compact-xs' }}
    >
      {t('registry.files.delete')}
    </ConfirmButton>
  );

  return (
    <Section title={t('registry.sections.files')} testId="section-files">
      {query.isError && <FormError message={errorMessage(t, query.error)} />}
      <Text size="sm" fw={600}>{t('registry.files.photos')}</Text>
      {photos.length ? (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
          {photos.map((f) => (
            <Stack key={f.id} gap={2}>
              <Anchor href={`/api/registry/files/${f.id}`} target="_blank" rel="noreferrer">
                <Image src={`/api/registry/files/${f.id}`} alt={f.description || f.filename} radius="sm" h={110} fit="cover" loading="lazy" />
              </Anchor>
              <Text size="xs" c="dimmed" truncate>{f.description || f.filename}</Text>
              {canEdit && remove(f)}
            </Stack>
          ))}
        </SimpleGrid>
      ) : <Dash />}
      <Text size="sm" fw={600}>{t('registry.files.documents')}</Text>
      {docs.length ? (
        <Stack gap={4}>
          {docs.map((f) => (
            <Group key={f.id} justify="space-between" wrap="nowrap" gap="xs">
              <Anchor href={`/api/registry/files/${f.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {f.description || f.filename}
              </Anchor>
              <Group gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">{formatBytes(f.size, i18n.language)}</Text>
                {canEdit && remove(f)}
              </Group>
            </Group>
          ))}
        </Stack>
      ) : <Dash />}
      {canEdit && <Uploader owner={owner} orgId={orgId} />}
    </Section>
  );
}
