import type { ScheduleState } from './scheduler-state';
import { kempeFree } from './scheduler-kempe';

/**
 * Compound moves of the local search (ejection chains). Every change goes through the state's
 * journal, so the caller can roll a move back exactly. `stamp` marks the meetings touched by
 * the move being built (they are not displaced again within it).
 */
export class ChainMoves {
  stamp = 1;
  iter = 0;
  work = 0;
  private readonly lock: Int32Array;
  /** Iteration until which a meeting placed by a plateau move may not be taken out. */
  readonly tabu: Float64Array;
  private readonly chain: Int32Array;

  constructor(
    private readonly st: ScheduleState,
    private readonly rng: () => number,
  ) {
    this.lock = new Int32Array(st.pb.M);
    this.tabu = new Float64Array(st.pb.M);
    this.chain = new Int32Array(st.pb.M + 1);
  }

  lockMeeting(m: number): void {
    this.lock[m] = this.stamp;
  }

  private movable(y: number): boolean {
    return y >= 0 && !this.st.isFixed(y) && this.lock[y] !== this.stamp;
  }

  canDrop(x: number): boolean {
    return this.tabu[x]! <= this.iter;
  }

  /** Frees both participants of m in s by Kempe-chain swaps, then puts m there (no loss). */
  kempeInsert(m: number, s: number): boolean {
    const { st } = this;
    const { S, T, ma, mb } = st.pb;
    const a = ma[m]!;
    const b = mb[m]!;
    const work = { n: 0 };
    let ok = true;
    if (st.busy[b * S + s]! >= 0) ok = kempeFree(st, b, s, st.busy[a * S + s] === -1 ? a : -1, 1, 64, this.chain, work);
    if (ok && st.busy[a * S + s]! >= 0) ok = kempeFree(st, a, s, b, 1, 64, this.chain, work);
    this.work += work.n;
    if (!ok || st.load[s]! >= T || st.busy[a * S + s] !== -1 || st.busy[b * S + s] !== -1) return false;
    st.assign(m, s);
    return true;
  }

  /**
   * Makes room in full slot s: moves one of its meetings to a slot with a free table (returns
   * -1), or takes out the cheapest (returns it, for the caller to re-place or drop); -2 when
   * neither is possible.
   */
  freeTable(s: number, spare: boolean): number {
    const { st } = this;
    const { S, mutualStart, mutual } = st.pb;
    const list = st.members[s]!;
    const load = st.load[s]!;
    if (spare) {
      const off = Math.floor(this.rng() * load);
      for (let k = 0; k < Math.min(load, 48); k++) {
        const y = list[(off + k) % load]!;
        if (!this.movable(y)) continue;
        this.work += 1;
        for (let i = mutualStart[y]!; i < mutualStart[y + 1]!; i++) {
          const t = mutual[i]!;
          if (t !== s && st.canPlace(y, t)) {
            st.unassign(y);
            st.assign(y, t);
            return -1;
          }
        }
      }
    }
    const r = st.minRank(s);
    if (r < 0) return -2;
    // among the cheapest meetings of s, take the one with most other slots (easiest to re-place)
    let pick = -1;
    let pickOptions = -1;
    const off = Math.floor(this.rng() * load);
    for (let k = 0; k < load; k++) {
      const y = list[(off + k) % load]!;
      if (!this.movable(y) || st.rank[y] !== r || !this.canDrop(y)) continue;
      const o = mutualStart[y + 1]! - mutualStart[y]!;
      if (o > pickOptions) {
        pick = y;
        pickOptions = o;
        if (o === S) break;
      }
    }
    this.work += load >> 4;
    if (pick < 0) return -2;
    st.unassign(pick);
    return pick;
  }

  /**
   * Re-places unassigned meeting x without losing anything: a free slot if there is one, else
   * (depth > 0) a slot where it displaces meetings that can themselves be re-placed.
   */
  place(x: number, depth: number): boolean {
    const { st } = this;
    const { S, T, ma, mb, mutualStart, mutual } = st.pb;
    const start = mutualStart[x]!;
    const n = mutualStart[x + 1]! - start;
    this.work += n;
    this.lock[x] = this.stamp;
    for (let k = 0; k < n; k++) {
      const t = mutual[start + k]!;
      if (st.canPlace(x, t)) {
        st.assign(x, t);
        return true;
      }
    }
    if (depth > 0) {
      const offset = Math.floor(this.rng() * n);
      for (let k = 0; k < n; k++) {
        const t = mutual[start + ((k + offset) % n)]!;
        const u = st.busy[ma[x]! * S + t]!;
        let v = st.busy[mb[x]! * S + t]!;
        if (v === u) v = -1; // one meeting between the same two participants
        if (u < 0 && v < 0) {
          if (this.placeByTableSwap(x, t, depth)) return true;
          continue;
        }
        if ((u >= 0 && !this.movable(u)) || (v >= 0 && !this.movable(v))) continue;
        if (u >= 0 && v >= 0 && depth < 2) continue; // two displaced meetings: only near the root
        const mark = st.mark();
        if (u >= 0) st.unassign(u);
        if (v >= 0) st.unassign(v);
        if (st.load[t]! >= T) {
          st.rollback(mark);
          continue;
        }
        st.assign(x, t);
        if ((u < 0 || this.place(u, depth - 1)) && (v < 0 || this.place(v, depth - 1))) return true;
        st.rollback(mark);
      }
    }
    this.lock[x] = 0;
    return false;
  }

  /** x fits slot t except for a table: move one of t's meetings elsewhere (a few tries). */
  private placeByTableSwap(x: number, t: number, depth: number): boolean {
    const { st } = this;
    const list = st.members[t]!;
    const load = st.load[t]!;
    const off = Math.floor(this.rng() * load);
    let tries = 0;
    for (let k = 0; k < load && tries < 3; k++) {
      const y = list[(off + k) % load]!;
      if (!this.movable(y)) continue;
      tries++;
      const mark = st.mark();
      st.unassign(y);
      st.assign(x, t);
      if (this.place(y, depth - 1)) return true;
      st.rollback(mark);
    }
    return false;
  }

  /**
   * Puts unassigned x into the slot where the meetings it must push out (its participants'
   * meetings there, or the lightest meeting when no table is free) weigh least, if that is less
   * than x itself and at most `maxLoss`; those are dropped. Returns the weight dropped, or -1.
   */
  placeDisplacing(x: number, maxLoss: number): number {
    const { st } = this;
    const { S, T, ma, mb, weight, mutualStart, mutual } = st.pb;
    const limit = Math.min(maxLoss, weight[x]! - 1e-9);
    let bestT = -1;
    let bestCost = Infinity;
    for (let i = mutualStart[x]!; i < mutualStart[x + 1]!; i++) {
      const t = mutual[i]!;
      const u = st.busy[ma[x]! * S + t]!;
      let v = st.busy[mb[x]! * S + t]!;
      if (v === u) v = -1;
      if ((u >= 0 && !this.movable(u)) || (v >= 0 && !this.movable(v))) continue;
      if ((u >= 0 && !this.canDrop(u)) || (v >= 0 && !this.canDrop(v))) continue;
      let cost = (u >= 0 ? weight[u]! : 0) + (v >= 0 ? weight[v]! : 0);
      if (u < 0 && v < 0 && st.load[t]! >= T) {
        const r = st.minRank(t);
        if (r < 0) continue;
        cost = st.rankWeight[r]!;
      }
      if (cost <= limit && cost < bestCost) {
        bestCost = cost;
        bestT = t;
      }
    }
    this.work += mutualStart[x + 1]! - mutualStart[x]!;
    if (bestT < 0) return -1;
    const u = st.busy[ma[x]! * S + bestT]!;
    const v = st.busy[mb[x]! * S + bestT]!;
    if (u >= 0) st.unassign(u);
    if (v >= 0 && v !== u) st.unassign(v);
    if (st.load[bestT]! >= T && this.freeTable(bestT, false) < 0) return -1;
    st.assign(x, bestT);
    this.lock[x] = this.stamp;
    return bestCost;
  }
}
