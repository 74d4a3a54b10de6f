import { useState } from 'react';
import { Anchor, Badge, Checkbox, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROFILE_STATUSES, type Facet, type FacetCounts, type FacetValue } from '../../api/registry-types';
import type { DirectorySearch, ListFilter } from './directory-search';

const SHOWN = 6;
const LIST_FACETS: { facet: Exclude<Facet, 'verified'>; param: ListFilter }[] = [
  { facet: 'process', param: 'process' },
  { facet: 'province', param: 'province' },
  { facet: 'material', param: 'material' },
  { facet: 'certification', param: 'certification' },
  { facet: 'size', param: 'size' },
];

/** One facet: its values with counts, the first few and "show all". Selected values stay listed. */
function FacetGroup({ title, values, selected, onChange, lang, labelOf }: { title: string; values: FacetValue[]; selected: string[]; onChange: (v: string[]) => void; lang: 'id' | 'en'; labelOf?: (v: FacetValue) => string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const missing = selected.filter((k) => !values.some((v) => v.key === k)).map((key) => ({ key, label: key, labelEn: key, count: 0 }));
  const list = [...values, ...missing];
  const shown = all ? list : list.filter((v, i) => i < SHOWN || selected.includes(v.key));
  if (!list.length) return null;
  return (
    <Stack gap={6} role="group" aria-label={title}>
      <Text size="sm" fw={600}>{title}</Text>
      {shown.map((v) => (
        <Group key={v.key} justify="space-between" wrap="nowrap" gap="xs">
          <Checkbox
            size="xs"
            label={labelOf ? labelOf(v) : lang === 'en' ? v.labelEn : v.label}
            checked={selected.includes(v.key)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...selected, v.key] : selected.filter((k) => k !== v.key))}
            styles={{ label: { cursor: 'pointer' } }}
          />
          <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }} aria-label={t('registry.directory.countLabel', { count: v.count })}>
            {v.count}
          </Badge>
        </Group>
      ))}
      {list.length > SHOWN && (
        <Anchor component="button" type="button" size="xs" onClick={() => setAll((x) => !x)} ta="left">
          {all ? t('registry.directory.showFewer') : t('registry.directory.showAll', { count: list.length })}
        </Anchor>
      )}
    </Stack>
  );
}

/** The directory's facets (counts from GET /api/ikm/facets) and, for programme staff, the workflow status. */
export function DirectoryFacets({ facets, search, onChange, showStatus }: {
  facets: FacetCounts | undefined;
  search: DirectorySearch;
  onChange: (patch: Partial<DirectorySearch>) => void;
  showStatus: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const verified = facets?.verified ?? [];
  return (
    <Paper withBorder p="sm">
      <Stack gap="md">
        {verified.length > 0 && (
          <FacetGroup
            title={t('registry.facets.verified')}
            lang={lang}
            values={[...verified].sort((a, b) => (a.key === 'true' ? -1 : b.key === 'true' ? 1 : 0))}
            selected={search.verified ? [search.verified] : []}
            onChange={(v) => onChange({ verified: (v.filter((x) => x !== search.verified)[0] as 'true' | 'false' | undefined) ?? undefined })}
          />
        )}
        {LIST_FACETS.map(({ facet, param }) => (
          <FacetGroup key={facet} title={t(`registry.facets.${facet}`)} lang={lang} values={facets?.[facet] ?? []} labelOf={facet === 'size' ? (v) => t(`registry.size.${v.key}`, { defaultValue: v.label }) : undefined} selected={search[param] ?? []} onChange={(v) => onChange({ [param]: v.length ? v : undefined })} />
        ))}
        {showStatus && (
          <Stack gap={6}>
            <Text size="sm" fw={600} id="status-filter-label">{t('registry.facets.status')}</Text>
            <Chip.Group multiple value={search.status ?? []} onChange={(v) => onChange({ status: v.length ? v : undefined })}>
              <Group gap={6} role="group" aria-labelledby="status-filter-label">
                {PROFILE_STATUSES.map((s) => (
                  <Chip key={s} value={s} size="xs">
                    {t(`registry.status.${s}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
