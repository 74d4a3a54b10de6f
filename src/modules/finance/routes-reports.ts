import { z } from 'zod';
import { errorResponses, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import * as s from './http-schemas';
import type { FinanceService } from './service';

const tags = ['finance'];
const ok = <T>(v: T) => s.jsonify(v) as never;

/** Pipeline, portfolios, ledger check and the manual ageing run. */
export function reportRoutes(finance: FinanceService) {
  return async function routes(app: App) {
    const { reports, ageing } = finance;

    app.get('/api/finance/pipeline', {
      schema: { tags, summary: 'Applications and akad by stage (draft … written off) with counts and values; signed and pending totals', querystring: z.object({ lenderId: z.string().uuid().optional() }), response: { 200: s.pipeline, ...errorResponses } },
    }, async (req) => ok(await reports.pipeline(requireActor(req), req.query)));

    app.get('/api/finance/portfolio', {
      schema: { tags, summary: "A lender's portfolio: outstanding, disbursed, repaid, by collectibility class, NPL ratio", querystring: z.object({ lenderId: z.string().uuid().optional() }), response: { 200: s.lenderPortfolio, ...errorResponses } },
    }, async (req) => ok(await reports.lenderPortfolio(requireActor(req), req.query)));

    app.get('/api/finance/portfolio/programme', {
      schema: { tags, summary: 'Programme office: portfolio per lender, per buyer, per IKM province', response: { 200: s.programmePortfolio, ...errorResponses } },
    }, async (req) => ok(await reports.programmePortfolio(requireActor(req))));

    app.get('/api/finance/ledger/check', {
      schema: { tags, summary: 'Trial balance and integrity checks of the ledger (programme admin: all; lender admin: its own)', response: { 200: s.ledgerCheck, ...errorResponses } },
    }, async (req) => ok(await reports.ledgerCheck(requireActor(req))));

    app.post('/api/finance/ageing/run', {
      schema: { tags, summary: 'Run the daily ageing now (programme admin): penalty accrual, days past due, collectibility', response: { 200: z.object({ asOf: z.string(), akads: z.number(), penaltyAccrued: s.money, byClass: z.record(z.string(), z.number()) }), ...errorResponses } },
    }, async (req) => {
      const actor = requireActor(req);
      reports.requireProgrammeAdmin(actor);
      return ok(await ageing.run(actor));
    });
  };
}
