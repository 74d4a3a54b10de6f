import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { badRequest, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { isProgramme, loadOwnNeed, needScopeOf, openNeedsForProcesses, type NeedRow, type NeedsService } from '../needs';
import {
  DEFAULT_SECTOR,
  DEFAULT_WEIGHTS,
  normaliseWeights,
  rankNeedsForIkm,
  SECTOR_KEY,
  type MatchContext,
  type MatchLabels,
  type MentoringLevel,
  type NeedFeatures,
  type SupplierHistory,
  type Weights,
} from './domain';
import { featuresOf, rankExactly, withCertificates } from './rank';
import * as store from './store';

/** How many candidates the SQL filter hands to the exact scoring. */
export const CANDIDATE_LIMIT = 3_000;
export const MAX_RESULTS = 100;
const LABELS_TTL_MS = 30_000;

/** Signals other areas provide once they exist (orders: history; mentoring: level; tkdn). Missing → neutral. */
export interface MatchingSignals {
  history?(x: Executor, orgIds: string[]): Promise<Map<string, SupplierHistory>>;
  mentoringLevels?(x: Executor, orgIds: string[]): Promise<Map<string, MentoringLevel>>;
  tkdn?(x: Executor, orgIds: string[]): Promise<Map<string, number>>;
}

export function needFeatures(n: NeedRow): NeedFeatures {
  return {
    id: n.id,
    sector: n.sector,
    processes: n.processes,
    material: n.material,
    monthlyVolume: n.monthlyVolume,
    unit: n.unit,
    requiredCertifications: n.requiredCertifications,
    delivery: { provinceCode: n.plantProvinceCode, regencyCode: n.plantRegencyCode, coordinates: n.plantLat !== null && n.plantLng !== null ? { lat: n.plantLat, lng: n.plantLng } : null },
    replacesImport: n.replacesImport,
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;

export function createMatchingService(deps: Deps, audit: AuditService, needs: NeedsService, signals: MatchingSignals = {}) {
  const { db, clock } = deps;
  const registry = needs.registry;

  /** Labels for explanation texts; vocabularies change rarely, so they are reloaded at most every LABELS_TTL_MS. */
  let cached: { at: number; labels: MatchLabels } | null = null;
  async function labels(): Promise<MatchLabels> {
    if (cached && Date.now() - cached.at < LABELS_TTL_MS) return cached.labels;
    const v = await registry.vocabularies();
    const fresh: MatchLabels = {
      process: (k, l) => v.processes.label(k, l),
      material: (k, l) => v.materials.label(k, l),
      certification: (k, l) => v.certificationKinds.label(k, l),
      unit: (k, l) => v.units.label(k, l),
      area: (c) => registry.areaName(c) ?? c,
    };
    cached = { at: Date.now(), labels: fresh };
    return fresh;
  }

  /** Weights of each sector: its own, else the programme's default, else the built-in defaults. */
  async function weightsFor(x: Executor, sectors: (string | null)[]): Promise<(sector: string | null) => Weights> {
    const rows = await store.findWeights(x, [...new Set([DEFAULT_SECTOR, ...sectors.filter((s): s is string => !!s)])]);
    const by = new Map(rows.map((r) => [r.sector, r.weights]));
    const fallback = by.get(DEFAULT_SECTOR) ?? { ...DEFAULT_WEIGHTS };
    return (sector) => (sector && by.get(sector)) || fallback;
  }

  /** Top IKM for a need (pure ranking over the SQL candidates); used by the endpoint and the benchmark. */
  async function rankForNeed(x: Executor, need: NeedFeatures, limit: number, ctxExtra: { labels?: MatchLabels } = {}) {
    const weights = (await weightsFor(x, [need.sector]))(need.sector);
    const candidates = await store.findCandidates(x, need, weights, CANDIDATE_LIMIT);
    const ctx: MatchContext = { today: today(clock), weights, labels: ctxExtra.labels ?? (await labels()) };
    const results = await rankExactly(x, need, await featuresOf(x, candidates, signals), ctx, limit);
    const byId = new Map(candidates.map((c) => [c.orgId, c]));
    return { weights, candidates: candidates.length, results: results.map((r, i) => ({ rank: i + 1, ...r, place: byId.get(r.orgId)! })) };
  }

  return {
    rankForNeed,

    async matchesForNeed(actor: Actor, needId: string, limit: number) {
      const { need, buyerName } = await loadOwnNeed(db, actor, registry, needId, { kinds: ['buyer', 'programme'] });
      const r = await rankForNeed(db, needFeatures(need), limit);
      return {
        need: { id: need.id, reference: need.reference, partName: need.partName, buyerName, sector: need.sector },
        weights: normaliseWeights(r.weights),
        candidatesConsidered: r.candidates,
        results: r.results.map((m) => ({
          rank: m.rank,
          orgId: m.orgId,
          name: m.name,
          provinceCode: m.place.provinceCode,
          provinceName: registry.areaName(m.place.provinceCode),
          regencyName: registry.areaName(m.place.regencyCode),
          score: m.score,
          distanceKm: m.distanceKm,
          explanations: m.explanations,
        })),
      };
    },

    /** Open needs an IKM is eligible for, best first: the IKM itself (needs visible to it), a buyer (its own needs), programme staff (all). */
    async matchesForIkm(actor: Actor, orgId: string, limit: number) {
      authorize(actor, { kinds: ['programme', 'ikm', 'buyer'], relation: 'any' });
      const ikm = await store.findIkm(db, orgId);
      const visible = ikm && (isProgramme(actor) || actor.orgId === orgId || (actor.orgKind === 'buyer' && ikm.status === 'verified'));
      if (!ikm || !visible) throw notFound('matching.ikm_not_found', 'Profil IKM tidak ditemukan.', { id: orgId });
      const scope = actor.orgId === orgId ? await needScopeOf(db, actor, registry) : isProgramme(actor) ? ({ kind: 'all' } as const) : ({ kind: 'buyer', orgId: actor.orgId } as const);
      const [features] = await withCertificates(db, await featuresOf(db, [ikm], signals));
      const rows = await openNeedsForProcesses(db, scope, ikm.processes, today(clock), CANDIDATE_LIMIT);
      const weightsOf = await weightsFor(db, rows.map((r) => r.need.sector));
      const lb = await labels();
      const needsF = rows.map((r) => ({ ...needFeatures(r.need), name: r.need.partName, row: r }));
      const ctxOf = (n: { sector: string | null }): MatchContext => ({ today: today(clock), weights: weightsOf(n.sector), labels: lb });
      const ranked = rankNeedsForIkm(features!, needsF, ctxOf, limit);
      return {
        ikm: { orgId, name: ikm.legalName, isVerified: ikm.status === 'verified' },
        needsConsidered: rows.length,
        results: ranked.map(({ need, result }, i) => ({
          rank: i + 1,
          needId: need.id,
          reference: need.row.need.reference,
          partName: need.row.need.partName,
          buyerName: need.row.buyerName,
          deadline: need.row.need.deadline,
          score: result.score,
          distanceKm: result.distanceKm,
          explanations: result.explanations,
        })),
      };
    },

    async listWeights(actor: Actor) {
      authorize(actor, { kinds: ['programme', 'buyer', 'ikm', 'lender', 'mentor'], relation: 'any' });
      const rows = await store.listWeights(db);
      return { defaults: { ...DEFAULT_WEIGHTS }, sectors: rows.map((r) => ({ sector: r.sector, weights: r.weights, updatedAt: r.updatedAt })) };
    },

    async setWeights(actor: Actor, sector: string, weights: Weights) {
      authorize(actor, { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      if (!SECTOR_KEY.test(sector)) throw badRequest('matching.sector_invalid', 'Kunci sektor huruf kecil, angka dan garis bawah, mis. otomotif_roda_dua.', { field: 'sector' });
      return db.transaction(async (tx) => {
        const before = (await store.findWeights(tx, [sector]))[0] ?? null;
        const row = await store.upsertWeights(tx, { sector, weights, updatedBy: actor.userId, updatedAt: clock.now() });
        await audit.record(tx, actor, { action: 'matching.weights_set', entityType: 'matching_weights', entityId: sector, orgId: actor.orgId, before: before?.weights ?? null, after: weights });
        return { sector: row.sector, weights: row.weights, updatedAt: row.updatedAt };
      });
    },

    async resetWeights(actor: Actor, sector: string) {
      authorize(actor, { kinds: ['programme'], roles: ['admin'], relation: 'any' });
      await db.transaction(async (tx) => {
        const [removed] = await store.deleteWeights(tx, sector);
        if (!removed) throw notFound('matching.weights_not_found', `Tidak ada bobot khusus untuk sektor "${sector}".`, { sector });
        await audit.record(tx, actor, { action: 'matching.weights_reset', entityType: 'matching_weights', entityId: sector, orgId: actor.orgId, before: removed.weights });
      });
    },
  };
}
