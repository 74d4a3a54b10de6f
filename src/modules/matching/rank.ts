/**
 * Exact top-N over the SQL candidates. The candidate rows carry the certificate kinds only, so
 * every candidate is first scored optimistically (all certificates valid). Expired certificates
 * can only lower a score (or fail a required certificate), so the optimistic score is an upper
 * bound: certificates are loaded for the best candidates chunk by chunk, they are re-scored
 * exactly, and the loop stops once the N-th exact result ranks before the next optimistic one.
 * The result equals scoring every candidate exactly, with a few dozen certificate look-ups.
 */
import type { Executor } from '../../db/client';
import { compareRanked, evaluateMatch, scoreMatch, type IkmFeatures, type MatchContext, type MentoringLevel, type NeedFeatures, type SupplierHistory } from './domain';
import type { MatchingSignals } from './service';
import * as store from './store';

const CHUNK = 50;

export async function featuresOf(x: Executor, rows: store.CandidateRow[], signals: MatchingSignals): Promise<IkmFeatures[]> {
  const ids = rows.map((r) => r.orgId);
  const [history, levels, tkdn] = await Promise.all([
    signals.history?.(x, ids) ?? new Map<string, SupplierHistory>(),
    signals.mentoringLevels?.(x, ids) ?? new Map<string, MentoringLevel>(),
    signals.tkdn?.(x, ids) ?? new Map<string, number>(),
  ]);
  return rows.map((r) => ({
    orgId: r.orgId,
    name: r.legalName,
    isVerified: r.status === 'verified',
    processes: r.processes,
    materials: r.materials,
    monthlyCapacity: r.capacityQuantity !== null && r.capacityUnit ? { quantity: r.capacityQuantity, unit: r.capacityUnit } : null,
    // Optimistic until refined: every certificate kind held counts as valid.
    certifications: r.certificationKinds.map((kind) => ({ kind, expiresOn: null })),
    location: { provinceCode: r.provinceCode, regencyCode: r.regencyCode, coordinates: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null },
    history: history.get(r.orgId) ?? null,
    mentoringLevel: levels.get(r.orgId) ?? null,
    tkdnPercent: tkdn.get(r.orgId) ?? null,
  }));
}

/** Replaces the optimistic certificates by the real ones (kind and expiry). */
export async function withCertificates(x: Executor, features: IkmFeatures[]): Promise<IkmFeatures[]> {
  const certs = await store.certificationsOf(x, features.map((f) => f.orgId));
  const by = new Map<string, { kind: string; expiresOn: string | null }[]>();
  for (const c of certs) by.set(c.orgId, [...(by.get(c.orgId) ?? []), { kind: c.kind, expiresOn: c.expiresOn }]);
  return features.map((f) => ({ ...f, certifications: by.get(f.orgId) ?? [] }));
}

type Scored = { ikm: IkmFeatures; score: number; distanceKm: number | null; name: string; id: string };

const scored = (need: NeedFeatures, ikm: IkmFeatures, ctx: MatchContext): Scored & { eligible: boolean } => {
  const s = scoreMatch(need, ikm, ctx);
  return { ikm, eligible: s.eligible, score: s.score, distanceKm: s.distanceKm, name: ikm.name, id: ikm.orgId };
};

/** The exact top `limit` IKM for a need, with explanations, over optimistic candidate features. */
export async function rankExactly(x: Executor, need: NeedFeatures, optimistic: IkmFeatures[], ctx: MatchContext, limit: number) {
  const queue = optimistic.map((f) => scored(need, f, ctx)).filter((s) => s.eligible);
  queue.sort(compareRanked);
  const exact: Scored[] = [];
  for (let i = 0; i < queue.length; ) {
    const chunk = queue.slice(i, i + Math.max(CHUNK, limit));
    i += chunk.length;
    for (const ikm of await withCertificates(x, chunk.map((c) => c.ikm))) {
      const s = scored(need, ikm, ctx);
      if (s.eligible) exact.push(s);
    }
    exact.sort(compareRanked);
    const next = queue[i];
    if (exact.length >= limit && (!next || compareRanked(exact[limit - 1]!, next) <= 0)) break;
  }
  return exact.slice(0, limit).map((s) => ({ ...evaluateMatch(need, s.ikm, ctx), name: s.ikm.name }));
}
