/**
 * Supplier scorecard (DOMAIN.md "Supplier metrics"). Pure functions over aggregated counts.
 *  - quality: reject ppm = rejected / received × 1,000,000, rounded half up to a whole ppm (12 of 40,000 → 300);
 *  - delivery: on-time-in-full % = schedule entries fully accepted by their due date / entries due × 100, one decimal, half up (46 of 50 → 92.0);
 *  - responsiveness: mean hours from PO issue to the IKM's first acknowledgement, one decimal;
 *  - price trend: volume-weighted change of unit prices against the previous month for the same parts, percent, one decimal.
 */

/** round(n / d) half away from zero, for a possibly negative numerator. */
function roundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const r = (a * 2n + d) / (d * 2n);
  return neg ? -r : r;
}

export function rejectPpm(rejected: number | bigint, received: number | bigint): number | null {
  const r = BigInt(received);
  if (r === 0n) return null;
  return Number(roundHalfAwayFromZero(BigInt(rejected) * 1_000_000n, r));
}

/** One decimal percent (half up). */
export function percent1(part: number | bigint, whole: number | bigint): number | null {
  const w = BigInt(whole);
  if (w === 0n) return null;
  return Number(roundHalfAwayFromZero(BigInt(part) * 1000n, w)) / 10;
}

export function otifPercent(onTimeInFull: number, due: number): number | null {
  return percent1(onTimeInFull, due);
}

export function meanHours(totalSeconds: number, count: number): number | null {
  if (!count) return null;
  return Math.round((totalSeconds / count / 3600) * 10) / 10;
}

export interface PartVolume {
  partNumber: string;
  quantity: number;
  amount: bigint;
}

/**
 * Price change (%) of this month against the previous month, weighted by this month's volumes:
 * (Σ amount_now − Σ qty_now × avgPrice_prev) / Σ qty_now × avgPrice_prev × 100, over parts bought in both months.
 * avgPrice_prev = amount_prev / qty_prev (exact: scaled by the product of quantities, no float).
 */
export function priceTrendPercent(current: readonly PartVolume[], previous: readonly PartVolume[]): number | null {
  const prev = new Map(previous.filter((p) => p.quantity > 0).map((p) => [p.partNumber, p]));
  // Compare Σ amount_now against Σ qty_now × amount_prev / qty_prev with a common denominator D = Π qty_prev (kept small by per-part fractions).
  let nowScaled = 0n;
  let baseScaled = 0n;
  const SCALE = 1_000_000n;
  for (const c of current) {
    const p = prev.get(c.partNumber);
    if (!p || c.quantity <= 0) continue;
    nowScaled += c.amount * SCALE;
    baseScaled += (BigInt(c.quantity) * p.amount * SCALE) / BigInt(p.quantity);
  }
  if (baseScaled === 0n) return null;
  return Number(roundHalfAwayFromZero((nowScaled - baseScaled) * 1000n, baseScaled)) / 10;
}

export interface ScorecardCounts {
  receivedQty: number;
  rejectedQty: number;
  scheduleDue: number;
  scheduleOnTimeInFull: number;
  posIssued: number;
  posAcknowledged: number;
  ackSecondsTotal: number;
}

export interface ScorecardMetrics {
  rejectPpm: number | null;
  otifPercent: number | null;
  ackHoursMean: number | null;
}

export function scorecardMetrics(c: ScorecardCounts): ScorecardMetrics {
  return {
    rejectPpm: rejectPpm(c.rejectedQty, c.receivedQty),
    otifPercent: otifPercent(c.scheduleOnTimeInFull, c.scheduleDue),
    ackHoursMean: meanHours(c.ackSecondsTotal, c.posAcknowledged),
  };
}

/** "2026-11" → ["2026-11-01", "2026-12-01"): the month's first day and the next month's. */
export function monthRange(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month (YYYY-MM): "${month}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new RangeError(`not a month (YYYY-MM): "${month}"`);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Months from `from` to `to` inclusive (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let m = from;
  for (let guard = 0; m <= to && guard < 240; guard++) {
    out.push(m);
    const { to: next } = monthRange(m);
    m = next.slice(0, 7);
  }
  return out;
}
