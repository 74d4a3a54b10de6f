import multipart from '@fastify/multipart';
import { z } from 'zod';
import { pageSchema } from '../../core/pagination';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { MAX_NEED_FILE_BYTES } from './file-service';
import {
  comparisonBody,
  createNeedBody,
  fileBody,
  interestBody,
  invitationBody,
  myQuotationBody,
  needBody,
  needListQuery,
  quotationBody,
  quotationInput,
  updateNeedBody,
} from './http-schemas';
import type { NeedsService } from './service';
import { readUpload } from './upload';

const tags = ['needs'];
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** Part needs (RFQ), invitations, interest, quotations with comparison and shortlist, files. */
export function needsRoutes(service: NeedsService) {
  const { needs, quotations, files } = service;
  return async function routes(app: App) {
    // Encapsulated: multipart parsing applies to these routes only.
    await app.register(multipart, { limits: { fileSize: MAX_NEED_FILE_BYTES, files: 1, fields: 10, parts: 12 } });

    app.get('/api/needs', {
      schema: { tags, summary: 'Part needs the caller may see (buyer: own; IKM: visible to it; programme: all)', querystring: needListQuery, response: { 200: pageSchema(needBody), ...errorResponses } },
    }, async (req) => needs.list(requireActor(req), req.query));

    app.get('/api/events/:id/needs', {
      schema: { tags: ['needs', 'events'], summary: 'Catalogue of part needs brought to an event (those the caller may see)', params: idParam, querystring: needListQuery.omit({ eventId: true }), response: { 200: pageSchema(needBody), ...errorResponses } },
    }, async (req) => needs.list(requireActor(req), { ...req.query, eventId: req.params.id }));

    app.post('/api/needs', {
      schema: { tags, summary: 'Post a part need (buyer admin/staff; draft unless publish=true)', body: createNeedBody, response: { 201: needBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await needs.create(requireActor(req), req.body)));

    app.get('/api/needs/:id', { schema: { tags, summary: 'One part need', params: idParam, response: { 200: needBody, ...errorResponses } } }, async (req) =>
      needs.get(requireActor(req), req.params.id));

    app.patch('/api/needs/:id', {
      schema: { tags, summary: 'Change a draft or open need (its buyer)', params: idParam, body: updateNeedBody, response: { 200: needBody, ...errorResponses } },
    }, async (req) => needs.update(requireActor(req), req.params.id, req.body));

    for (const t of ['publish', 'close', 'cancel', 'reopen'] as const) {
      app.post(`/api/needs/:id/${t}`, {
        schema: { tags, summary: `${t[0]!.toUpperCase()}${t.slice(1)} a need (its buyer)`, params: idParam, response: { 200: needBody, ...errorResponses } },
      }, async (req) => needs.transition(requireActor(req), req.params.id, t));
    }

    app.get('/api/needs/:id/invitations', { schema: { tags, summary: 'IKM invited to the need (its buyer)', params: idParam, response: { 200: z.array(invitationBody), ...errorResponses } } }, async (req) =>
      needs.listInvitations(requireActor(req), req.params.id));

    app.post('/api/needs/:id/invitations', {
      schema: { tags, summary: 'Invite IKM to the need (its buyer)', params: idParam, body: z.object({ orgIds: z.array(z.uuid()).min(1).max(500) }), response: { 200: z.array(invitationBody), ...errorResponses } },
    }, async (req) => needs.invite(requireActor(req), req.params.id, req.body.orgIds));

    app.delete('/api/needs/:id/invitations/:orgId', {
      schema: { tags, summary: 'Withdraw an invitation (its buyer)', params: z.object({ id: z.uuid(), orgId: z.uuid() }), response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await needs.uninvite(requireActor(req), req.params.id, req.params.orgId);
      return { ok: true as const };
    });

    const interestResult = z.object({ needId: z.string(), interested: z.boolean() });
    app.post('/api/needs/:id/interest', {
      schema: { tags, summary: 'Express interest in a need (IKM admin/staff)', params: idParam, body: z.object({ note: z.string().max(2000).nullish() }).nullish(), response: { 200: interestResult, ...errorResponses } },
    }, async (req) => quotations.expressInterest(requireActor(req), req.params.id, req.body?.note));

    app.delete('/api/needs/:id/interest', { schema: { tags, summary: 'Withdraw interest (IKM)', params: idParam, response: { 200: interestResult, ...errorResponses } } }, async (req) =>
      quotations.withdrawInterest(requireActor(req), req.params.id));

    app.get('/api/needs/:id/interests', { schema: { tags, summary: 'IKM interested in the need (its buyer)', params: idParam, response: { 200: z.array(interestBody), ...errorResponses } } }, async (req) =>
      quotations.listInterests(requireActor(req), req.params.id));

    app.get('/api/needs/:id/quotations', {
      schema: { tags, summary: "Quotations of a need (its buyer: all; an IKM: its own; other buyers' needs: 404)", params: idParam, response: { 200: z.array(quotationBody), ...errorResponses } },
    }, async (req) => quotations.list(requireActor(req), req.params.id));

    app.post('/api/needs/:id/quotations', {
      schema: { tags, summary: 'Submit or revise the caller’s quotation (IKM admin/staff, until the deadline)', params: idParam, body: quotationInput, response: { 201: quotationBody, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await quotations.submit(requireActor(req), req.params.id, req.body)));

    app.get('/api/needs/:id/quotations/compare', {
      schema: { tags, summary: 'Side-by-side comparison of submitted quotations, cheapest first-year cost first (its buyer)', params: idParam, response: { 200: comparisonBody, ...errorResponses } },
    }, async (req) => quotations.compare(requireActor(req), req.params.id));

    app.get('/api/quotations/mine', { schema: { tags, summary: "The caller's (IKM) quotations", response: { 200: z.array(myQuotationBody), ...errorResponses } } }, async (req) =>
      quotations.mine(requireActor(req)));

    app.get('/api/quotations/:id', { schema: { tags, summary: 'One quotation (its IKM, the buyer, programme staff)', params: idParam, response: { 200: quotationBody, ...errorResponses } } }, async (req) =>
      quotations.get(requireActor(req), req.params.id));

    app.post('/api/quotations/:id/withdraw', { schema: { tags, summary: 'Withdraw a quotation (its IKM)', params: idParam, response: { 200: quotationBody, ...errorResponses } } }, async (req) =>
      quotations.withdraw(requireActor(req), req.params.id));

    app.put('/api/quotations/:id/shortlist', {
      schema: { tags, summary: 'Put a quotation on (or off) the shortlist (the buyer)', params: idParam, body: z.object({ isShortlisted: z.boolean() }), response: { 200: quotationBody, ...errorResponses } },
    }, async (req) => quotations.shortlist(requireActor(req), req.params.id, req.body.isShortlisted));

    const fileParams = z.object({ id: z.uuid(), quotationId: z.uuid() });
    const uploadDoc = 'multipart/form-data with one part named "file" (≤ 20 MB; PDF, JPEG, PNG, WebP, DWG, DXF, STEP or ZIP, decided by the content).';
    app.post('/api/needs/:id/files', {
      schema: { tags, summary: 'Upload a drawing or specification of the need (its buyer)', description: uploadDoc, consumes: ['multipart/form-data'], params: idParam, querystring: z.object({ description: z.string().max(500).optional() }), response: { 201: fileBody, ...uploadErrors } },
    }, async (req, reply) => {
      const actor = requireActor(req);
      const upload = await readUpload(req, MAX_NEED_FILE_BYTES);
      return reply.status(201).send(await files.upload(actor, req.params.id, null, { ...upload, description: req.query.description }));
    });

    app.get('/api/needs/:id/files', { schema: { tags, summary: 'Drawings and specifications of the need', params: idParam, response: { 200: z.array(fileBody), ...errorResponses } } }, async (req) =>
      files.list(requireActor(req), req.params.id, null));

    app.post('/api/needs/:id/quotations/:quotationId/files', {
      schema: { tags, summary: 'Attach a file to a quotation (its IKM)', description: uploadDoc, consumes: ['multipart/form-data'], params: fileParams, querystring: z.object({ description: z.string().max(500).optional() }), response: { 201: fileBody, ...uploadErrors } },
    }, async (req, reply) => {
      const actor = requireActor(req);
      const upload = await readUpload(req, MAX_NEED_FILE_BYTES);
      return reply.status(201).send(await files.upload(actor, req.params.id, req.params.quotationId, { ...upload, description: req.query.description }));
    });

    app.get('/api/needs/:id/quotations/:quotationId/files', {
      schema: { tags, summary: 'Files of a quotation (its IKM, the buyer, programme staff)', params: fileParams, response: { 200: z.array(fileBody), ...errorResponses } },
    }, async (req) => files.list(requireActor(req), req.params.id, req.params.quotationId));

    app.get('/api/needs/:id/files/:fileId', {
      schema: { tags, summary: 'Download a file of the need or of one of its quotations', params: z.object({ id: z.uuid(), fileId: z.uuid() }), produces: ['application/octet-stream'] },
    }, async (req, reply) => {
      const { file, content } = await files.download(requireActor(req), req.params.id, req.params.fileId);
      return reply
        .header('content-type', file.mime)
        .header('content-length', String(content.length))
        .header('content-disposition', `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('cache-control', 'private, max-age=3600')
        .send(content);
    });

    app.delete('/api/needs/:id/files/:fileId', {
      schema: { tags, summary: 'Delete a file (the buyer for need files, the IKM for quotation files)', params: z.object({ id: z.uuid(), fileId: z.uuid() }), response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await files.remove(requireActor(req), req.params.id, req.params.fileId);
      return { ok: true as const };
    });
  };
}
