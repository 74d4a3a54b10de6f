import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Progress, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { IMPORT_TARGET_STATUSES, type ImportRecord, type ImportTargetStatus } from '../../api/registry-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { formatNumber } from './format';
import { ImportDuplicates, ImportErrors } from './import-issues';

/** A running step's progress ("1.234 of 100.000 rows"). */
export function ImportProgress({ record }: { record: ImportRecord }) {
  const { t, i18n } = useTranslation();
  const total = Math.max(record.totalRows, 1);
  const share = Math.min(100, (record.processedRows / total) * 100);
  const label = record.status === 'committing' ? t('registry.import.committing') : t('registry.import.validating');
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="import-progress">
      <Text size="sm" fw={500}>{label}</Text>
      <Progress value={share} animated aria-label={label} />
      <Text size="xs" c="dimmed">{t('registry.import.progress', { done: formatNumber(record.processedRows, i18n.language), total: formatNumber(record.totalRows, i18n.language) })}</Text>
    </Stack>
  );
}

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} c={color}>{formatNumber(value, i18n.language)}</Text>
    </Stack>
  );
}

/** Step 3: the dry run's report (every bad row and field) and the commit: all or nothing, or only the good rows. */
export function ImportResultStep({ record, onCommitting, onRemap }: { record: ImportRecord; onCommitting: (r: ImportRecord) => void; onRemap: () => void }) {
  const { t, i18n } = useTranslation();
  const [partial, setPartial] = useState(false);
  const [status, setStatus] = useState<ImportTargetStatus>('submitted');
  const commit = useMutation({
    mutationFn: () => api.post<ImportRecord>(`/api/ikm/imports/${record.id}/commit?wait=false`, { partial, status }),
    onSuccess: onCommitting,
  });
  const hasErrors = record.errorRows > 0;
  const blocked = (hasErrors && !partial) || record.validRows === 0;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('registry.import.totalRows')} value={record.totalRows} />
        <Stat label={t('registry.import.validRows')} value={record.validRows} color="teal" />
        <Stat label={t('registry.import.errorRows')} value={record.errorRows} color={hasErrors ? 'red' : undefined} />
        <Stat label={t('registry.import.duplicateRows')} value={record.duplicateRows} color={record.duplicateRows ? 'orange' : undefined} />
      </SimpleGrid>
      {hasErrors ? (
        <Alert color="red" title={t('registry.import.errorsTitle', { count: record.errorRows, n: formatNumber(record.errorRows, i18n.language) })}>{t('registry.import.errorsBody')}</Alert>
      ) : (
        <Alert color="teal" title={t('registry.import.cleanTitle')}>{t('registry.import.cleanBody', { count: record.validRows, n: formatNumber(record.validRows, i18n.language) })}</Alert>
      )}
      {(hasErrors || record.duplicateRows > 0) && (
        <Tabs defaultValue={hasErrors ? 'errors' : 'duplicates'} keepMounted={false}>
          <Tabs.List>
            {hasErrors && <Tabs.Tab value="errors">{t('registry.import.errorsTab', { count: record.errorRows })}</Tabs.Tab>}
            {record.duplicateRows > 0 && <Tabs.Tab value="duplicates">{t('registry.import.duplicatesTab', { count: record.duplicateRows })}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="errors" pt="sm"><ImportErrors id={record.id} /></Tabs.Panel>
          <Tabs.Panel value="duplicates" pt="sm"><ImportDuplicates id={record.id} /></Tabs.Panel>
        </Tabs>
      )}
      <Stack gap="xs" maw={560}>
        <Select label={t('registry.import.targetStatus')} description={t('registry.import.targetStatusHelp')} data={IMPORT_TARGET_STATUSES.map((s) => ({ value: s, label: t(`registry.import.targets.${s}`) }))} value={status} onChange={(v) => v && setStatus(v as ImportTargetStatus)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
        {hasErrors && <Checkbox checked={partial} onChange={(e) => setPartial(e.currentTarget.checked)} label={t('registry.import.partial', { count: record.validRows, n: formatNumber(record.validRows, i18n.language) })} description={t('registry.import.partialHelp')} />}
      </Stack>
      <FormError message={commit.isError ? errorMessage(t, commit.error) : null} />
      <Group justify="space-between">
        <Button variant="default" onClick={onRemap}>{t('registry.import.backToMapping')}</Button>
        <Button disabled={blocked} loading={commit.isPending} onClick={() => commit.mutate()}>
          {partial ? t('registry.import.commitPartial', { count: record.validRows, n: formatNumber(record.validRows, i18n.language) }) : t('registry.import.commitAll', { count: record.validRows, n: formatNumber(record.validRows, i18n.language) })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Step 4: the commit's outcome. */
export function ImportDoneStep({ record, onAnother }: { record: ImportRecord; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="teal" title={t('registry.import.doneTitle')} data-testid="import-done">
        {t('registry.import.doneBody', { count: record.createdRows, n: formatNumber(record.createdRows, i18n.language), skipped: formatNumber(record.errorRows + record.duplicateRows, i18n.language) })}
      </Alert>
      <Group>
        <Button component={Link} to="/registri">{t('registry.import.toDirectory')}</Button>
        <Button variant="default" onClick={onAnother}>{t('registry.import.another')}</Button>
      </Group>
    </Stack>
  );
}
