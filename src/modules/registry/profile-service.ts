/** IKM profiles: read, create, replace and patch (with re-verification when identity fields of a verified profile change). */
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { badRequest, conflict } from '../../core/errors';
import { newId } from '../../core/ids';
import { parseOrThrow } from '../../core/validation';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import { changedIdentityFields, nextStatus, type IdentitySnapshot, type IkmProfile } from './domain';
import { profileColumns, profileView, rowToInput, type ProfileRow, type Vocabularies } from './profile-mapper';
import * as store from './store';
import type { VocabularyService } from './vocabulary-service';
import { assertVisible, EDIT_RULE, isProgramme, profileNotFound } from './visibility';

export type ProfileService = ReturnType<typeof createProfileService>;

const identityOf = (p: { legalName: string; legalForm: string; nib: string; npwp16: string; street: string; provinceCode: string; regencyCode: string; postalCode: string }): IdentitySnapshot => ({
  legalName: p.legalName,
  legalForm: p.legalForm,
  nib: p.nib,
  npwp16: p.npwp16,
  address: { street: p.street, provinceCode: p.provinceCode, regencyCode: p.regencyCode, postalCode: p.postalCode },
});

/** Values that differ between two column sets (search text left out), for the audit trail. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if (k === 'searchText' || k === 'facetTokens') continue;
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) {
      b[k] = before[k] ?? null;
      a[k] = after[k] ?? null;
    }
  }
  return { before: b, after: a };
}

export function createProfileService(deps: Deps, audit: AuditService, vocab: VocabularyService) {
  const { db, clock } = deps;

  /** The API view; `v` must be loaded before a transaction (PGlite has one connection: no outside queries inside). */
  async function loadView(x: Executor, row: ProfileRow, v?: Vocabularies) {
    const vocabularies = v ?? (await vocab.load());
    const certs = await store.listCertifications(x, row.orgId);
    const contacts = await store.listContacts(x, row.orgId);
    return profileView(row, certs, contacts, clock, vocabularies);
  }

  async function parse(input: unknown): Promise<{ profile: IkmProfile; v: Vocabularies }> {
    const { schema, vocabularies } = await vocab.profileSchema();
    return { profile: parseOrThrow(schema, input), v: vocabularies };
  }

  async function assertNibFree(x: Executor, nib: string, orgId: string | null) {
    const other = await store.findProfileByNib(x, nib);
    if (other && other.orgId !== orgId) throw conflict('registry.nib_taken', `NIB ${nib} sudah terdaftar atas nama ${other.legalName}.`, { field: 'nib' });
  }

  async function assertNameFree(x: Executor, name: string, orgId: string | null) {
    const other = await identityStore.findOrganisationByName(x, name, 'ikm');
    if (other && other.id !== orgId) throw conflict('registry.legal_name_taken', `Nama badan usaha "${name}" sudah dipakai IKM lain.`, { field: 'legalName' });
  }

  async function writeChildren(x: Executor, orgId: string, p: IkmProfile) {
    await store.replaceCertifications(x, orgId, p.certifications.map((c, i) => ({ id: newId(), orgId, position: i, kind: c.kind, number: c.number, expiresOn: c.expiresOn })));
    await store.replaceContacts(x, orgId, p.contacts.map((c, i) => ({ id: newId(), orgId, position: i, name: c.name, role: c.role ?? null, phone: c.phone, email: c.email ?? null })));
  }

  /** Resolves the organisation a new profile belongs to (creating one when programme staff register a new IKM). */
  async function targetOrganisation(x: Executor, actor: Actor, p: IkmProfile, orgId: string | undefined): Promise<{ id: string; created: boolean }> {
    if (!isProgramme(actor)) {
      if (orgId && orgId !== actor.orgId) throw profileNotFound(orgId);
      return { id: actor.orgId, created: false };
    }
    if (!orgId) {
      await assertNameFree(x, p.legalName, null);
      const id = newId();
      await identityStore.insertOrganisation(x, { id, name: p.legalName, kind: 'ikm', createdAt: clock.now(), updatedAt: clock.now() });
      await audit.record(x, actor, { action: 'identity.organisation_created', entityType: 'organisation', entityId: id, orgId: id, after: { name: p.legalName, kind: 'ikm' } });
      return { id, created: true };
    }
    const org = await identityStore.findOrganisation(x, orgId);
    if (!org || org.kind !== 'ikm') throw badRequest('registry.organisation_not_ikm', 'Organisasi tidak ditemukan atau bukan IKM.', { field: 'orgId' });
    return { id: orgId, created: false };
  }

  /** Keeps the organisation's name equal to the profile's legal name. */
  async function syncOrganisationName(x: Executor, orgId: string, legalName: string) {
    const org = await identityStore.findOrganisation(x, orgId);
    if (org && org.name !== legalName) {
      await assertNameFree(x, legalName, orgId);
      await identityStore.updateOrganisationRow(x, orgId, { name: legalName, updatedAt: clock.now() });
    }
  }

  async function replace(actor: Actor, orgId: string, input: unknown, expectedVersion?: number) {
    const { profile, v } = await parse(input);
    return db.transaction(async (tx) => {
      const row = assertVisible(actor, orgId, await store.lockProfile(tx, orgId));
      authorize(actor, EDIT_RULE, { parties: [orgId] });
      if (expectedVersion !== undefined && expectedVersion !== row.version) {
        throw conflict('registry.version_conflict', 'Profil telah diubah orang lain; muat ulang lalu ulangi perubahan Anda.', { version: row.version });
      }
      await assertNibFree(tx, profile.nib, orgId);
      await syncOrganisationName(tx, orgId, profile.legalName);
      const cols = profileColumns(profile, v);
      const changed = changedIdentityFields(identityOf(row), identityOf(cols));
      const reverify = row.status === 'verified' && changed.length > 0;
      const status = reverify ? nextStatus('verified', 'reverify') : row.status;
      const now = clock.now();
      const updated = await store.updateProfile(tx, orgId, {
        ...cols,
        status,
        ...(reverify ? { submittedAt: now, verifiedAt: null, verifiedBy: null } : {}),
        version: row.version + 1,
        updatedAt: now,
      });
      await writeChildren(tx, orgId, profile);
      if (reverify) {
        await store.insertHistory(tx, { id: newId(), orgId, fromStatus: 'verified', toStatus: status, action: 'reverify', changedFields: changed, actorUserId: actor.userId, actorOrgId: actor.orgId, at: now });
      }
      const d = diff(row as unknown as Record<string, unknown>, cols);
      await audit.record(tx, actor, { action: reverify ? 'registry.ikm_updated_reverification' : 'registry.ikm_updated', entityType: 'ikm_profile', entityId: orgId, orgId, before: d.before, after: { ...d.after, changedIdentityFields: changed } });
      return loadView(tx, updated, v);
    });
  }

  return {
    loadView,

    async get(actor: Actor, orgId: string) {
      const row = assertVisible(actor, orgId, await store.findProfile(db, orgId));
      return loadView(db, row);
    },

    /** The caller's own IKM profile (404 when none yet). */
    async mine(actor: Actor) {
      const row = await store.findProfile(db, actor.orgId);
      if (!row) throw profileNotFound(actor.orgId);
      return loadView(db, row);
    },

    /** Creates a draft profile: an IKM for itself; programme staff for an IKM organisation (new, or `orgId`). */
    async create(actor: Actor, input: unknown, opts: { orgId?: string } = {}) {
      authorize(actor, { ...EDIT_RULE, relation: 'any' });
      const { profile, v } = await parse(input);
      return db.transaction(async (tx) => {
        const org = await targetOrganisation(tx, actor, profile, opts.orgId);
        if (await store.findProfile(tx, org.id)) throw conflict('registry.ikm_profile_exists', 'Organisasi ini sudah memiliki profil IKM.', { orgId: org.id });
        await assertNibFree(tx, profile.nib, null);
        if (!org.created) await syncOrganisationName(tx, org.id, profile.legalName);
        const now = clock.now();
        await store.insertProfile(tx, { orgId: org.id, ...profileColumns(profile, v), status: 'draft', createdAt: now, updatedAt: now });
        await writeChildren(tx, org.id, profile);
        await store.insertHistory(tx, { id: newId(), orgId: org.id, fromStatus: null, toStatus: 'draft', action: 'create', actorUserId: actor.userId, actorOrgId: actor.orgId, at: now });
        await audit.record(tx, actor, { action: 'registry.ikm_created', entityType: 'ikm_profile', entityId: org.id, orgId: org.id, after: { legalName: profile.legalName, nib: profile.nib } });
        return loadView(tx, (await store.findProfile(tx, org.id))!, v);
      });
    },

    /** Replaces the whole profile (PUT). */
    replace,

    /** Changes some top-level fields (PATCH): merged over the stored profile and validated as a whole. */
    async patch(actor: Actor, orgId: string, changes: Record<string, unknown>, expectedVersion?: number) {
      const row = assertVisible(actor, orgId, await store.findProfile(db, orgId));
      authorize(actor, EDIT_RULE, { parties: [orgId] });
      const [certs, contacts] = await Promise.all([store.listCertifications(db, orgId), store.listContacts(db, orgId)]);
      const current = rowToInput(row, certs, contacts);
      if ('annualTurnover' in changes) delete current.turnoverBand;
      if ('turnoverBand' in changes && !('annualTurnover' in changes)) delete current.annualTurnover;
      return replace(actor, orgId, { ...current, ...changes }, expectedVersion);
    },
  };
}
