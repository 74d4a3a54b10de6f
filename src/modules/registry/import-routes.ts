import { z } from 'zod';
import { AppError } from '../../core/errors';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { IMPORT_FIELDS } from './import/columns';
import { uploadErrors } from './route-schemas';
import type { RegistryService } from './service';
import { readUpload } from './upload';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const importView = z.object({
  id: z.string(),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx']),
  size: z.number().int(),
  sheet: z.string().nullable(),
  preview: z
    .object({
      sheets: z.array(z.string()),
      headers: z.array(z.string()),
      delimiter: z.string().nullable(),
      rowCount: z.number().int(),
      sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
      suggestedMapping: z.record(z.string(), z.string().nullable()),
    })
    .nullable()
    .describe('Read at upload: sheets, headers, the first 10 rows and the suggested column mapping'),
  mapping: z.record(z.string(), z.string().nullable()).nullable().describe('header → field (null: ignored)'),
  options: z.object({ partial: z.boolean(), status: z.string() }).nullable(),
  status: z.enum(['uploaded', 'validating', 'validated', 'committing', 'committed', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int().describe('Progress of the running step'),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  duplicateRows: z.number().int(),
  createdRows: z.number().int(),
  message: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  finishedAt: z.date().nullable(),
});

const rowError = z.object({ row: z.number().int(), field: z.string().nullable(), column: z.string().nullable(), value: z.string(), message: z.string() });
const rowDuplicate = z.object({ row: z.number().int(), nib: z.string(), legalName: z.string(), firstRow: z.number().int().nullable(), existingOrgId: z.string().nullable(), message: z.string() });
const waitQuery = z.object({ wait: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('true: answer when the step has finished; false: answer at once and poll GET /api/ikm/imports/:id') });

export function importRoutes(registry: RegistryService) {
  return async function routes(app: App) {
    const tags = ['registry: import'];
    app.post('/api/ikm/imports', {
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX of IKM (programme staff, ≤ 50 MB): answers with headers, first rows and a suggested mapping',
        consumes: ['multipart/form-data'],
        querystring: z.object({ sheet: z.string().max(100).optional().describe('XLSX sheet (default: the first)') }),
        response: { 201: importView, ...uploadErrors },
      },
    }, async (req, reply) => {
      const actor = requireActor(req);
      const upload = await readUpload(req, MAX_IMPORT_BYTES);
      if (upload.truncated) throw new AppError('registry.import_too_large', 413, 'Berkas impor terlalu besar: maksimal 50 MB.', { maxBytes: MAX_IMPORT_BYTES });
      return reply.status(201).send((await registry.imports.upload(actor, upload, { sheet: req.query.sheet })) as never);
    });

    app.get('/api/ikm/imports', {
      schema: { tags, summary: 'Imports (programme staff)', querystring: pageQuery, response: { 200: pageSchema(importView), ...errorResponses } },
    }, async (req) => registry.imports.list(requireActor(req), req.query) as never);

    app.get('/api/ikm/imports/:id', {
      schema: { tags, summary: 'An import: status, progress and counts (poll while validating or committing)', params: idParam, response: { 200: importView, ...errorResponses } },
    }, async (req) => registry.imports.get(requireActor(req), req.params.id) as never);

    for (const kind of ['errors', 'duplicates'] as const) {
      app.get(`/api/ikm/imports/:id/${kind}`, {
        schema: {
          tags,
          summary: kind === 'errors' ? 'Bad rows of the last dry run: row, column and reason (Indonesian)' : 'Rows skipped as duplicates by NIB (in the file or already registered)',
          params: idParam,
          querystring: pageQuery,
          response: { 200: pageSchema(kind === 'errors' ? rowError : rowDuplicate), ...errorResponses },
        },
      }, async (req) => registry.imports.issues(requireActor(req), req.params.id, { ...req.query, kind }) as never);
    }

    app.post('/api/ikm/imports/:id/validate', {
      schema: {
        tags,
        summary: 'Dry run with a column mapping: every row checked, nothing written',
        description: `mapping: { "<header>": "<field>" | null } replaces the suggestion; overrides: { "<header>": "<field>" | "-" } adjusts it. Fields: ${IMPORT_FIELDS.join(', ')}.`,
        params: idParam,
        querystring: waitQuery,
        body: z.object({ mapping: z.record(z.string(), z.string().nullable()).optional(), overrides: z.record(z.string(), z.string()).optional() }),
        response: { 200: importView, ...errorResponses },
      },
    }, async (req) => registry.imports.validate(requireActor(req), req.params.id, req.body, req.query.wait) as never);

    app.post('/api/ikm/imports/:id/commit', {
      schema: {
        tags,
        summary: 'Commit a validated import: all rows in one transaction, or nothing when any row is bad (unless partial)',
        params: idParam,
        querystring: waitQuery,
        body: z.object({
          partial: z.boolean().default(false).describe('Write the good rows and skip the bad ones'),
          status: z.enum(['draft', 'submitted', 'verified']).default('submitted').describe('Status of the imported profiles'),
        }),
        response: { 200: importView, ...errorResponses },
      },
    }, async (req) => registry.imports.commit(requireActor(req), req.params.id, req.body, req.query.wait) as never);
  };
}
