import type { Problem } from './scheduler-types';
import { lagrangianBound } from './scheduler-lp-bound';

/**
 * Upper bounds on the best score of a schedule. Each is a proof that no valid schedule can do
 * better; the scheduler reports the smallest. Notation: a schedule puts each chosen meeting m
 * (weight w_m = priority) in one slot s; fixed meetings are where they are given. "Movable"
 * meetings are the others; mut(m) is the set of slots where both participants are available
 * and neither holds a fixed meeting; cap_s = min(tables − (fixed meetings in s), ⌊n_s / 2⌋),
 * where n_s counts the participants that some movable meeting could bring to slot s (the
 * meetings of one slot are disjoint pairs of such participants, so there are at most ⌊n_s/2⌋).
 *
 * Every bound below is  fixedScore + (bound on the movable part), because a valid schedule
 * contains all fixed meetings and its movable meetings use only slots of mut(m), at most cap_s
 * of them per slot s (the fixed meetings already hold the other tables), and at most one per
 * participant per slot.
 */
export interface UpperBounds {
  /** Weight of the fixed meetings (always scored). */
  fixed: number;
  /** (1) All movable meetings that have at least one slot in mut(m). */
  available: number;
  /** (2) The heaviest Σ cap_s movable meetings with a non-empty mut(m). */
  capacity: number;
  /** (3) Half the sum, over participants, of their best set of meetings in distinct slots. */
  participants: number;
  /** (4) Best set of movable meetings that fits the slot capacities (tables) alone. */
  tables: number;
  /** (5) Lagrangian dual of the LP relaxation (tables, participants and slots together); Infinity when not computed. */
  lagrangian: number;
  /** The minimum of all of the above, rounded down (scores are integers). */
  best: number;
}

export interface BoundOptions {
  /** Subgradient iterations of bound (5); 0 skips it. */
  iterations: number;
  /** A known achievable score (e.g. the heuristic's), used to size the subgradient steps. */
  target: number;
}

export function computeUpperBounds(pb: Problem, options: BoundOptions): UpperBounds {
  const { M, weight, fixedSlot, mutualStart } = pb;
  let fixed = 0;
  const movable: number[] = [];
  for (let m = 0; m < M; m++) {
    if (fixedSlot[m]! >= 0) fixed += weight[m]!;
    else if (mutualStart[m + 1]! > mutualStart[m]!) movable.push(m);
  }
  movable.sort((x, y) => weight[y]! - weight[x]! || x - y);
  const cap = slotCapacities(pb);

  // (1) Only a meeting with a slot in mut(m) can be scheduled; each counts once.
  let available = fixed;
  for (const m of movable) available += weight[m]!;

  // (2) At most Σ cap_s movable meetings fit on the tables, so their weight is at most that
  // of the Σ cap_s heaviest candidates.
  let capacity = fixed;
  const totalCap = cap.reduce((x, c) => x + c, 0);
  for (let i = 0; i < Math.min(totalCap, movable.length); i++) capacity += weight[movable[i]!]!;

  const participants = fixed + participantBound(pb) / 2;
  const tables = fixed + transversalBound(pb, movable, cap);
  const bounds = { fixed, available, capacity, participants, tables, lagrangian: Infinity, best: Infinity };
  bounds.best = bestOf(bounds);
  return options.iterations > 0 ? tightenUpperBounds(pb, bounds, options) : bounds;
}

/**
 * Adds bound (5) to bounds (1)–(4) (skipped when they already equal the target score: the
 * schedule is then proven optimal).
 */
export function tightenUpperBounds(pb: Problem, bounds: UpperBounds, options: BoundOptions): UpperBounds {
  if (options.iterations <= 0 || bounds.best <= options.target) return bounds;
  const cap = slotCapacities(pb);
  const lagrangian = bounds.fixed + lagrangianBound(pb, cap, options.iterations, Math.max(0, options.target - bounds.fixed));
  const next = { ...bounds, lagrangian };
  next.best = bestOf(next);
  return next;
}

/** cap_s: how many movable meetings slot s can hold at most (see the notation above). */
export function slotCapacities(pb: Problem): Int32Array {
  const { S, T, M, ma, mb, fixedCount, mutualStart, mutual } = pb;
  const seen = new Uint8Array(pb.P * S);
  const people = new Int32Array(S);
  for (let m = 0; m < M; m++) {
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      const s = mutual[i]!;
      for (const p of [ma[m]!, mb[m]!]) {
        if (!seen[p * S + s]) {
          seen[p * S + s] = 1;
          people[s]! += 1;
        }
      }
    }
  }
  return Int32Array.from({ length: S }, (_, s) => Math.min(T - fixedCount[s]!, Math.floor(people[s]! / 2)));
}

function bestOf(b: UpperBounds): number {
  const min = Math.min(b.available, b.capacity, b.participants, b.tables, b.lagrangian);
  // Scores are integers, so ⌊bound⌋ is still a bound; the tiny slack absorbs float rounding
  // (it can only make the reported bound larger, never smaller than the true one).
  return Math.floor(min + 1e-7 * (1 + Math.abs(min)));
}

/**
 * (3) Σ_p best_p, where best_p is the heaviest set of p's movable meetings that can be given
 * pairwise different slots, each within its mut(m). In a valid schedule the movable meetings of
 * p sit in different slots of their mut(m) (p attends one meeting per slot), so their weight is
 * at most best_p; summing over all participants counts every scheduled meeting twice (once per
 * participant), hence 2·(movable score) ≤ Σ_p best_p. best_p is the maximum-weight independent
 * set of a transversal matroid, so the greedy below (heaviest first, keep a meeting when a
 * matching of the kept meetings to distinct slots still exists, found by augmenting paths) is
 * exact. It is never larger than the sum of p's k heaviest meetings, k = p's usable slots.
 */
function participantBound(pb: Problem): number {
  const { P, S, incStart, inc, weight, fixedSlot, mutualStart, mutual } = pb;
  const slotHolder = new Int32Array(S);
  const visited = new Int32Array(S);
  let stamp = 0;
  let total = 0;
  const tryAugment = (m: number): boolean => {
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      const s = mutual[i]!;
      if (visited[s] === stamp) continue;
      visited[s] = stamp;
      const h = slotHolder[s]!;
      if (h < 0 || tryAugment(h)) {
        slotHolder[s] = m;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < P; p++) {
    const mine: number[] = [];
    for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
      const m = inc[i]!;
      if (fixedSlot[m]! < 0 && mutualStart[m + 1]! > mutualStart[m]!) mine.push(m);
    }
    if (!mine.length) continue;
    mine.sort((x, y) => weight[y]! - weight[x]!);
    slotHolder.fill(-1);
    let kept = 0;
    for (const m of mine) {
      if (kept === S) break;
      stamp++;
      if (tryAugment(m)) {
        total += weight[m]!;
        kept++;
      }
    }
  }
  return total;
}

/**
 * (4) Ignoring participants' clashes, a schedule is an assignment of meetings to slots of
 * their mut(m) with at most cap_s per slot. Sets of meetings that admit such an assignment are
 * the independent sets of a transversal matroid (a bipartite b-matching), so the greedy — take
 * meetings heaviest first, keep one when an augmenting path of moves between slots frees a
 * table for it — finds the heaviest such set exactly. It is at most bounds (1) and (2).
 */
function transversalBound(pb: Problem, movable: number[], cap: Int32Array): number {
  const { S, weight, mutualStart, mutual } = pb;
  const slotOf = new Int32Array(pb.M).fill(-1);
  const load = new Int32Array(S);
  const edges = new Int32Array(S * S); // edges[s*S+t] = kept meetings in s that could use t
  const stacks: number[][] = Array.from({ length: S * S }, () => []); // candidates, lazily cleaned
  const prev = new Int32Array(S);
  const put = (m: number, s: number, sign: 1 | -1) => {
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      const t = mutual[i]!;
      if (t === s) continue;
      edges[s * S + t]! += sign;
      if (sign === 1) stacks[s * S + t]!.push(m);
    }
    load[s]! += sign;
    slotOf[m] = sign === 1 ? s : -1;
  };
  let total = 0;
  const queue = new Int32Array(S);
  for (const m of movable) {
    prev.fill(-2);
    let head = 0;
    let tail = 0;
    let found = -1;
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]! && found < 0; i++) {
      const s = mutual[i]!;
      prev[s] = -1;
      queue[tail++] = s;
      if (load[s]! < cap[s]!) found = s;
    }
    while (found < 0 && head < tail) {
      const s = queue[head++]!;
      for (let t = 0; t < S && found < 0; t++) {
        if (prev[t] !== -2 || edges[s * S + t] === 0) continue;
        prev[t] = s;
        queue[tail++] = t;
        if (load[t]! < cap[t]!) found = t;
      }
    }
    if (found < 0) continue;
    // walk back: move one meeting from prev[t] to t, …, then put m in the first slot
    for (let t = found; prev[t]! >= 0; t = prev[t]!) {
      const s = prev[t]!;
      const stack = stacks[s * S + t]!;
      let y = stack.pop()!;
      while (slotOf[y] !== s) y = stack.pop()!;
      put(y, s, -1);
      put(y, t, 1);
    }
    let first = found;
    while (prev[first]! >= 0) first = prev[first]!;
    put(m, first, 1);
    total += weight[m]!;
  }
  return total;
}
