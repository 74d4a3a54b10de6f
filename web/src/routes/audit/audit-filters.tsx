import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { FilterPanel } from '../../components/filter-panel';

export interface AuditFilterValues {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
  orgId?: string;
}

const EMPTY: AuditFilterValues = {};
const clean = (v: AuditFilterValues): AuditFilterValues =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && x.trim() ? x.trim() : undefined])) as AuditFilterValues;

/** Action prefix, entity type, date range and (programme admins) organisation; applied on submit. */
export function AuditFilters({ value, onApply, organisations }: { value: AuditFilterValues; onApply: (v: AuditFilterValues) => void; organisations: Organisation[] | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterValues>(value);
  useEffect(() => setDraft({ action: value.action, entityType: value.entityType, from: value.from, to: value.to, orgId: value.orgId }), [value.action, value.entityType, value.from, value.to, value.orgId]);
  const set = (k: keyof AuditFilterValues) => (v: string | null) => setDraft((d) => ({ ...d, [k]: v ?? undefined }));
  const dateError = draft.from && draft.to && draft.from > draft.to ? t('validation.dateRange') : undefined;

  const activeCount = Object.values(value).filter((v) => typeof v === 'string' && v).length;
  return (
    <FilterPanel activeCount={activeCount}>
      <Paper withBorder p="sm" mb="md" component="form" onSubmit={(ev: FormEvent) => { ev.preventDefault(); if (!dateError) onApply(clean(draft)); }}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: organisations ? 5 : 4 }} spacing="sm">
          <TextInput label={t('audit.actionPrefix')} placeholder="identity." value={draft.action ?? ''} onChange={(e) => set('action')(e.currentTarget.value)} />
          <TextInput label={t('audit.entityType')} placeholder="user" value={draft.entityType ?? ''} onChange={(e) => set('entityType')(e.currentTarget.value)} />
          <TextInput type="date" label={t('audit.from')} value={draft.from ?? ''} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput type="date" label={t('audit.to')} value={draft.to ?? ''} onChange={(e) => set('to')(e.currentTarget.value)} error={dateError} />
          {organisations && (
            <Select
              label={t('audit.organisation')}
              placeholder={t('audit.allOrganisations')}
              searchable
              clearable
              data={organisations.map((o) => ({ value: o.id, label: o.name }))}
              value={draft.orgId ?? null}
              onChange={set('orgId')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end" mt="sm" gap="xs">
          <Button variant="default" onClick={() => { setDraft(EMPTY); onApply(EMPTY); }}>
            {t('common.reset')}
          </Button>
          <Button type="submit">{t('common.applyFilters')}</Button>
        </Group>
      </Paper>
    </FilterPanel>
  );
}
