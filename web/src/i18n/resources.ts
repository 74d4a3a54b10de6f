import en from './en.json';
import id from './id.json';

export type Tree = { [k: string]: string | Tree };

/**
 * Translations: the shell's id.json/en.json plus one pair of files per area in ./areas
 * (`registry.id.json`, `registry.en.json`, …), each mounted under its area name (`t('registry.title')`),
 * so areas never edit the same file.
 */
const areaFiles = import.meta.glob<{ default: Tree }>('./areas/*.json', { eager: true });

export function buildResources(): { id: Tree; en: Tree } {
  const out: { id: Tree; en: Tree } = { id: { ...(id as Tree) }, en: { ...(en as Tree) } };
  for (const [path, mod] of Object.entries(areaFiles)) {
    const m = /\/([\w-]+)\.(id|en)\.json$/.exec(path);
    if (!m) continue;
    const [, area, lang] = m as unknown as [string, string, 'id' | 'en'];
    out[lang][area] = mod.default;
  }
  return out;
}
