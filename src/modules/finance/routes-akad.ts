import { z } from 'zod';
import { pageQuery, pageSchema } from '../../core/pagination';
import { parseRupiah } from '../../core/rupiah';
import { errorResponses, idempotencyKey, idParam, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { AKAD_STATUSES } from './domain/pipeline';
import * as s from './http-schemas';
import type { FinanceService } from './service';

const tags = ['finance'];
const ok = <T>(v: T) => s.jsonify(v) as never;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Akad, schedules, repayments, escrow and statements. */
export function akadRoutes(finance: FinanceService) {
  return async function routes(app: App) {
    const { akads, escrow, statements } = finance;

    app.get('/api/finance/akad', {
      schema: { tags, summary: 'Akad kredit (lender: its own; IKM: its own; programme: all)', querystring: pageQuery.extend({ status: z.enum(AKAD_STATUSES).optional(), lenderId: z.string().uuid().optional(), ikmId: z.string().uuid().optional() }), response: { 200: pageSchema(s.akadSummary), ...errorResponses } },
    }, async (req) => ok(await akads.list(requireActor(req), req.query)));

    app.get('/api/finance/akad/:id', { schema: { tags, summary: 'An akad with balances, collectibility and the current schedule', params: idParam, response: { 200: s.akad, ...errorResponses } } }, async (req) =>
      ok(await akads.get(requireActor(req), req.params.id)));

    app.get('/api/finance/akad/:id/schedule/:version', {
      schema: { tags, summary: 'One schedule version (history of restructurings and prepayments)', params: idParam.extend({ version: z.coerce.number().int().min(1) }), response: { 200: s.scheduleVersion, ...errorResponses } },
    }, async (req) => ok(await akads.schedule(requireActor(req), req.params.id, req.params.version)));

    app.post('/api/finance/akad/:id/sign', {
      schema: { tags, summary: "Sign the akad for the caller's side (Idempotency-Key); the second signature fixes the schedule", params: idParam, response: { 200: s.akad, ...errorResponses } },
    }, async (req) => ok(await akads.sign(requireActor(req), req.params.id, idempotencyKey(req))));

    app.post('/api/finance/akad/:id/disburse', {
      schema: { tags, summary: 'Record the disbursement (Idempotency-Key): journal loan principal / lender cash', params: idParam, body: z.object({ disbursedOn: z.string().date().nullish(), account: z.string().max(100).nullish() }).default({}), response: { 200: s.akad, ...errorResponses } },
    }, async (req) => ok(await akads.disburse(requireActor(req), req.params.id, req.body ?? {}, idempotencyKey(req))));

    app.post('/api/finance/akad/:id/restructure', {
      schema: { tags, summary: 'Restructure (lender approver): a new schedule version for the outstanding principal', params: idParam, body: s.restructureInput, response: { 200: s.akad, ...errorResponses } },
    }, async (req) => ok(await akads.restructure(requireActor(req), req.params.id, req.body)));

    app.post('/api/finance/akad/:id/write-off', {
      schema: { tags, summary: 'Write off what is still owed (lender approver)', params: idParam, body: z.object({ reason: z.string().trim().min(3).max(2000) }), response: { 200: s.akad, ...errorResponses } },
    }, async (req) => ok(await akads.writeOff(requireActor(req), req.params.id, req.body)));

    app.post('/api/finance/akad/:id/repayments', {
      schema: { tags, summary: 'Manual repayment or prepayment by the IKM into its escrow (Idempotency-Key)', params: idParam, body: s.repaymentInput, response: { 200: s.paymentResult, ...errorResponses } },
    }, async (req) => ok(await escrow.repay(requireActor(req), req.params.id, { ...req.body, amount: parseRupiah(req.body.amount) }, idempotencyKey(req))));

    app.get('/api/finance/akad/:id/journal', { schema: { tags, summary: "The akad's journal entries", params: idParam, response: { 200: z.array(s.journalEntry), ...errorResponses } } }, async (req) =>
      ok(await akads.journal(requireActor(req), req.params.id)));

    app.get('/api/finance/akad/:id/statement', { schema: { tags, summary: 'Loan statement (JSON)', params: idParam, response: { 200: z.object({ asOf: z.string(), akad: s.akad, movements: z.array(z.object({ date: z.string(), kind: z.string(), memo: z.string(), principal: s.money, interest: s.money, penalty: s.money })) }), ...errorResponses } } }, async (req) =>
      ok(await statements.json(requireActor(req), req.params.id)));

    app.get('/api/finance/akad/:id/statement.pdf', { schema: { tags, summary: 'Loan statement and schedule as PDF', params: idParam } }, async (req, reply) => {
      const f = await statements.pdf(requireActor(req), req.params.id);
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${f.filename}"`).send(f.body);
    });

    app.get('/api/finance/akad/:id/statement.xlsx', { schema: { tags, summary: 'Loan statement and schedule as XLSX', params: idParam } }, async (req, reply) => {
      const f = await statements.xlsx(requireActor(req), req.params.id);
      return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${f.filename}"`).send(f.body);
    });

    app.get('/api/finance/escrow', { schema: { tags, summary: 'Escrow accounts (lender, IKM: their own; programme: all) with ledger balances', response: { 200: z.array(s.escrowAccount), ...errorResponses } } }, async (req) =>
      ok(await escrow.list(requireActor(req))));

    app.get('/api/finance/escrow/:id/payments', { schema: { tags, params: idParam, querystring: pageQuery, response: { 200: pageSchema(s.paymentResult), ...errorResponses } } }, async (req) =>
      ok(await escrow.payments(requireActor(req), req.params.id, req.query)));

    app.post('/api/finance/escrow/payments', {
      schema: { tags, summary: "A buyer's payment of a financed IKM's invoice into escrow (Idempotency-Key); the waterfall pays the lender, the rest goes to the IKM", body: s.buyerPaymentInput, response: { 200: s.paymentResult, ...errorResponses } },
    }, async (req) => ok(await escrow.payInvoice(requireActor(req), { ...req.body, amount: parseRupiah(req.body.amount) }, idempotencyKey(req))));

    app.post('/api/finance/escrow/payments/:id/reverse', {
      schema: { tags, summary: 'Correct a misapplied payment with reversing entries (lender approver or admin); its invoice may then be paid again', params: idParam, body: z.object({ reason: z.string().trim().min(3).max(2000) }), response: { 200: z.object({ paymentId: z.string(), reversedEntries: z.number(), reason: z.string() }), ...errorResponses } },
    }, async (req) => ok(await finance.corrections.reversePayment(requireActor(req), req.params.id, req.body.reason)));

    app.get('/api/finance/escrow/:id/reconciliation', { schema: { tags, summary: 'Reconciliation: per payment, in = allocations out', params: idParam, response: { 200: s.reconciliation, ...errorResponses } } }, async (req) =>
      ok(await statements.reconciliation(requireActor(req), req.params.id)));

    app.get('/api/finance/escrow/:id/reconciliation.xlsx', { schema: { tags, summary: 'Reconciliation as XLSX', params: idParam } }, async (req, reply) => {
      const f = await statements.reconciliationXlsx(requireActor(req), req.params.id);
      return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${f.filename}"`).send(f.body);
    });
  };
}
