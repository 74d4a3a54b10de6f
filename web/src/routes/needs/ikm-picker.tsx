import { useState } from 'react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

interface IkmItem {
  id: string;
  legalName: string;
  place: { regencyName: string; provinceName: string };
}

/** Pick IKM by name (the registry's search: verified IKM for buyers); remembers the names of those picked. */
export function IkmPicker({ value, onChange, label, error, exclude = [] }: { value: string[]; onChange: (ids: string[]) => void; label: string; error?: string; exclude?: string[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [names, setNames] = useState<Record<string, string>>({});
  const query = useQuery({
    queryKey: ['registry', 'ikm', 'pick', debounced],
    queryFn: ({ signal }) => api.get<Page<IkmItem>>('/api/ikm', { q: debounced || undefined, pageSize: 20 }, signal),
    retry: false,
  });
  const found = (query.data?.items ?? []).filter((i) => !exclude.includes(i.id));
  const data = [
    ...value.map((id) => ({ value: id, label: names[id] ?? id })),
    ...found.filter((i) => !value.includes(i.id)).map((i) => ({ value: i.id, label: `${i.legalName} — ${i.place.regencyName}` })),
  ];
  return (
    <MultiSelect
      label={label}
      placeholder={t('needs.invitations.searchIkm')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value}
      error={error}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('common.empty')}
      onChange={(ids) => {
        setNames((n) => ({ ...n, ...Object.fromEntries(found.filter((i) => ids.includes(i.id)).map((i) => [i.id, i.legalName])) }));
        onChange(ids);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
