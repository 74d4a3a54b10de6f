/**
 * Files of part needs (drawings, specifications: the buyer's) and of quotations (the IKM's),
 * stored in the database. The type is decided by the file's first bytes.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { AppError, conflict, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { BUYER_WRITE, IKM_WRITE, isProgramme, loadOwnNeed, loadVisibleNeed, quotationNotFound } from './access';
import type { RegistryLookup } from './registry-lookup';
import * as store from './store';
import { fileView } from './views';

const MiB = 1024 * 1024;
export const MAX_NEED_FILE_BYTES = 20 * MiB;
export const MAX_FILES_PER_OWNER = 20;

/** Drawings and specifications: PDF, images, CAD (DWG, DXF, STEP) and ZIP archives. */
export function sniffDrawingType(b: Buffer): string | null {
  const head = b.toString('latin1', 0, Math.min(b.length, 64));
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (head.startsWith('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image/webp';
  if (head.startsWith('PK\x03\x04')) return 'application/zip';
  if (/^AC10\d\d/.test(head)) return 'image/vnd.dwg';
  if (head.startsWith('ISO-10303-21')) return 'model/step';
  if (/^\s*0\s*\r?\n\s*SECTION/.test(head)) return 'image/vnd.dxf';
  return null;
}

function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"').join('');
  return printable.trim().slice(0, 200) || 'berkas';
}

const fileNotFound = (id: string) => notFound('needs.file_not_found', 'Berkas tidak ditemukan.', { id });

export interface UploadInput {
  filename: string;
  buffer: Buffer;
  truncated: boolean;
  description?: string;
}

export type NeedFileService = ReturnType<typeof createNeedFileService>;

export function createNeedFileService(deps: Deps, audit: AuditService, registry: RegistryLookup) {
  const { db, clock } = deps;

  /** Where a file belongs and whether the caller may change it: the need's buyer, or the quotation's IKM. */
  async function owner(actor: Actor, needId: string, quotationId: string | null, write: boolean) {
    if (!quotationId) {
      const row = write ? await loadOwnNeed(db, actor, registry, needId) : await loadVisibleNeed(db, actor, registry, needId);
      if (write && row.need.status !== 'draft' && row.need.status !== 'open') throw conflict('needs.not_editable', 'Kebutuhan yang sudah ditutup tidak dapat diubah.');
      return { orgId: row.need.buyerOrgId, needId, quotationId: null };
    }
    const q = await store.findQuotation(db, quotationId);
    if (!q || q.quotation.needId !== needId) throw quotationNotFound(quotationId);
    const row = await loadVisibleNeed(db, actor, registry, needId);
    const party = isProgramme(actor) || actor.orgId === q.quotation.ikmOrgId || actor.orgId === row.need.buyerOrgId;
    if (!party) throw quotationNotFound(quotationId);
    if (write) {
      if (actor.orgId !== q.quotation.ikmOrgId) throw quotationNotFound(quotationId);
      authorize(actor, IKM_WRITE);
    }
    return { orgId: q.quotation.ikmOrgId, needId, quotationId };
  }

  return {
    async upload(actor: Actor, needId: string, quotationId: string | null, input: UploadInput) {
      const o = await owner(actor, needId, quotationId, true);
      if (!quotationId) authorize(actor, BUYER_WRITE, { parties: [o.orgId] });
      if (input.truncated || input.buffer.length > MAX_NEED_FILE_BYTES) throw new AppError('needs.file_too_large', 413, `Berkas terlalu besar: maksimal ${MAX_NEED_FILE_BYTES / MiB} MB.`, { maxBytes: MAX_NEED_FILE_BYTES });
      if (!input.buffer.length) throw new AppError('needs.file_empty', 400, 'Berkas kosong.', { field: 'file' });
      const mime = sniffDrawingType(input.buffer);
      if (!mime) throw new AppError('needs.file_type_not_allowed', 415, 'Jenis berkas tidak diizinkan: hanya PDF, JPEG, PNG, WebP, DWG, DXF, STEP atau ZIP.', { field: 'file' });
      if ((await store.listFiles(db, needId, quotationId ? [quotationId] : null)).length >= MAX_FILES_PER_OWNER) {
        throw conflict('needs.file_limit_reached', `Maksimal ${MAX_FILES_PER_OWNER} berkas; hapus berkas lama dulu.`, { max: MAX_FILES_PER_OWNER });
      }
      const row = { id: newId(), needId, quotationId, orgId: o.orgId, filename: cleanFilename(input.filename), mime, size: input.buffer.length, sha256: createHash('sha256').update(input.buffer).digest('hex'), description: input.description?.slice(0, 500) ?? null, createdBy: actor.userId, createdAt: clock.now() };
      await db.transaction(async (tx) => {
        await store.insertFile(tx, row, input.buffer);
        await audit.record(tx, actor, { action: 'needs.file_uploaded', entityType: quotationId ? 'quotation' : 'part_need', entityId: quotationId ?? needId, orgId: o.orgId, after: { fileId: row.id, filename: row.filename, mime, size: row.size, sha256: row.sha256 } });
      });
      return fileView(row);
    },

    /** The need's files (anyone who sees the need), or a quotation's (its IKM, the buyer, programme staff). */
    async list(actor: Actor, needId: string, quotationId: string | null) {
      await owner(actor, needId, quotationId, false);
      return (await store.listFiles(db, needId, quotationId ? [quotationId] : null)).map(fileView);
    },

    async download(actor: Actor, needId: string, fileId: string) {
      const file = await store.findFile(db, fileId);
      if (!file || file.needId !== needId) throw fileNotFound(fileId);
      await owner(actor, needId, file.quotationId, false).catch(() => {
        throw fileNotFound(fileId);
      });
      const content = await store.fileContent(db, fileId);
      if (!content) throw fileNotFound(fileId);
      return { file: fileView(file), content: Buffer.from(content) };
    },

    async remove(actor: Actor, needId: string, fileId: string) {
      const file = await store.findFile(db, fileId);
      if (!file || file.needId !== needId) throw fileNotFound(fileId);
      const o = await owner(actor, needId, file.quotationId, true);
      if (!file.quotationId) authorize(actor, BUYER_WRITE, { parties: [o.orgId] });
      await db.transaction(async (tx) => {
        await store.deleteFile(tx, fileId);
        await audit.record(tx, actor, { action: 'needs.file_deleted', entityType: file.quotationId ? 'quotation' : 'part_need', entityId: file.quotationId ?? needId, orgId: o.orgId, before: { fileId, filename: file.filename, sha256: file.sha256 } });
      });
    },
  };
}
