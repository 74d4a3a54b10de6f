/**
 * Explainable matching score of an IKM for a part need.
 *
 * 1. Hard filters: verified by the programme office, capable of the need's primary process,
 *    holding every required certification (valid on the business date). An IKM failing one is
 *    not eligible and is not listed.
 * 2. Weighted score 0..100: Σ weight_i × fit_i with the weights normalised to 100; a criterion
 *    whose data is missing on either side gets the neutral fit 0.5 (status `unknown`).
 * Each result carries one explanation line per filter and criterion with its contribution.
 */
import {
  judgeCapacity,
  judgeCertification,
  judgeDelivery,
  judgeDistance,
  judgeMaterial,
  judgeMentoring,
  judgeProcess,
  judgeProcessCapability,
  judgeQuality,
  judgeRequiredCertifications,
  judgeTkdn,
  judgeVerified,
  type Judgement,
} from './criteria';
import { KEY_LABELS, round1 } from './text';
import type { CriterionKey, Explanation, FilterKey, IkmFeatures, MatchContext, MatchResult, NeedFeatures } from './types';
import { normaliseWeights } from './weights';

interface Judged {
  filters: [FilterKey, Judgement][];
  criteria: [CriterionKey, Judgement][];
  distanceKm: number | null;
}

function judge(need: NeedFeatures, ikm: IkmFeatures, ctx: MatchContext): Judged {
  const labels = ctx.labels ?? KEY_LABELS;
  const distance = judgeDistance(need, ikm, labels);
  return {
    filters: [
      ['verified', judgeVerified(ikm)],
      ['process_capability', judgeProcessCapability(need, ikm, labels)],
      ['required_certifications', judgeRequiredCertifications(need, ikm, ctx.today, labels)],
    ],
    criteria: [
      ['process', judgeProcess(need, ikm, labels)],
      ['material', judgeMaterial(need, ikm, labels)],
      ['capacity', judgeCapacity(need, ikm, labels)],
      ['distance', distance],
      ['certification', judgeCertification(ikm, ctx.today, labels)],
      ['quality', judgeQuality(ikm)],
      ['delivery', judgeDelivery(ikm)],
      ['mentoring', judgeMentoring(ikm)],
      ['tkdn', judgeTkdn(need, ikm)],
    ],
    distanceKm: distance.distance ? distance.distance.km : null,
  };
}

/** Weights normalised once per ranking (cached by identity of the weights object). */
const normalised = new WeakMap<object, ReturnType<typeof normaliseWeights>>();
function percentWeights(ctx: MatchContext) {
  let w = normalised.get(ctx.weights);
  if (!w) {
    w = normaliseWeights(ctx.weights);
    normalised.set(ctx.weights, w);
  }
  return w;
}

/** Score only (no texts): eligibility, 0..100 and distance. */
export function scoreMatch(need: NeedFeatures, ikm: IkmFeatures, ctx: MatchContext): { eligible: boolean; score: number; distanceKm: number | null } {
  const j = judge(need, ikm, ctx);
  const w = percentWeights(ctx);
  let score = 0;
  for (const [key, c] of j.criteria) score += w[key] * (c.fit ?? 0);
  return { eligible: j.filters.every(([, f]) => f.status === 'matched'), score: round1(score), distanceKm: j.distanceKm };
}

/** Score with its full explanation. */
export function evaluateMatch(need: NeedFeatures, ikm: IkmFeatures, ctx: MatchContext): MatchResult {
  const j = judge(need, ikm, ctx);
  const w = percentWeights(ctx);
  const explanations: Explanation[] = j.filters.map(([key, f]) => ({ key, kind: 'filter', status: f.status, weight: 0, fit: null, contribution: 0, text: f.text() }));
  let score = 0;
  for (const [key, c] of j.criteria) {
    const raw = w[key] * (c.fit ?? 0);
    score += raw;
    explanations.push({ key, kind: 'score', status: c.status, weight: round1(w[key]), fit: Math.round((c.fit ?? 0) * 1000) / 1000, contribution: round1(raw), text: c.text() });
  }
  return {
    needId: need.id,
    orgId: ikm.orgId,
    eligible: j.filters.every(([, f]) => f.status === 'matched'),
    score: round1(score),
    distanceKm: j.distanceKm === null ? null : Math.round(j.distanceKm * 10) / 10,
    explanations,
  };
}

/** Order of ranked results: score, then nearer, then name, then id (deterministic). */
export function compareRanked(a: { score: number; distanceKm: number | null; name: string; id: string }, b: typeof a): number {
  return b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The top `limit` eligible IKM for a need, with explanations. */
export function rankIkmForNeed(need: NeedFeatures, candidates: readonly IkmFeatures[], ctx: MatchContext, limit: number): (MatchResult & { name: string })[] {
  const scored: { ikm: IkmFeatures; score: number; distanceKm: number | null; name: string; id: string }[] = [];
  for (const ikm of candidates) {
    const s = scoreMatch(need, ikm, ctx);
    if (s.eligible) scored.push({ ikm, score: s.score, distanceKm: s.distanceKm, name: ikm.name, id: ikm.orgId });
  }
  scored.sort(compareRanked);
  return scored.slice(0, limit).map((s) => ({ ...evaluateMatch(need, s.ikm, ctx), name: s.ikm.name }));
}

/** The top `limit` needs an IKM is eligible for, with explanations; `ctxOf` gives each need's weights. */
export function rankNeedsForIkm<N extends NeedFeatures & { name: string }>(
  ikm: IkmFeatures,
  needs: readonly N[],
  ctxOf: (need: N) => MatchContext,
  limit: number,
): { need: N; result: MatchResult }[] {
  const scored: { need: N; score: number; distanceKm: number | null; name: string; id: string }[] = [];
  for (const need of needs) {
    const s = scoreMatch(need, ikm, ctxOf(need));
    if (s.eligible) scored.push({ need, score: s.score, distanceKm: s.distanceKm, name: need.name, id: need.id });
  }
  scored.sort(compareRanked);
  return scored.slice(0, limit).map((s) => ({ need: s.need, result: evaluateMatch(s.need, ikm, ctxOf(s.need)) }));
}


