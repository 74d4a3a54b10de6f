/** The registry's vocabularies: the built-in defaults plus entries added by programme admins. */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest, conflict } from '../../core/errors';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { CERTIFICATION_KINDS, createIkmProfileSchema, extendVocabulary, MATERIALS, PROCESSES, VOCABULARY_KEY, type Vocabulary } from './domain';
import type { Vocabularies } from './profile-mapper';
import * as store from './store';

export const EXTENDABLE = ['processes', 'materials', 'certificationKinds'] as const;
export type ExtendableVocabulary = (typeof EXTENDABLE)[number];

const BUILT_IN: Record<ExtendableVocabulary, Vocabulary> = { processes: PROCESSES, materials: MATERIALS, certificationKinds: CERTIFICATION_KINDS };

export type VocabularyService = ReturnType<typeof createVocabularyService>;

const CACHE_MS = 10_000;

export function createVocabularyService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  // Read on every search and profile view: cached briefly (another instance's additions show within CACHE_MS).
  let cached: { at: number; value: Promise<Vocabularies> } | null = null;

  function load(): Promise<Vocabularies> {
    const now = Date.now();
    if (!cached || now - cached.at > CACHE_MS) {
      const value = read();
      cached = { at: now, value };
      value.catch(() => {
        cached = null;
      });
    }
    return cached.value;
  }

  async function read(): Promise<Vocabularies> {
    const extra = await store.listVocabularyEntries(db);
    const of = (name: ExtendableVocabulary) =>
      extendVocabulary(BUILT_IN[name], extra.filter((e) => e.vocabulary === name).map((e) => ({ key: e.key, label: { id: e.labelId, en: e.labelEn } })));
    return { processes: of('processes'), materials: of('materials'), certificationKinds: of('certificationKinds') };
  }

  return {
    load,

    /** The profile schema with the current vocabularies and this business year as the latest yearFounded. */
    async profileSchema() {
      const v = await load();
      return { vocabularies: v, schema: createIkmProfileSchema({ ...v, currentYear: Number(today(clock).slice(0, 4)) }) };
    },

    async addEntry(actor: Actor, vocabulary: ExtendableVocabulary, entry: { key: string; labelId: string; labelEn: string }) {
      authorize(actor, { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      if (!VOCABULARY_KEY.test(entry.key)) {
        throw badRequest('registry.vocabulary_key_invalid', 'Kunci harus huruf kecil, angka dan garis bawah, diawali huruf (mis. "anodizing").', { field: 'key' });
      }
      if (BUILT_IN[vocabulary].has(entry.key)) throw conflict('registry.vocabulary_key_taken', `Kunci "${entry.key}" sudah ada.`, { field: 'key' });
      const added = await db.transaction(async (tx) => {
        const [row] = await store.insertVocabularyEntry(tx, { vocabulary, key: entry.key, labelId: entry.labelId, labelEn: entry.labelEn, createdBy: actor.userId, createdAt: clock.now() });
        if (!row) throw conflict('registry.vocabulary_key_taken', `Kunci "${entry.key}" sudah ada.`, { field: 'key' });
        await audit.record(tx, actor, { action: 'registry.vocabulary_entry_added', entityType: 'vocabulary', entityId: `${vocabulary}:${entry.key}`, after: entry });
        return { vocabulary, key: row.key, label: { id: row.labelId, en: row.labelEn } };
      });
      cached = null;
      return added;
    },
  };
}
