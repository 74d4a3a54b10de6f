import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { isoDate, rupiahString } from '../../core/validation';
import { errorResponses, idempotencyKey, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { MOU_STATUSES } from './domain/mou';
import type { MouInput, PartnershipsService } from './service';
import type { MouView } from './view';

const status = z.enum(MOU_STATUSES);
const text = (max: number) => z.string().trim().min(1).max(max);

const mouInput = z.object({
  title: text(300),
  scope: text(5000),
  parts: z.array(text(200)).max(200).default([]),
  obligations: z.array(z.object({ party: text(100).describe("'initiator', 'ikm', or an organisation id"), text: text(2000) })).max(100).default([]),
  startDate: isoDate,
  endDate: isoDate,
  signatory: z.object({ name: text(200), title: text(200) }).nullable().optional().describe("The initiator's signatory"),
  ikm: z
    .array(z.object({ orgId: z.string().uuid(), marketAccessPerYear: rupiahString.describe('Estimated market access per year for this IKM (whole Rupiah)'), signatoryName: text(200).nullish(), signatoryTitle: text(200).nullish() }))
    .min(1)
    .max(200),
});

const party = z.object({
  orgId: z.string(),
  orgName: z.string(),
  role: z.enum(['initiator', 'ikm']),
  marketAccessPerYear: z.string().nullable(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  signedAt: z.date().nullable(),
  signedByName: z.string().nullable(),
  signedDocumentHash: z.string().nullable(),
});
const documentMeta = z.object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number(), sha256: z.string(), uploadedAt: z.date() });
const mou = z.object({
  id: z.string(),
  reference: z.string(),
  status,
  initiatorOrgId: z.string(),
  initiatorName: z.string(),
  title: z.string(),
  scope: z.string(),
  parts: z.array(z.string()),
  obligations: z.array(z.object({ party: z.string(), text: z.string() })),
  startDate: z.string(),
  endDate: z.string(),
  totalMarketAccessPerYear: z.string().describe('Σ of the IKM shares, whole Rupiah per year'),
  terminationReason: z.string().nullable(),
  documentHash: z.string().describe('SHA-256 of the current terms and documents; send it when signing'),
  parties: z.array(party),
  documents: z.array(documentMeta),
  sentAt: z.date().nullable(),
  activatedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const mouSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.string(),
  initiatorOrgId: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  totalMarketAccessPerYear: z.string(),
  partyCount: z.number(),
  signedCount: z.number(),
  createdAt: z.date(),
});

const toJson = (v: MouView) => ({
  ...v,
  totalMarketAccessPerYear: v.totalMarketAccessPerYear.toString(),
  parties: v.parties.map((p) => ({ ...p, marketAccessPerYear: p.marketAccessPerYear === null ? null : p.marketAccessPerYear.toString() })),
});

function toInput<T extends Partial<z.infer<typeof mouInput>>>(b: T): Partial<MouInput> {
  return { ...b, ikm: b.ikm?.map((p) => ({ ...p, marketAccessPerYear: BigInt(p.marketAccessPerYear) })) } as Partial<MouInput>;
}

const docParams = z.object({ id: z.string().uuid(), documentId: z.string().uuid() });

export function partnershipRoutes(service: PartnershipsService) {
  return async function routes(app: App) {
    const tags = ['partnerships'];
    app.post('/api/mous', { schema: { tags, summary: 'Create a draft MoU (buyer or mentor; the caller is the initiator)', body: mouInput, response: { 201: mou, ...errorResponses } } }, async (req, reply) =>
      reply.status(201).send(toJson(await service.create(requireActor(req), toInput(req.body) as MouInput))));

    app.get('/api/mous', {
      schema: { tags, summary: 'MoUs the caller is a party to (programme staff: all, or those of orgId)', querystring: pageQuery.extend({ status: status.optional(), q: z.string().max(100).optional(), orgId: z.string().uuid().optional() }), response: { 200: pageSchema(mouSummary), ...errorResponses } },
    }, async (req) => {
      const page = await service.list(requireActor(req), req.query);
      return { ...page, items: page.items.map((m) => ({ ...m, totalMarketAccessPerYear: m.totalMarketAccessPerYear })) };
    });

    app.get('/api/mous/:id', { schema: { tags, summary: 'One MoU with parties, shares, signatures, documents and the current document hash', params: idParam, response: { 200: mou, ...errorResponses } } }, async (req) =>
      toJson(await service.get(requireActor(req), req.params.id)));

    app.patch('/api/mous/:id', { schema: { tags, summary: 'Edit a draft MoU (initiator)', params: idParam, body: mouInput.partial(), response: { 200: mou, ...errorResponses } } }, async (req) =>
      toJson(await service.update(requireActor(req), req.params.id, toInput(req.body))));

    app.post('/api/mous/:id/documents', {
      schema: { tags, summary: 'Attach a document to a draft MoU (base64, ≤ 1.4 MB); its SHA-256 is recorded', params: idParam, body: z.object({ name: text(200), contentType: text(100).default('application/pdf'), contentBase64: z.string().min(1).max(2_000_000) }), response: { 201: documentMeta, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(await service.addDocument(requireActor(req), req.params.id, req.body)));

    app.get('/api/mous/:id/documents/:documentId', { schema: { tags, summary: 'Download an MoU document', params: docParams } }, async (req, reply) => {
      const doc = await service.getDocument(requireActor(req), req.params.id, req.params.documentId);
      return reply.type(doc.contentType).header('content-disposition', `attachment; filename="${doc.name.replace(/[^\w. -]/g, '_')}"`).header('x-content-sha256', doc.sha256).send(doc.content);
    });

    app.delete('/api/mous/:id/documents/:documentId', { schema: { tags, summary: 'Remove a document from a draft MoU', params: docParams, response: { 200: okBody, ...errorResponses } } }, async (req) => {
      await service.removeDocument(requireActor(req), req.params.id, req.params.documentId);
      return { ok: true as const };
    });

    app.post('/api/mous/:id/send', { schema: { tags, summary: 'Send for signature (draft → sent); parties are notified', params: idParam, response: { 200: mou, ...errorResponses } } }, async (req) =>
      toJson(await service.send(requireActor(req), req.params.id)));

    app.post('/api/mous/:id/withdraw', { schema: { tags, summary: 'Withdraw for changes (back to draft; signatures are cleared)', params: idParam, response: { 200: mou, ...errorResponses } } }, async (req) =>
      toJson(await service.withdraw(requireActor(req), req.params.id)));

    app.post('/api/mous/:id/sign', {
      schema: {
        tags,
        summary: "Sign for the caller's organisation (organisation admin). Requires Idempotency-Key; documentHash must equal the MoU's current hash",
        params: idParam,
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }).loose(),
        body: z.object({ documentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest') }),
        response: { 200: mou, ...errorResponses },
      },
    }, async (req) => toJson(await service.sign(requireActor(req), req.params.id, req.body, idempotencyKey(req))));

    app.post('/api/mous/:id/terminate', { schema: { tags, summary: 'Terminate with a reason (initiator admin or programme admin)', params: idParam, body: z.object({ reason: text(2000) }), response: { 200: mou, ...errorResponses } } }, async (req) =>
      toJson(await service.terminate(requireActor(req), req.params.id, req.body.reason)));
  };
}
