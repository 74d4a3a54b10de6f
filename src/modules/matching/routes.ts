import { z } from 'zod';
import { errorResponses, idParam, okBody, requireActor } from '../../server/http';
import type { App } from '../../server/types';
import { CRITERION_KEYS, FILTER_KEYS, weightsSchema } from './domain';
import type { MatchingService } from './service';

const tags = ['matching'];
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
const weightsBody = z.object(Object.fromEntries(CRITERION_KEYS.map((k) => [k, z.number()])) as Record<(typeof CRITERION_KEYS)[number], z.ZodNumber>);
const explanation = z.object({
  key: z.enum([...FILTER_KEYS, ...CRITERION_KEYS]),
  kind: z.enum(['filter', 'score']),
  status: z.enum(['matched', 'failed', 'unknown']),
  weight: z.number().describe('share of the total score, percent'),
  fit: z.number().nullable().describe('0..1; 0.5 is neutral (unknown)'),
  contribution: z.number().describe('points out of 100 this criterion added'),
  text: z.object({ id: z.string(), en: z.string() }),
});

const needMatches = z.object({
  need: z.object({ id: z.string(), reference: z.string(), partName: z.string(), buyerName: z.string(), sector: z.string().nullable() }),
  weights: weightsBody,
  candidatesConsidered: z.number().int(),
  results: z.array(
    z.object({ rank: z.number().int(), orgId: z.string(), name: z.string(), provinceCode: z.string(), provinceName: z.string().nullable(), regencyName: z.string().nullable(), score: z.number(), distanceKm: z.number().nullable(), explanations: z.array(explanation) }),
  ),
});

const ikmMatches = z.object({
  ikm: z.object({ orgId: z.string(), name: z.string(), isVerified: z.boolean() }),
  needsConsidered: z.number().int(),
  results: z.array(
    z.object({ rank: z.number().int(), needId: z.string(), reference: z.string(), partName: z.string(), buyerName: z.string(), deadline: z.string(), score: z.number(), distanceKm: z.number().nullable(), explanations: z.array(explanation) }),
  ),
});

const sectorParam = z.object({ sector: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/) });
const weightsRow = z.object({ sector: z.string(), weights: weightsBody, updatedAt: z.date() });

/** Explainable matching of IKM and part needs, and the weights programme admins set per sector. */
export function matchingRoutes(matching: MatchingService) {
  return async function routes(app: App) {
    app.get('/api/needs/:id/matches', {
      schema: {
        tags,
        summary: 'Top IKM for a part need, each with its score and explanation (the need’s buyer and programme staff)',
        description: 'Hard filters: verified, primary process, required certifications. Weighted criteria: process, material, capacity, distance, certification, quality and delivery record, mentoring level, TKDN (unknown → neutral).',
        params: idParam,
        querystring: limitQuery,
        response: { 200: needMatches, ...errorResponses },
      },
    }, async (req) => matching.matchesForNeed(requireActor(req), req.params.id, req.query.limit));

    app.get('/api/ikm/:id/matches', {
      schema: {
        tags,
        summary: 'Open part needs an IKM is eligible for, best first (the IKM itself: needs visible to it; a buyer: its own needs; programme staff: all)',
        params: idParam,
        querystring: limitQuery,
        response: { 200: ikmMatches, ...errorResponses },
      },
    }, async (req) => matching.matchesForIkm(requireActor(req), req.params.id, req.query.limit));

    app.get('/api/matching/weights', {
      schema: { tags, summary: 'Matching weights: built-in defaults and those set per sector', response: { 200: z.object({ defaults: weightsBody, sectors: z.array(weightsRow) }), ...errorResponses } },
    }, async (req) => matching.listWeights(requireActor(req)));

    app.put('/api/matching/weights/:sector', {
      schema: { tags, summary: "Set a sector's weights (programme admins; 'default' applies to needs without a sector rule)", params: sectorParam, body: weightsSchema, response: { 200: weightsRow, ...errorResponses } },
    }, async (req) => matching.setWeights(requireActor(req), req.params.sector, req.body));

    app.delete('/api/matching/weights/:sector', {
      schema: { tags, summary: "Remove a sector's weights (back to the default)", params: sectorParam, response: { 200: okBody, ...errorResponses } },
    }, async (req) => {
      await matching.resetWeights(requireActor(req), req.params.sector);
      return { ok: true as const };
    });
  };
}
