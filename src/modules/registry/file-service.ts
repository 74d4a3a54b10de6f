/**
 * Photos and documents of IKM and buyer profiles, stored in the database (bytea): transactional,
 * backed up with everything else, and no shared disk between app instances. Type is decided by the
 * file's first bytes, not by what the client claims.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { AppError, conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { identityStore } from '../identity';
import * as files from './file-store';
import * as store from './store';
import { canSeeProfile, isProgramme } from './visibility';

export const FILE_PURPOSES = ['photo', 'document'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

const MiB = 1024 * 1024;
export const FILE_LIMITS: Record<FilePurpose, { maxBytes: number; types: readonly string[] }> = {
  photo: { maxBytes: 5 * MiB, types: ['image/jpeg', 'image/png', 'image/webp'] },
  document: { maxBytes: 10 * MiB, types: ['application/pdf', 'image/jpeg', 'image/png'] },
};
/** The largest upload any purpose accepts (the multipart limit). */
export const MAX_UPLOAD_BYTES = 10 * MiB;
export const MAX_FILES_PER_ORGANISATION = 50;

const EDIT_FILES = { kinds: ['programme', 'ikm', 'buyer'] as const, roles: ['admin', 'staff'] as const };

/** MIME type from the magic number, or null for anything else. */
export function sniffMime(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export const fileTooLarge = (purpose: FilePurpose) =>
  new AppError('registry.file_too_large', 413, `Berkas terlalu besar: maksimal ${FILE_LIMITS[purpose].maxBytes / MiB} MB untuk ${purpose === 'photo' ? 'foto' : 'dokumen'}.`, { maxBytes: FILE_LIMITS[purpose].maxBytes, purpose });

const fileNotFound = (id: string) => notFound('registry.file_not_found', 'Berkas tidak ditemukan.', { id });

/** A safe display name: no path, no control characters, at most 200 characters. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"').join('');
  return printable.trim().slice(0, 200) || 'berkas';
}

export type FileService = ReturnType<typeof createFileService>;

export function createFileService(deps: Deps, audit: AuditService) {
  const { db, clock } = deps;

  /** Whether the caller may see an organisation's files of a purpose: documents only the owner and programme. */
  async function canSee(actor: Actor, orgId: string, purpose: FilePurpose): Promise<boolean> {
    if (isProgramme(actor) || actor.orgId === orgId) return true;
    if (purpose === 'document') return false;
    const org = await identityStore.findOrganisation(db, orgId);
    if (!org) return false;
    if (org.kind === 'buyer') return true;
    if (org.kind !== 'ikm') return false;
    const profile = await store.findProfile(db, orgId);
    return !!profile && canSeeProfile(actor, profile);
  }

  async function ownerOrgOrNotFound(actor: Actor, orgId: string) {
    const org = await identityStore.findOrganisation(db, orgId);
    if (!org || !['ikm', 'buyer'].includes(org.kind) || !(await canSee(actor, orgId, 'photo'))) {
      throw notFound('registry.organisation_not_found', 'Organisasi tidak ditemukan.', { id: orgId });
    }
    return org;
  }

  return {
    async upload(actor: Actor, orgId: string, input: { purpose: FilePurpose; filename: string; buffer: Buffer; truncated: boolean; description?: string }) {
      await ownerOrgOrNotFound(actor, orgId);
      authorize(actor, EDIT_FILES, { parties: [orgId] });
      const limits = FILE_LIMITS[input.purpose];
      if (input.truncated || input.buffer.length > limits.maxBytes) throw fileTooLarge(input.purpose);
      if (!input.buffer.length) throw new AppError('registry.file_empty', 400, 'Berkas kosong.', { field: 'file' });
      const mime = sniffMime(input.buffer);
      if (!mime || !limits.types.includes(mime)) {
        const allowed = input.purpose === 'photo' ? 'JPEG, PNG atau WebP' : 'PDF, JPEG atau PNG';
        throw new AppError('registry.file_type_not_allowed', 415, `Jenis berkas tidak diizinkan untuk ${input.purpose === 'photo' ? 'foto' : 'dokumen'}: hanya ${allowed}.`, { allowed: [...limits.types], purpose: input.purpose });
      }
      if ((await files.countFiles(db, orgId)) >= MAX_FILES_PER_ORGANISATION) {
        throw conflict('registry.file_limit_reached', `Maksimal ${MAX_FILES_PER_ORGANISATION} berkas per organisasi; hapus berkas lama dulu.`, { max: MAX_FILES_PER_ORGANISATION });
      }
      const row = { id: newId(), orgId, purpose: input.purpose, filename: cleanFilename(input.filename), mime, size: input.buffer.length, sha256: createHash('sha256').update(input.buffer).digest('hex'), description: input.description?.slice(0, 500) ?? null, createdBy: actor.userId, createdAt: clock.now() };
      await db.transaction(async (tx) => {
        await files.insertFile(tx, row, input.buffer);
        await audit.record(tx, actor, { action: 'registry.file_uploaded', entityType: 'registry_file', entityId: row.id, orgId, after: { purpose: row.purpose, filename: row.filename, mime, size: row.size, sha256: row.sha256 } });
      });
      return row;
    },

    async list(actor: Actor, orgId: string) {
      await ownerOrgOrNotFound(actor, orgId);
      const all = await files.listFiles(db, orgId);
      const docs = await canSee(actor, orgId, 'document');
      return all.filter((f) => f.purpose === 'photo' || docs);
    },

    async download(actor: Actor, fileId: string) {
      const row = await files.findFile(db, fileId);
      if (!row || !(await canSee(actor, row.orgId, row.purpose as FilePurpose))) throw fileNotFound(fileId);
      const content = await files.findFileContent(db, fileId);
      if (!content) throw fileNotFound(fileId);
      return { file: row, content };
    },

    async remove(actor: Actor, fileId: string) {
      const row = await files.findFile(db, fileId);
      if (!row || !(await canSee(actor, row.orgId, row.purpose as FilePurpose))) throw fileNotFound(fileId);
      authorize(actor, EDIT_FILES, { parties: [row.orgId] });
      await db.transaction(async (tx) => {
        await files.deleteFile(tx, fileId);
        await audit.record(tx, actor, { action: 'registry.file_deleted', entityType: 'registry_file', entityId: fileId, orgId: row.orgId, before: { filename: row.filename, purpose: row.purpose, sha256: row.sha256 } });
      });
    },
  };
}
