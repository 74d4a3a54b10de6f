import type { ScheduleState } from './scheduler-state';

/**
 * First-fit baseline: meetings in input order, each into the first slot (instance order) where
 * both participants are free and a table is left. Kept for comparison in tests and benchmarks.
 */
export function constructFirstFit(st: ScheduleState): void {
  const { M, mutualStart, mutual } = st.pb;
  for (let m = 0; m < M; m++) {
    if (st.slotOf[m]! >= 0) continue;
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      if (st.canPlace(m, mutual[i]!)) {
        st.assign(m, mutual[i]!);
        break;
      }
    }
  }
  st.commit();
}

/**
 * Greedy construction, one priority class at a time (highest first). Inside a class the next
 * meeting is the one with the fewest slots still open to it (ties: busiest participants first),
 * as in DSatur colouring; it takes the open slot that closes the fewest options of the other
 * pending meetings of its two participants.
 */
export function constructGreedy(st: ScheduleState, rng: () => number): void {
  const { M, weight } = st.pb;
  const byWeight = new Map<number, number[]>();
  for (let m = 0; m < M; m++) {
    if (st.slotOf[m]! >= 0) continue;
    const list = byWeight.get(weight[m]!);
    if (list) list.push(m);
    else byWeight.set(weight[m]!, [m]);
  }
  const classes = [...byWeight.entries()].sort((x, y) => y[0] - x[0]).map((e) => e[1]);
  const state = new GreedyScratch(st, rng);
  for (const cls of classes) state.runClass(cls);
  st.commit();
}

class GreedyScratch {
  private readonly open: Int32Array;
  private readonly pending: Uint8Array; // 1 = in the current class, not yet processed
  private readonly later: Uint8Array; // 1 = in a lower class, not yet processed
  constructor(
    private readonly st: ScheduleState,
    private readonly rng: () => number,
  ) {
    const M = st.pb.M;
    this.open = new Int32Array(M);
    this.pending = new Uint8Array(M);
    this.later = new Uint8Array(M);
    for (let m = 0; m < M; m++) if (st.slotOf[m]! < 0) this.later[m] = 1;
  }

  private countOpen(m: number): number {
    const { mutualStart, mutual } = this.st.pb;
    let n = 0;
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) if (this.st.canPlace(m, mutual[i]!)) n++;
    return n;
  }

  runClass(cls: number[]): void {
    const { st } = this;
    const { S, incStart, ma, mb } = st.pb;
    const degree = (m: number) => incStart[ma[m]! + 1]! - incStart[ma[m]!]! + incStart[mb[m]! + 1]! - incStart[mb[m]!]!;
    const keyed = cls.map((m) => ({ m, d: degree(m), r: this.rng() }));
    keyed.sort((x, y) => x.d - y.d || x.r - y.r); // pushed in this order: busiest on top
    const buckets: number[][] = Array.from({ length: S + 1 }, () => []);
    for (const { m } of keyed) {
      this.later[m] = 0;
      this.pending[m] = 1;
      this.open[m] = this.countOpen(m);
      buckets[this.open[m]!]!.push(m);
    }
    let low = 0;
    for (;;) {
      while (low <= S && buckets[low]!.length === 0) low++;
      if (low > S) break;
      const m = buckets[low]!.pop()!;
      if (!this.pending[m] || this.open[m] !== low) continue;
      this.pending[m] = 0;
      if (low === 0) continue; // no open slot: left to the local search
      const s = this.chooseSlot(m);
      const full = this.closeOptions(m, s, buckets);
      st.assign(m, s);
      if (full) this.recount(cls, buckets);
      low = 0;
    }
  }

  /** The open slot that hurts the other pending meetings of m's participants least. */
  private chooseSlot(m: number): number {
    const { st } = this;
    const { T, mutualStart, mutual, ma, mb } = st.pb;
    let best = -1;
    let bestCost = Infinity;
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      const s = mutual[i]!;
      if (!st.canPlace(m, s)) continue;
      let cost = 0;
      for (const p of [ma[m]!, mb[m]!]) cost += this.harm(m, p, s);
      cost += (st.load[s]! / T) * 0.01 + this.rng() * 1e-6;
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    }
    return best;
  }

  /** How much taking participant p in slot s hurts p's other pending meetings. */
  private harm(m: number, p: number, s: number): number {
    const { S, incStart, inc, ma, mb, avail, mutualStart } = this.st.pb;
    const busy = this.st.busy;
    let cost = 0;
    for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
      const o = inc[i]!;
      if (o === m) continue;
      const c = ma[o] === p ? mb[o]! : ma[o]!;
      if (!avail[c * S + s] || busy[c * S + s] !== -1) continue;
      if (this.pending[o]) cost += 1 / Math.max(1, this.open[o]!);
      else if (this.later[o]) cost += 0.1 / Math.max(1, mutualStart[o + 1]! - mutualStart[o]!);
    }
    return cost;
  }

  /**
   * Before m takes slot s: lowers the open-slot count of the pending meetings that lose s.
   * Returns true when s becomes full (then every pending meeting is recounted).
   */
  private closeOptions(m: number, s: number, buckets: number[][]): boolean {
    const { st } = this;
    const { S, T, incStart, inc, ma, mb, avail } = st.pb;
    const a = ma[m]!;
    const b = mb[m]!;
    for (const p of [a, b]) {
      for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
        const o = inc[i]!;
        if (o === m || !this.pending[o]) continue;
        const c = ma[o] === p ? mb[o]! : ma[o]!;
        if (p === b && c === a) continue; // a meeting between a and b: counted once, from a
        const cFree = c === a || c === b ? true : avail[c * S + s] === 1 && st.busy[c * S + s] === -1;
        if (!cFree || !avail[p * S + s]) continue;
        this.open[o] = this.open[o]! - 1;
        buckets[this.open[o]!]!.push(o);
      }
    }
    return st.load[s]! + 1 >= T;
  }

  private recount(cls: number[], buckets: number[][]): void {
    for (const o of cls) {
      if (!this.pending[o]) continue;
      const n = this.countOpen(o);
      if (n !== this.open[o]) {
        this.open[o] = n;
        buckets[n]!.push(o);
      }
    }
  }
}
