import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Reference, VocabularyEntry } from '../../api/needs-types';

/** Vocabularies for forms and labels (processes, materials, certifications, units, provinces). */
export const referenceQuery = queryOptions({
  queryKey: ['registry', 'reference'],
  queryFn: ({ signal }) => api.get<Reference>('/api/registry/reference', undefined, signal),
  staleTime: 10 * 60_000,
});

export type VocabularyName = 'processes' | 'materials' | 'certificationKinds' | 'capacityUnits';

/** Labels of vocabulary keys in the UI language (the key itself until the reference has loaded). */
export function useLabels() {
  const { i18n } = useTranslation();
  const { data } = useQuery(referenceQuery);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const maps = new Map<VocabularyName, Map<string, string>>();
  const of = (name: VocabularyName) => {
    let m = maps.get(name);
    if (!m) {
      m = new Map((data?.[name] ?? []).map((e: VocabularyEntry) => [e.key, e.label[lang]]));
      maps.set(name, m);
    }
    return m;
  };
  return {
    ready: !!data,
    label: (name: VocabularyName, key: string | null | undefined) => (key ? (of(name).get(key) ?? key) : '—'),
    options: (name: VocabularyName) => (data?.[name] ?? []).map((e) => ({ value: e.key, label: e.label[lang] })),
    provinces: (data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
  };
}
