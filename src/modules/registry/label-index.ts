/**
 * Typed words that start a word of a process, material or certification label (Indonesian or English)
 * also match IKM with that value: "bubut" → machining ("Permesinan (bubut, frais, bor)"), "halal" → the
 * halal certificate, "plastic" → injection moulding and the plastics. The search asks for the value's
 * facet token, an exact lexeme the GIN index can skip through, instead of a frequent prefix.
 */
import { FACET_PREFIX, type Vocabularies } from './profile-mapper';
import type { Vocabulary } from './domain';

const MIN_WORD = 3;
const MAX_TOKENS = 24;

interface Entry {
  words: string[];
  token: string;
}

const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);

function entriesOf(v: Vocabulary, prefix: string): Entry[] {
  return v.entries.map((e) => ({ words: [...new Set(wordsOf(`${e.label.id} ${e.label.en} ${e.key.replace(/_/g, ' ')}`))], token: prefix + e.key }));
}

export type LabelIndex = (word: string) => string[];

const cache = new WeakMap<Vocabularies, LabelIndex>();

/** The facet tokens a typed word stands for (none for words shorter than 3 letters). */
export function labelIndex(v: Vocabularies): LabelIndex {
  const hit = cache.get(v);
  if (hit) return hit;
  const entries = [...entriesOf(v.processes, FACET_PREFIX.process), ...entriesOf(v.materials, FACET_PREFIX.material), ...entriesOf(v.certificationKinds, FACET_PREFIX.certification)];
  const index: LabelIndex = (word) => (word.length < MIN_WORD ? [] : entries.filter((e) => e.words.some((w) => w.startsWith(word))).map((e) => e.token).slice(0, MAX_TOKENS));
  cache.set(v, index);
  return index;
}
