import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegistryReference, VocabularyEntry } from '../../api/registry-types';
import { referenceQuery } from './queries';

type VocabName = { [K in keyof RegistryReference]: RegistryReference[K] extends VocabularyEntry[] ? K : never }[keyof RegistryReference];

/**
 * The registry's reference lists (from GET /api/registry/reference) with labels in the UI language.
 * Until they arrive, labels fall back to the key.
 */
export function useVocab() {
  const { i18n } = useTranslation();
  const query = useQuery(referenceQuery);
  const lang: 'id' | 'en' = i18n.language === 'en' ? 'en' : 'id';
  const ref = query.data;
  const label = (vocab: VocabName, key: string): string => ref?.[vocab].find((e) => e.key === key)?.label[lang] ?? key;
  const options = (vocab: VocabName) => (ref?.[vocab] ?? []).map((e) => ({ value: e.key, label: e.label[lang] }));
  const provinceName = (code: string) => ref?.provinces.find((p) => p.code === code)?.name ?? code;
  return { ref, lang, label, options, provinceName, isPending: query.isPending, error: query.error };
}
