import { useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

interface IkmItem {
  id: string;
  legalName: string;
  brandName: string | null;
  place?: { regencyName: string; provinceName: string };
}

export interface IkmOption {
  id: string;
  name: string;
}

/** Picks an IKM organisation by searching the registry (GET /api/ikm?q=); `value` is the IKM organisation id. */
export function IkmPicker({ value, onChange, initial, ...rest }: {
  value: string | null;
  onChange: (ikm: IkmOption | null) => void;
  /** Options known already (e.g. the current value's name). */
  initial?: IkmOption[];
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [known, setKnown] = useState<IkmOption[]>(initial ?? []);
  const query = useQuery({
    queryKey: ['ikm-picker', debounced],
    queryFn: ({ signal }) => api.get<Page<IkmItem>>('/api/ikm', { q: debounced.trim() || undefined, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const found: IkmOption[] = (query.data?.items ?? []).map((i) => ({ id: i.id, name: i.legalName }));
  const options = [...known.filter((k) => k.id === value && !found.some((f) => f.id === k.id)), ...found];
  return (
    <Select
      searchable
      clearable
      data={options.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={query.isFetching ? t('orders.common.searching') : t('orders.common.noIkmFound')}
      onChange={(id) => {
        const picked = options.find((o) => o.id === id) ?? null;
        if (picked) setKnown((k) => [...k.filter((x) => x.id !== picked.id), picked]);
        onChange(picked);
      }}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
