import { describe, expect, it } from 'vitest';
import { buildResources, type Tree } from './resources';

const { id, en } = buildResources();


function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('web translations', () => {
  const idKeys = leaves(id as Tree);
  const enKeys = leaves(en as Tree);

  it('has the same keys in Indonesian and English', () => {
    expect([...enKeys.keys()].filter((k) => !idKeys.has(k))).toEqual([]);
    expect([...idKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    expect([...idKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect([...enKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differ = [...idKeys.keys()].filter((k) => enKeys.has(k) && placeholders(idKeys.get(k)!).join() !== placeholders(enKeys.get(k)!).join());
    expect(differ).toEqual([]);
  });
});
