import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors';

interface ErrorBody {
  error: { code: string; message: string; params: Record<string, unknown>; requestId: string };
}

function body(req: FastifyRequest, code: string, message: string, params: Record<string, unknown> = {}): ErrorBody {
  return { error: { code, message, params, requestId: String(req.id) } };
}

const FASTIFY_CODES: Record<string, [string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['request.invalid_json', 'Isi permintaan bukan JSON yang sah.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['request.empty_body', 'Isi permintaan kosong.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['request.unsupported_media_type', 'Jenis konten tidak didukung.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['request.body_too_large', 'Isi permintaan terlalu besar.'],
  FST_REQ_FILE_TOO_LARGE: ['upload.too_large', 'Berkas terlalu besar.'],
  FST_ERR_VALIDATION: ['validation.invalid', 'Permintaan tidak valid.'],
};

/** Errors as `{ error: { code, message, params, requestId } }`: 4xx for bad input, generic 500 otherwise. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.code === 'auth.too_many_attempts' && typeof err.params.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(err.params.retryAfterSeconds));
      }
      return reply.status(err.status).send(body(req, err.code, err.message, err.params));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const field = [err.validationContext, path].filter(Boolean).join('.');
        return { field, message: v.message ?? 'invalid' };
      });
      const first = issues[0];
      return reply
        .status(400)
        .send(body(req, 'validation.invalid', first ? `${first.field}: ${first.message}` : 'Permintaan tidak valid.', { field: first?.field, issues }));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, cause: err.cause }, 'response did not match its schema');
      return reply.status(500).send(body(req, 'internal', 'Terjadi kesalahan pada server.'));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped || (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)) {
      const [code, message] = mapped ?? [`request.${(err.code ?? 'invalid').toLowerCase()}`, err.message];
      return reply.status(err.statusCode && err.statusCode < 500 ? err.statusCode : 400).send(body(req, code, message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body(req, 'internal', 'Terjadi kesalahan pada server. Sebutkan kode permintaan ini kepada admin.'));
  });
}
