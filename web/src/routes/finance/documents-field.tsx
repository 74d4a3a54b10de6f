import { useState } from 'react';
import { ActionIcon, Anchor, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDocument } from '../../api/finance-types';
import { errorMessage } from '../../i18n/errors';
import { uploadIkmDocument } from './api';

/**
 * The application's documents: one upload per document the product requires (PDF/JPEG/PNG, stored with
 * the IKM's files), plus any other document the IKM wants to add.
 */
export function DocumentsField({ orgId, required, value, onChange, error }: { orgId: string; required: string[]; value: ApplicationDocument[]; onChange: (v: ApplicationDocument[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<Record<string, string>>({});
  const [extraKind, setExtraKind] = useState('');
  const kinds = [...required, ...value.map((d) => d.kind).filter((k) => !required.includes(k))];

  const upload = async (kind: string, file: File | null) => {
    if (!file) {
      onChange(value.filter((d) => d.kind !== kind));
      return;
    }
    setBusy(kind);
    setFailed((f) => ({ ...f, [kind]: '' }));
    try {
      const saved = await uploadIkmDocument(orgId, file, kind);
      onChange([...value.filter((d) => d.kind !== kind), { kind, name: saved.name, url: saved.url }]);
    } catch (e) {
      setFailed((f) => ({ ...f, [kind]: errorMessage(t, e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">{t('finance.apply.documents')}</Text>
      <Text size="xs" c="dimmed">{t('finance.apply.documentsHint')}</Text>
      {kinds.map((kind) => {
        const doc = value.find((d) => d.kind === kind);
        return (
          <Stack key={kind} gap={2}>
            <FileInput
              label={kind}
              required={required.includes(kind)}
              accept="application/pdf,image/jpeg,image/png"
              placeholder={doc ? doc.name : t('finance.apply.chooseFile')}
              clearable
              disabled={busy === kind}
              onChange={(f) => void upload(kind, f)}
              error={failed[kind] || undefined}
              description={busy === kind ? t('finance.apply.uploading') : undefined}
            />
            {doc?.url && (
              <Text size="xs" c="green.8">
                {t('finance.apply.uploaded')}: <Anchor href={doc.url} target="_blank" size="xs">{doc.name}</Anchor>
              </Text>
            )}
          </Stack>
        );
      })}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput label={t('finance.apply.otherDocument')} value={extraKind} onChange={(e) => setExtraKind(e.currentTarget.value)} style={{ flex: 1 }} />
        <ActionIcon
          size="lg"
          variant="light"
          aria-label={t('finance.apply.addDocument')}
          disabled={!extraKind.trim() || kinds.includes(extraKind.trim())}
          onClick={() => {
            onChange([...value, { kind: extraKind.trim(), name: extraKind.trim() }]);
            setExtraKind('');
          }}
        >
          +
        </ActionIcon>
      </Group>
      {error && <Text size="sm" c="red" role="alert">{error}</Text>}
    </Stack>
  );
}
