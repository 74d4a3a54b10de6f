import type { Actor } from '../../core/actor';
import { authorize } from '../../core/authz';
import { today } from '../../core/clock';
import { notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import type { Deps } from '../../deps';
import { monthRange, monthsBetween, previousMonth, priceTrendPercent, scorecardMetrics, type ScorecardCounts, type ScorecardMetrics } from './domain/scorecard';
import * as po from './store-po';
import { orgNames, partVolumes, scorecardCounts, type GroupCounts, type PartMonth, type ScoreGroup } from './store-scorecard';

export interface ScorecardRow extends ScorecardCounts, ScorecardMetrics {
  priceTrendPercent: number | null;
}

const EMPTY: ScorecardCounts = { receivedQty: 0, rejectedQty: 0, scheduleDue: 0, scheduleOnTimeInFull: 0, posIssued: 0, posAcknowledged: 0, ackSecondsTotal: 0 };

function row(c: ScorecardCounts, trend: number | null): ScorecardRow {
  const { receivedQty, rejectedQty, scheduleDue, scheduleOnTimeInFull, posIssued, posAcknowledged, ackSecondsTotal } = c;
  return { receivedQty, rejectedQty, scheduleDue, scheduleOnTimeInFull, posIssued, posAcknowledged, ackSecondsTotal: Math.round(ackSecondsTotal), ...scorecardMetrics(c), priceTrendPercent: trend };
}

/** Volumes grouped by key and month once (a buyer may have thousands of suppliers). */
function groupVolumes(v: readonly PartMonth[]) {
  const m = new Map<string, PartMonth[]>();
  for (const p of v) {
    const k = `${p.key}|${p.month}`;
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  }
  return (key: string, month: string) => m.get(`${key}|${month}`) ?? [];
}

function sum(rows: readonly ScorecardCounts[]): ScorecardCounts {
  const t = { ...EMPTY };
  for (const r of rows) for (const k of Object.keys(t) as (keyof ScorecardCounts)[]) t[k] += r[k];
  return t;
}

/** Counts and metrics of one month grouped by IKM (or buyer), with the price trend against the previous month. */
async function monthByGroup(x: Executor, filter: { buyerOrgId?: string; ikmOrgId?: string }, month: string, asOf: string, groupBy: ScoreGroup) {
  const { from, to } = monthRange(month);
  const prev = monthRange(previousMonth(month));
  const [counts, volumes] = await Promise.all([scorecardCounts(x, { ...filter, from, to, asOf, groupBy }), partVolumes(x, { ...filter, from: prev.from, to, asOf, groupBy })]);
  const byKey = new Map<string, GroupCounts>(counts.map((c) => [c.key, c]));
  const volumesOf = groupVolumes(volumes);
  const keys = [...new Set([...byKey.keys(), ...volumes.filter((v) => v.month === month).map((v) => v.key)])];
  const names = await orgNames(x, keys);
  const rows = keys
    .map((key) => ({ orgId: key, orgName: names.get(key) ?? '', ...row(byKey.get(key) ?? EMPTY, priceTrendPercent(volumesOf(key, month), volumesOf(key, previousMonth(month)))) }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName));
  return { rows, totals: row(sum(counts), priceTrendPercent(volumes.filter((v) => v.month === month), volumes.filter((v) => v.month === previousMonth(month)))) };
}

/** Month-by-month history of one IKM (with one buyer, or all). Exported for matching through the index. */
export async function supplierHistory(x: Executor, ikmOrgId: string, opts: { from: string; to: string; asOf: string; buyerOrgId?: string }) {
  const months = monthsBetween(opts.from, opts.to);
  const range = { from: monthRange(previousMonth(opts.from)).from, to: monthRange(opts.to).to };
  const filter = { ikmOrgId, buyerOrgId: opts.buyerOrgId, asOf: opts.asOf, groupBy: 'month' as const };
  const [counts, volumes] = await Promise.all([scorecardCounts(x, { ...filter, from: monthRange(opts.from).from, to: range.to }), partVolumes(x, { ...filter, ...range })]);
  const byMonth = new Map(counts.map((c) => [c.key, c]));
  const volumesOf = groupVolumes(volumes);
  return {
    ikmOrgId,
    months: months.map((m) => ({ month: m, ...row(byMonth.get(m) ?? EMPTY, priceTrendPercent(volumesOf(m, m), volumesOf(previousMonth(m), previousMonth(m)))) })),
    totals: row(sum(counts), null),
  };
}

export function createScorecardService(deps: Deps) {
  const { db, clock } = deps;
  const thisMonth = () => today(clock).slice(0, 7);

  return {
    /** One IKM by month: the IKM itself and programme staff (all buyers, or one); a buyer sees only its own orders with the IKM. */
    async ikmScorecard(actor: Actor, ikmOrgId: string, q: { from?: string; to?: string; buyerOrgId?: string }, x: Executor = db) {
      authorize(actor, { kinds: ['programme', 'buyer', 'ikm'], relation: 'any' });
      let buyerOrgId = q.buyerOrgId;
      if (actor.type !== 'system' && actor.orgKind === 'ikm' && actor.orgId !== ikmOrgId) throw notFound('orders.scorecard_not_found', 'Kartu skor tidak ditemukan.', { ikmOrgId });
      if (actor.type !== 'system' && actor.orgKind === 'buyer') {
        buyerOrgId = actor.orgId;
        const { total } = await po.listPos(x, { buyerOrgId, ikmOrgId, limit: 1, offset: 0 });
        if (!total) throw notFound('orders.scorecard_not_found', 'Kartu skor tidak ditemukan.', { ikmOrgId });
      }
      const to = q.to ?? thisMonth();
      const from = q.from ?? monthsBack(to, 11);
      const names = await orgNames(x, [ikmOrgId]);
      const history = await supplierHistory(x, ikmOrgId, { from, to, asOf: today(clock), buyerOrgId });
      return { ...history, ikmName: names.get(ikmOrgId) ?? '', buyerOrgId: buyerOrgId ?? null };
    },

    /** A buyer's suppliers for one month (the buyer itself, or programme staff). */
    async buyerScorecard(actor: Actor, buyerOrgId: string, q: { month?: string }) {
      authorize(actor, { kinds: ['programme', 'buyer'], relation: 'any' });
      if (actor.type !== 'system' && actor.orgKind !== 'programme' && actor.orgId !== buyerOrgId) throw notFound('orders.scorecard_not_found', 'Kartu skor tidak ditemukan.', { buyerOrgId });
      const month = q.month ?? thisMonth();
      const { rows, totals } = await monthByGroup(db, { buyerOrgId }, month, today(clock), 'ikm');
      return { buyerOrgId, month, suppliers: rows, totals };
    },

    /** Programme view: every IKM for one month (all buyers). */
    async programmeScorecard(actor: Actor, q: { month?: string }) {
      authorize(actor, { kinds: ['programme'], relation: 'any' });
      const month = q.month ?? thisMonth();
      const { rows, totals } = await monthByGroup(db, {}, month, today(clock), 'ikm');
      return { month, suppliers: rows, totals };
    },
  };
}

function monthsBack(month: string, n: number): string {
  let m = month;
  for (let i = 0; i < n; i++) m = previousMonth(m);
  return m;
}
