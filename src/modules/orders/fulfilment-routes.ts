import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { isoDate } from '../../core/validation';
import { errorResponses, idempotencyKey, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { deliveryNoteView, idempotencyHeaders, receiptView, text } from './api-schemas';
import type { OrdersService } from './service';

const tags = ['orders'];

export function fulfilmentRoutes(service: OrdersService) {
  return async function routes(app: App) {
    app.post('/api/purchase-orders/:id/delivery-notes', {
      schema: {
        tags,
        summary: 'Delivery note (surat jalan) by the IKM against PO lines; never above the open quantity (422 orders.delivery_above_ordered)',
        params: idParam,
        body: z.object({ deliveredOn: isoDate.optional(), vehicle: text(100).nullish(), notes: text(2000).nullish(), lines: z.array(z.object({ poLineId: z.string().uuid(), quantity: z.number().int() })).min(1).max(500) }),
        response: { 201: deliveryNoteView, ...errorResponses },
      },
    }, async (req, reply) => reply.status(201).send(await service.createDeliveryNote(requireActor(req), req.params.id, req.body)));

    app.get('/api/delivery-notes', {
      schema: {
        tags,
        summary: "Delivery notes of the caller's organisation",
        querystring: pageQuery.extend({ poId: z.string().uuid().optional() }),
        response: { 200: pageSchema(deliveryNoteView.omit({ lines: true, buyerName: true, ikmName: true }).extend({ quantity: z.number(), receivedQty: z.number() })), ...errorResponses },
      },
    }, async (req) => service.listDeliveryNotes(requireActor(req), req.query));

    app.get('/api/delivery-notes/:id', { schema: { tags, params: idParam, response: { 200: deliveryNoteView, ...errorResponses } } }, async (req) => service.getDeliveryNote(requireActor(req), req.params.id));

    app.get('/api/delivery-notes/:id/pdf', { schema: { tags, summary: 'The delivery note as PDF', params: idParam } }, async (req, reply) => {
      const { reference, pdf } = await service.deliveryNotePdf(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${reference}.pdf"`).send(pdf);
    });

    app.post('/api/delivery-notes/:id/receipts', {
      schema: {
        tags,
        summary: 'Goods receipt by the buyer: accepted / rejected quantities with reasons, never above delivered (422 orders.receipt_above_delivered). Idempotency-Key required: 201 created, 200 repeat',
        params: idParam,
        headers: idempotencyHeaders,
        body: z.object({
          receivedOn: isoDate.optional(),
          notes: text(2000).nullish(),
          lines: z.array(z.object({ deliveryNoteLineId: z.string().uuid(), acceptedQty: z.number().int().min(0), rejectedQty: z.number().int().min(0).default(0), rejectReason: text(500).nullish() })).min(1).max(500),
        }),
        response: { 200: receiptView, 201: receiptView, ...errorResponses },
      },
    }, async (req, reply) => {
      const { receipt, created } = await service.createReceipt(requireActor(req), req.params.id, req.body, idempotencyKey(req));
      if (!created) void reply.header('idempotent-replayed', 'true');
      return reply.status(created ? 201 : 200).send(receipt);
    });

    app.get('/api/goods-receipts', {
      schema: { tags, summary: "Goods receipts of the caller's organisation", querystring: pageQuery.extend({ poId: z.string().uuid().optional() }), response: { 200: pageSchema(receiptView.omit({ lines: true, deliveryNoteReference: true })), ...errorResponses } },
    }, async (req) => service.listReceipts(requireActor(req), req.query));

    app.get('/api/goods-receipts/:id', { schema: { tags, params: idParam, response: { 200: receiptView, ...errorResponses } } }, async (req) => service.getReceipt(requireActor(req), req.params.id));
  };
}
