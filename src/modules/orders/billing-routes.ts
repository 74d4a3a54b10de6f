import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { isoDate, rupiahString } from '../../core/validation';
import { errorResponses, idempotencyKey, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { idempotencyHeaders, invoiceView, scorecardMetrics, text } from './api-schemas';
import { jsonify } from './json';
import type { OrdersService } from './service';

const tags = ['orders'];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
const supplierRow = scorecardMetrics.extend({ orgId: z.string(), orgName: z.string() });

export function billingRoutes(service: OrdersService) {
  return async function routes(app: App) {
    app.post('/api/purchase-orders/:id/invoices', {
      schema: {
        tags,
        summary: 'Invoice by the IKM for accepted quantities (partial allowed; never above accepted − invoiced: 422 orders.invoice_above_accepted). Due date = invoice date + payment terms. Idempotency-Key required',
        params: idParam,
        headers: idempotencyHeaders,
        body: z.object({ invoiceDate: isoDate.optional(), supplierInvoiceNo: text(100).nullish(), lines: z.array(z.object({ poLineId: z.string().uuid(), quantity: z.number().int() })).min(1).max(500) }),
        response: { 200: invoiceView, 201: invoiceView, ...errorResponses },
      },
    }, async (req, reply) => {
      const { invoice, created } = await service.createInvoice(requireActor(req), req.params.id, req.body, idempotencyKey(req));
      if (!created) void reply.header('idempotent-replayed', 'true');
      return reply.status(created ? 201 : 200).send(jsonify(invoice));
    });

    app.get('/api/invoices', {
      schema: {
        tags,
        summary: "Invoices of the caller's organisation (as buyer or IKM)",
        querystring: pageQuery.extend({ poId: z.string().uuid().optional(), status: z.enum(['issued', 'paid']).optional(), dueBefore: isoDate.optional() }),
        response: { 200: pageSchema(invoiceView.omit({ lines: true, payments: true, outstanding: true, amountInWords: true, ppnRate: true }).extend({ buyerName: z.string().nullable(), ikmName: z.string().nullable() })), ...errorResponses },
      },
    }, async (req) => {
      const page = await service.listInvoices(requireActor(req), req.query);
      return { ...page, items: page.items.map((i) => ({ ...i, status: i.status as 'issued' | 'paid' })) };
    });

    app.get('/api/invoices/:id', { schema: { tags, params: idParam, response: { 200: invoiceView, ...errorResponses } } }, async (req) => jsonify(await service.getInvoice(requireActor(req), req.params.id)));

    app.get('/api/invoices/:id/pdf', { schema: { tags, summary: 'The invoice as PDF', params: idParam } }, async (req, reply) => {
      const { reference, pdf } = await service.invoicePdf(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${reference}.pdf"`).send(pdf);
    });

    app.post('/api/invoices/:id/payments', {
      schema: {
        tags,
        summary: 'Record a payment (buyer admin); default amount = outstanding; never above it. Idempotency-Key required. Financed payments are routed by the finance area in the same transaction',
        params: idParam,
        headers: idempotencyHeaders,
        body: z.object({ amount: rupiahString.optional(), paidOn: isoDate.optional(), method: text(50).default('transfer'), externalRef: text(200).nullish() }).default({ method: 'transfer' }),
        response: { 200: z.object({ paymentId: z.string(), invoice: invoiceView }), 201: z.object({ paymentId: z.string(), invoice: invoiceView }), ...errorResponses },
      },
    }, async (req, reply) => {
      const r = await service.recordPayment(requireActor(req), req.params.id, { ...req.body, amount: req.body.amount === undefined ? undefined : BigInt(req.body.amount) }, idempotencyKey(req));
      if (!r.created) void reply.header('idempotent-replayed', 'true');
      return reply.status(r.created ? 201 : 200).send({ paymentId: r.paymentId, invoice: jsonify(r.invoice) });
    });

    app.get('/api/scorecards/ikm/:id', {
      schema: {
        tags: ['scorecard'],
        summary: 'Supplier scorecard of one IKM by month (the IKM, programme staff; a buyer sees only its own orders with the IKM)',
        params: idParam,
        querystring: z.object({ from: month.optional(), to: month.optional(), buyerOrgId: z.string().uuid().optional() }),
        response: { 200: z.object({ ikmOrgId: z.string(), ikmName: z.string(), buyerOrgId: z.string().nullable(), months: z.array(scorecardMetrics.extend({ month: z.string() })), totals: scorecardMetrics }), ...errorResponses },
      },
    }, async (req) => service.ikmScorecard(requireActor(req), req.params.id, req.query));

    app.get('/api/scorecards/buyer/:id', {
      schema: { tags: ['scorecard'], summary: "A buyer's suppliers for one month (default: this month)", params: idParam, querystring: z.object({ month: month.optional() }), response: { 200: z.object({ buyerOrgId: z.string(), month: z.string(), suppliers: z.array(supplierRow), totals: scorecardMetrics }), ...errorResponses } },
    }, async (req) => service.buyerScorecard(requireActor(req), req.params.id, req.query));

    app.get('/api/scorecards/programme', {
      schema: { tags: ['scorecard'], summary: 'Every IKM for one month, all buyers (programme staff)', querystring: z.object({ month: month.optional() }), response: { 200: z.object({ month: z.string(), suppliers: z.array(supplierRow), totals: scorecardMetrics }), ...errorResponses } },
    }, async (req) => service.programmeScorecard(requireActor(req), req.query));
  };
}
