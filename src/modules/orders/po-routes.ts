import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { parseRupiah } from '../../core/rupiah';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { lineBody, poCreateBody, poHeaderBody, poStatus, poSummary, poView, text, toLines } from './api-schemas';
import { jsonify } from './json';
import type { OrdersService } from './service';

const tags = ['orders'];

export function poRoutes(service: OrdersService) {
  return async function routes(app: App) {
    app.post('/api/purchase-orders', {
      schema: { tags, summary: 'Issue a PO to an IKM (buyer admin/staff); PPN shown separately; the IKM is asked to acknowledge', body: poCreateBody, response: { 201: poView, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(jsonify(await service.createPo(requireActor(req), { ...req.body, lines: toLines(req.body.lines) }))));

    app.get('/api/purchase-orders', {
      schema: {
        tags,
        summary: "POs of the caller's organisation (as buyer or IKM; programme: all). open=true: issued or acknowledged",
        querystring: pageQuery.extend({ status: poStatus.optional(), open: z.enum(['true', 'false']).optional().transform((v) => v === 'true'), buyerOrgId: z.string().uuid().optional(), ikmOrgId: z.string().uuid().optional(), q: z.string().max(50).optional() }),
        response: { 200: pageSchema(poSummary), ...errorResponses },
      },
    }, async (req) => {
      const page = await service.listPos(requireActor(req), req.query);
      return {
        ...page,
        items: page.items.map((r) => ({
          ...r.po,
          status: r.po.status as z.infer<typeof poStatus>,
          total: parseRupiah(r.po.total).toString(),
          buyerName: r.buyerName,
          ikmName: r.ikmName,
          lineCount: r.progress?.lineCount ?? 0,
          orderedQty: Number(r.progress?.orderedQty ?? 0),
          deliveredQty: Number(r.progress?.deliveredQty ?? 0),
          acceptedQty: Number(r.progress?.acceptedQty ?? 0),
          invoicedQty: Number(r.progress?.invoicedQty ?? 0),
          nextDueDate: r.progress?.nextDueDate ?? null,
        })),
      };
    });

    app.get('/api/purchase-orders/:id', { schema: { tags, summary: 'A PO with lines, schedule, progress, delivery notes, receipts and invoices', params: idParam, response: { 200: poView, ...errorResponses } } }, async (req) =>
      jsonify(await service.getPo(requireActor(req), req.params.id)));

    app.patch('/api/purchase-orders/:id', {
      schema: { tags, summary: 'Edit a PO the IKM has not acknowledged yet (after acknowledgement: 409 orders.po_revision_required)', params: idParam, body: poHeaderBody.extend({ lines: z.array(lineBody).min(1).max(500).optional() }), response: { 200: poView, ...errorResponses } },
    }, async (req) => jsonify(await service.updatePo(requireActor(req), req.params.id, { ...req.body, lines: req.body.lines && toLines(req.body.lines) })));

    app.post('/api/purchase-orders/:id/revisions', {
      schema: { tags, summary: 'Revise an acknowledged PO with a reason; the previous version is kept and the IKM must acknowledge again', params: idParam, body: poHeaderBody.extend({ reason: text(2000), lines: z.array(lineBody).min(1).max(500).optional() }), response: { 201: poView, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(jsonify(await service.revisePo(requireActor(req), req.params.id, { ...req.body, lines: req.body.lines && toLines(req.body.lines) }))));

    app.get('/api/purchase-orders/:id/revisions', {
      schema: { tags, summary: 'Revision history (newest first) with the previous version of each', params: idParam, response: { 200: z.array(z.object({ id: z.string(), revision: z.number(), reason: z.string(), previous: z.unknown(), changedBy: z.string().nullable(), changedAt: z.date() })), ...errorResponses } },
    }, async (req) => service.listRevisions(requireActor(req), req.params.id));

    app.post('/api/purchase-orders/:id/acknowledge', {
      schema: { tags, summary: 'The IKM acknowledges (accepts) the PO or its latest revision', params: idParam, body: z.object({ note: text(2000).optional() }).default({}), response: { 200: poView, ...errorResponses } },
    }, async (req) => jsonify(await service.answerPo(requireActor(req), req.params.id, 'acknowledge', req.body.note)));

    app.post('/api/purchase-orders/:id/reject', {
      schema: { tags, summary: 'The IKM rejects the PO (or its latest revision) with a reason', params: idParam, body: z.object({ reason: text(2000) }), response: { 200: poView, ...errorResponses } },
    }, async (req) => jsonify(await service.answerPo(requireActor(req), req.params.id, 'reject', req.body.reason)));

    app.post('/api/purchase-orders/:id/cancel', {
      schema: { tags, summary: 'Cancel a PO without deliveries (buyer admin)', params: idParam, body: z.object({ reason: text(2000) }), response: { 200: poView, ...errorResponses } },
    }, async (req) => jsonify(await service.cancelPo(requireActor(req), req.params.id, req.body.reason)));

    app.get('/api/purchase-orders/:id/pdf', { schema: { tags, summary: 'The PO as PDF (application/pdf)', params: idParam } }, async (req, reply) => {
      const { reference, pdf } = await service.poPdf(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${reference}.pdf"`).send(pdf);
    });
  };
}
