import { Anchor, Badge, CloseButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FacetCounts } from '../../api/registry-types';
import { LIST_FILTERS, type DirectorySearch, type ListFilter } from './directory-search';

const FACET_OF: Record<ListFilter, keyof FacetCounts | null> = { province: 'province', process: 'process', material: 'material', certification: 'certification', size: 'size', status: null };

/** The selected filters as removable chips, and "clear all". */
export function ActiveFilters({ search, facets, onChange }: { search: DirectorySearch; facets: FacetCounts | undefined; onChange: (patch: Partial<DirectorySearch>) => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const chips: { id: string; label: string; remove: () => void }[] = [];
  for (const param of LIST_FILTERS) {
    for (const key of search[param] ?? []) {
      const facet = FACET_OF[param];
      const v = facet ? facets?.[facet]?.find((x) => x.key === key) : undefined;
      const label = param === 'status' ? t(`registry.status.${key}`, { defaultValue: key }) : param === 'size' ? t(`registry.size.${key}`, { defaultValue: key }) : v ? (en ? v.labelEn : v.label) : key;
      chips.push({ id: `${param}:${key}`, label, remove: () => onChange({ [param]: (search[param] ?? []).filter((k) => k !== key) }) });
    }
  }
  if (search.verified) chips.push({ id: 'verified', label: search.verified === 'true' ? t('registry.badge.verified') : t('registry.badge.notVerified'), remove: () => onChange({ verified: undefined }) });
  if (!chips.length) return null;
  const clear = Object.fromEntries([...LIST_FILTERS.map((k) => [k, undefined]), ['verified', undefined]]) as Partial<DirectorySearch>;
  return (
    <Group gap={6} aria-label={t('registry.directory.activeFilters')} role="group">
      {chips.map((c) => (
        <Badge key={c.id} variant="light" tt="none" size="lg" pr={3} rightSection={<CloseButton size="xs" aria-label={t('registry.directory.removeFilter', { label: c.label })} onClick={c.remove} />}>
          {c.label}
        </Badge>
      ))}
      <Anchor component="button" type="button" size="sm" onClick={() => onChange(clear)}>
        {t('registry.directory.clearFilters')}
      </Anchor>
    </Group>
  );
}
