import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { parseRupiah } from '../../core/rupiah';
import { errorResponses, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { APPLICATION_STATUSES } from './domain/pipeline';
import { PRODUCT_KINDS } from './domain/product-rules';
import * as s from './http-schemas';
import { akadRoutes } from './routes-akad';
import { reportRoutes } from './routes-reports';
import type { FinanceService } from './service';

const tags = ['finance'];
const ok = <T>(v: T) => s.jsonify(v) as never;

/** The finance HTTP API under /api/finance. */
export function financeRoutes(finance: FinanceService) {
  return async function routes(app: App) {
    const { products, applications, reviews, akads } = finance;

    app.get('/api/finance/products', {
      schema: { tags, summary: 'Credit products (lender: its own; IKM and buyers: active products of every lender; programme: all)', querystring: pageQuery.extend({ lenderId: z.string().uuid().optional(), kind: z.enum(PRODUCT_KINDS).optional(), activeOnly: z.coerce.boolean().optional() }), response: { 200: pageSchema(s.product), ...errorResponses } },
    }, async (req) => ok(await products.list(requireActor(req), req.query)));

    app.post('/api/finance/products', {
      schema: { tags, summary: 'Create a credit product (lender admin or staff)', body: s.productInput, response: { 201: s.product, ...errorResponses } },
    }, async (req, reply) => {
      const b = req.body;
      const created = await products.create(requireActor(req), { ...b, minAmount: parseRupiah(b.minAmount), maxAmount: parseRupiah(b.maxAmount) });
      return reply.status(201).send(ok(created));
    });

    app.get('/api/finance/products/:id', { schema: { tags, params: idParam, response: { 200: s.product, ...errorResponses } } }, async (req) => ok(await products.get(requireActor(req), req.params.id)));

    app.patch('/api/finance/products/:id', {
      schema: { tags, summary: 'Change a credit product (its lender)', params: idParam, body: s.productPatch, response: { 200: s.product, ...errorResponses } },
    }, async (req) => {
      const b = req.body;
      const patch = { ...b, minAmount: b.minAmount === undefined ? undefined : parseRupiah(b.minAmount), maxAmount: b.maxAmount === undefined ? undefined : parseRupiah(b.maxAmount) };
      return ok(await products.update(requireActor(req), req.params.id, patch));
    });

    app.get('/api/finance/applications', {
      schema: { tags, summary: 'Credit applications (lender: to it; IKM: its own; buyer: backed by its PO/MoU; programme: all)', querystring: pageQuery.extend({ status: z.enum(APPLICATION_STATUSES).optional(), lenderId: z.string().uuid().optional(), ikmId: z.string().uuid().optional() }), response: { 200: pageSchema(s.applicationSummary), ...errorResponses } },
    }, async (req) => ok(await applications.list(requireActor(req), req.query)));

    app.post('/api/finance/applications', {
      schema: { tags, summary: 'Apply for credit (IKM) backed by POs and/or MoUs; reserves each PO within its financeable share', body: s.applicationInput, response: { 201: s.application, ...errorResponses } },
    }, async (req, reply) => {
      const b = req.body;
      const created = await applications.create(requireActor(req), {
        ...b,
        amount: parseRupiah(b.amount),
        underlyings: b.underlyings.map((u) => ({ kind: u.kind, id: u.id, amount: u.amount ? parseRupiah(u.amount) : null })),
      });
      return reply.status(201).send(ok(created));
    });

    app.get('/api/finance/applications/:id', { schema: { tags, params: idParam, response: { 200: s.application, ...errorResponses } } }, async (req) => ok(await applications.get(requireActor(req), req.params.id)));

    app.post('/api/finance/applications/:id/submit', { schema: { tags, summary: 'Submit a draft (IKM); required documents are checked', params: idParam, response: { 200: s.application, ...errorResponses } } }, async (req) =>
      ok(await applications.submit(requireActor(req), req.params.id)));

    app.post('/api/finance/applications/:id/withdraw', { schema: { tags, summary: 'Withdraw (IKM); releases the PO reservations', params: idParam, response: { 200: s.application, ...errorResponses } } }, async (req) =>
      ok(await applications.withdraw(requireActor(req), req.params.id)));

    app.post('/api/finance/applications/:id/confirmations', {
      schema: { tags, summary: 'The buyer confirms (or disputes) the PO/MoU backing an application', params: idParam, body: s.confirmationInput, response: { 200: s.application, ...errorResponses } },
    }, async (req) => ok(await reviews.confirm(requireActor(req), req.params.id, req.body)));

    app.post('/api/finance/applications/:id/review', {
      schema: { tags, summary: "The lender analyst's review (checklist, recommendation); scorecard, mentoring level and exposure are attached", params: idParam, body: s.reviewInput, response: { 200: s.application, ...errorResponses } },
    }, async (req) => ok(await reviews.review(requireActor(req), req.params.id, req.body)));

    app.post('/api/finance/applications/:id/decision', {
      schema: { tags, summary: "The lender approver's decision with reasons (approval needs a review and the buyer's confirmations)", params: idParam, body: s.decisionInput, response: { 200: s.application, ...errorResponses } },
    }, async (req) => ok(await reviews.decide(requireActor(req), req.params.id, req.body)));

    app.post('/api/finance/applications/:id/akad', {
      schema: { tags, summary: 'Draw up the akad kredit of an approved application (lender approver or admin)', params: idParam, body: z.object({ plannedDisbursementOn: z.string().date() }), response: { 201: s.akad, ...errorResponses } },
    }, async (req, reply) => reply.status(201).send(ok(await akads.create(requireActor(req), req.params.id, req.body))));

    await akadRoutes(finance)(app);
    await reportRoutes(finance)(app);
  };
}

