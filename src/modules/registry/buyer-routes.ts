import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { BUYER_TIERS } from './domain';
import { MAX_UPLOAD_BYTES, FILE_PURPOSES } from './file-service';
import { buyerListItem, buyerView, fileView, profileBody, uploadErrors } from './route-schemas';
import type { RegistryService } from './service';
import { readUpload } from './upload';

export function buyerRoutes(registry: RegistryService) {
  return async function routes(app: App) {
    const tags = ['registry: buyers'];
    app.get('/api/buyers', {
      schema: {
        tags,
        summary: 'Buyer profiles (APM, tier suppliers, big industry) — every signed-in user',
        querystring: pageQuery.extend({ tier: z.enum(BUYER_TIERS).optional(), group: z.string().max(100).optional(), q: z.string().max(100).optional() }),
        response: { 200: pageSchema(buyerListItem), ...errorResponses },
      },
    }, async (req) => registry.buyers.list(requireActor(req), req.query));

    app.get('/api/buyers/:id', {
      schema: { tags, summary: 'A buyer profile with its plants', params: idParam, response: { 200: buyerView, ...errorResponses } },
    }, async (req) => registry.buyers.get(requireActor(req), req.params.id));

    app.put('/api/buyers/:id', {
      schema: {
        tags,
        summary: 'Create or replace the buyer profile of a buyer organisation (its admins/staff, or programme staff)',
        description: 'Body: companyName, groupName, tier (apm, tier1, tier2, big_industry), sectors, description, website, plants [{ name, address: { street, provinceCode, regencyCode, postalCode }, coordinates? }].',
        params: idParam,
        body: profileBody,
        response: { 200: buyerView, ...errorResponses },
      },
    }, async (req) => registry.buyers.put(requireActor(req), req.params.id, req.body));

    const fileTags = ['registry: files'];
    for (const owner of ['ikm', 'buyers'] as const) {
      app.post(`/api/${owner}/:id/files`, {
        schema: {
          tags: fileTags,
          summary: `Upload a photo (JPEG/PNG/WebP, ≤ 5 MB) or document (PDF/JPEG/PNG, ≤ 10 MB) of ${owner === 'ikm' ? 'an IKM' : 'a buyer'}`,
          description: 'multipart/form-data with one part named "file". 413 registry.file_too_large, 415 registry.file_type_not_allowed (decided by the file content).',
          consumes: ['multipart/form-data'],
          params: idParam,
          querystring: z.object({ purpose: z.enum(FILE_PURPOSES), description: z.string().max(500).optional() }),
          response: { 201: fileView, ...uploadErrors },
        },
      }, async (req, reply) => {
        const actor = requireActor(req);
        const upload = await readUpload(req, MAX_UPLOAD_BYTES);
        return reply.status(201).send(await registry.files.upload(actor, req.params.id, { ...upload, purpose: req.query.purpose, description: req.query.description }));
      });

      app.get(`/api/${owner}/:id/files`, {
        schema: { tags: fileTags, summary: 'Files of the organisation (documents only for the owner and programme staff)', params: idParam, response: { 200: z.array(fileView), ...errorResponses } },
      }, async (req) => registry.files.list(requireActor(req), req.params.id));
    }

    app.get('/api/registry/files/:id', {
      schema: { tags: fileTags, summary: 'Download a file', params: idParam, produces: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] },
    }, async (req, reply) => {
      const { file, content } = await registry.files.download(requireActor(req), req.params.id);
      const disposition = file.purpose === 'photo' ? 'inline' : 'attachment';
      void reply
        .header('content-type', file.mime)
        .header('content-length', String(content.length))
        .header('content-disposition', `${disposition}; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('cache-control', 'private, max-age=3600');
      return reply.send(content);
    });

    app.delete('/api/registry/files/:id', {
      schema: { tags: fileTags, summary: 'Delete a file (the owner organisation or programme staff)', params: idParam, response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await registry.files.remove(requireActor(req), req.params.id);
      return { ok: true as const };
    });
  };
}
