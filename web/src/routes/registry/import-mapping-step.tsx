import { useMemo, useState } from 'react';
import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ImportMapping, ImportRecord } from '../../api/registry-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { useVocab } from './use-vocab';

/** Fields every file must feed (mirrors src/modules/registry/import/columns.ts; turnover: figure or band). */
export const REQUIRED_IMPORT_FIELDS = ['legalName', 'legalForm', 'nib', 'npwp', 'kbli', 'street', 'province', 'regency', 'postalCode', 'workforceTotal', 'contactName', 'contactPhone'];

export function missingImportFields(mapping: ImportMapping): string[] {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => !mapped.has(f));
  if (!mapped.has('annualTurnover') && !mapped.has('turnoverBand')) missing.push('annualTurnover');
  return missing;
}

/** Step 2: which column feeds which field — suggested by the server, editable; then the dry run. */
export function ImportMappingStep({ record, onValidating, onBack }: { record: ImportRecord; onValidating: (r: ImportRecord) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { ref } = useVocab();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const headers = record.preview?.headers ?? Object.keys(record.mapping ?? {});
  const [mapping, setMapping] = useState<ImportMapping>(() => ({ ...Object.fromEntries(headers.map((h) => [h, null])), ...(record.mapping ?? record.preview?.suggestedMapping ?? {}) }));
  const columns = ref?.importColumns ?? [];
  const header = (field: string) => columns.find((c) => c.field === field)?.header ?? field;
  const options = useMemo(() => [{ value: '-', label: t('registry.import.ignore') }, ...columns.map((c) => ({ value: c.field, label: `${c.header}${REQUIRED_IMPORT_FIELDS.includes(c.field) ? ' *' : ''}` }))], [columns, t]);
  const missing = missingImportFields(mapping);
  const validate = useMutation({
    mutationFn: () => api.post<ImportRecord>(`/api/ikm/imports/${record.id}/validate?wait=false`, { mapping }),
    onSuccess: onValidating,
  });
  const choose = (h: string, field: string | null) =>
    setMapping((m) => {
      const next: ImportMapping = { ...m };
      const f = field && field !== '-' ? field : null;
      // a field is fed by one column: take it away from the other
      if (f) for (const k of Object.keys(next)) if (next[k] === f) next[k] = null;
      next[h] = f;
      return next;
    });
  const sampleOf = (i: number) => (record.preview?.sample ?? []).slice(0, 2).map((r) => r.cells[i] ?? '').filter(Boolean).join(' · ');
  const picker = (h: string) => (
    <Select aria-label={t('registry.import.fieldFor', { column: h })} data={options} value={mapping[h] ?? '-'} onChange={(v) => choose(h, v)} searchable allowDeselect={false} comboboxProps={{ withinPortal: true }} size="xs" />
  );

  return (
    <Stack gap="sm">
      <Text size="sm">{t('registry.import.mappingHelp', { rows: record.preview?.rowCount ?? record.totalRows, file: record.filename })}</Text>
      {phone ? (
        <Stack gap="xs">
          {headers.map((h, i) => (
            <Stack key={h} gap={2}>
              <Text size="sm" fw={600}>{h}</Text>
              <Text size="xs" c="dimmed" lineClamp={1}>{sampleOf(i) || '—'}</Text>
              {picker(h)}
            </Stack>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.import.column')}</Table.Th>
                <Table.Th>{t('registry.import.sample')}</Table.Th>
                <Table.Th w={280}>{t('registry.import.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {headers.map((h, i) => (
                <Table.Tr key={h}>
                  <Table.Td fw={600}>{h}</Table.Td>
                  <Table.Td><Text size="xs" c="dimmed" lineClamp={2} maw={320}>{sampleOf(i) || '—'}</Text></Table.Td>
                  <Table.Td>{picker(h)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {missing.length > 0 && (
        <Alert color="orange" title={t('registry.import.missingTitle')} data-testid="missing-columns">
          {t('registry.import.missingBody', { fields: missing.map(header).join(', ') })}
        </Alert>
      )}
      <FormError message={validate.isError ? errorMessage(t, validate.error) : null} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>{t('registry.import.otherFile')}</Button>
        <Button disabled={missing.length > 0} loading={validate.isPending} onClick={() => validate.mutate()}>
          {t('registry.import.runDry')}
        </Button>
      </Group>
    </Stack>
  );
}
