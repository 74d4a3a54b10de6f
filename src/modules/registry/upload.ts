/** Reads the one file of a multipart request into memory, stopping at `maxBytes` (then `truncated` is set). */
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../core/errors';

export interface Upload {
  filename: string;
  buffer: Buffer;
  truncated: boolean;
}

export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError('registry.upload_not_multipart', 415, 'Unggah berkas sebagai multipart/form-data dengan bagian "file".', { field: 'file' });
  }
  const part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 2000 }, throwFileSizeLimit: false });
  if (!part) throw badRequest('registry.file_missing', 'Tidak ada berkas dalam permintaan (bagian "file").', { field: 'file' });
  const buffer = await part.toBuffer();
  return { filename: part.filename || 'berkas', buffer, truncated: part.file.truncated };
}
