import { useMemo, useState } from 'react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { kbliEntryQuery, kbliSearchQuery } from './queries';

/** KBLI 2020 codes: search by code or words of the title (server list), several may be picked. */
export function KbliPicker({ id, value, onChange, error }: { id: string; value: string[]; onChange: (codes: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useQuery(kbliSearchQuery(debounced.trim()));
  const selected = useQueries({ queries: value.map((c) => kbliEntryQuery(c)) });
  const data = useMemo(() => {
    const m = new Map<string, string>();
    value.forEach((code, i) => m.set(code, `${code} — ${selected[i]?.data?.title ?? ''}`));
    for (const k of found.data ?? []) if (!m.has(k.code)) m.set(k.code, `${k.code} — ${k.title}`);
    return [...m].map(([v, label]) => ({ value: v, label }));
  }, [value, selected, found.data]);

  return (
    <MultiSelect
      id={id}
      label={t('registry.fields.kbli')}
      description={t('registry.form.kbliHelp')}
      placeholder={value.length ? undefined : t('registry.form.kbliPlaceholder')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value}
      onChange={onChange}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.trim() ? (found.isFetching ? t('common.loading') : t('registry.form.kbliNone')) : t('registry.form.kbliType')}
      maxValues={20}
      error={error}
      hidePickedOptions
      comboboxProps={{ withinPortal: true }}
    />
  );
}
