import type { ScheduleState } from './scheduler-state';

/**
 * Weighted augmenting paths inside one slot. The meetings held in slot s form a matching of
 * the participants available in s. From a participant p free in s, follow an unscheduled
 * meeting m1 = (p, q1) that may use s; if q1 is busy in s with e1 = (q1, r1), drop e1 and go on
 * from r1 with another unscheduled meeting m2 = (r1, q2), … until a participant free in s, or
 * one whose meeting in s can move to another slot where both its participants are free.
 * Swapping along the path (add m1, m2, …; drop e1, e2, …) keeps the schedule valid; it is done
 * when the weight gained is positive and a table is free. The search is a level-limited
 * Bellman–Ford over participants (best gain to reach each one), so light meetings are
 * preferred as the ones to drop. Dropped meetings become unscheduled.
 */
export class SlotAugmenter {
  private readonly label: Float64Array;
  private readonly labelStamp: Int32Array;
  private readonly viaAdd: Int32Array;
  private readonly viaDrop: Int32Array;
  private readonly from: Int32Array;
  private readonly onPath: Int32Array;
  private stamp = 0;
  /** Work done (edges looked at), for the caller's budget. */
  work = 0;
  /** A meeting that must not be dropped (-1: none). */
  protect = -1;

  constructor(
    private readonly st: ScheduleState,
    private readonly maxLevels = 6,
  ) {
    const P = st.pb.P;
    this.label = new Float64Array(P);
    this.labelStamp = new Int32Array(P);
    this.viaAdd = new Int32Array(P);
    this.viaDrop = new Int32Array(P);
    this.from = new Int32Array(P);
    this.onPath = new Int32Array(P);
  }

  /**
   * One sweep over all slots and free participants (journaled), stopping once `work` reaches
   * `workLimit`; returns the score gained. A participant with no path in its free slot s may
   * first shift one of its meetings into s (see shiftAndAugment).
   */
  run(rng: () => number, workLimit = Infinity): number {
    const { S, P, T, avail } = this.st.pb;
    const before = this.st.score;
    const offset = Math.floor(rng() * P);
    for (let s = 0; s < S; s++) {
      for (let k = 0; k < P && this.st.load[s]! < T && this.work < workLimit; k++) {
        const p = (k + offset) % P;
        if (!avail[p * S + s] || this.st.busy[p * S + s] !== -1) continue;
        if (!this.augmentFrom(p, s)) this.shiftAndAugment(p, s);
      }
    }
    return this.st.score - before;
  }

  /** Looks for one improving path from p0 (free in s) and applies it (journaled). */
  augmentFrom(p0: number, s: number): boolean {
    const { st } = this;
    const { S, ma, mb, weight, incStart, inc, avail } = st.pb;
    if (!avail[p0 * S + s] || st.busy[p0 * S + s] !== -1) return false;
    const stamp = ++this.stamp;
    this.labelStamp[p0] = stamp;
    this.label[p0] = 0;
    this.from[p0] = -1;
    let frontier = [p0];
    const ends: { gain: number; p: number; m: number; move: number; to: number }[] = [];
    for (let level = 0; level < this.maxLevels && frontier.length; level++) {
      const next: number[] = [];
      for (const p of frontier) {
        const base = this.label[p]!;
        for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
          const m = inc[i]!;
          if (st.slotOf[m] !== -1 || st.isFixed(m)) continue;
          const q = ma[m] === p ? mb[m]! : ma[m]!;
          if (q === p0 || !avail[q * S + s]) continue;
          this.work++;
          const e = st.busy[q * S + s]!;
          const g = base + weight[m]!;
          if (e === -1) {
            if (g > 0) ends.push({ gain: g, p, m, move: -1, to: -1 });
            continue;
          }
          if (st.isFixed(e) || e === this.protect) continue;
          if (g > 0) {
            const t = this.freeSlotFor(e, s);
            if (t >= 0) ends.push({ gain: g, p, m, move: e, to: t });
          }
          const r = ma[e] === q ? mb[e]! : ma[e]!;
          const gr = g - weight[e]!;
          if (r === p0 || (this.labelStamp[r] === stamp && this.label[r]! >= gr)) continue;
          if (this.labelStamp[r] !== stamp) next.push(r);
          this.labelStamp[r] = stamp;
          this.label[r] = gr;
          this.from[r] = p;
          this.viaAdd[r] = m;
          this.viaDrop[r] = e;
        }
      }
      frontier = next;
      if (ends.length >= 8) break;
    }
    ends.sort((x, y) => y.gain - x.gain);
    for (const end of ends) if (this.applyPath(end, s, p0)) return true;
    return false;
  }

  /**
   * p is free in s but no path starts there: move one of p's meetings e = (p, x) from its slot t
   * to s (x free and available in s), then look for a path from p in t.
   */
  private shiftAndAugment(p: number, s: number): boolean {
    const { st } = this;
    const { S, ma, mb, incStart, inc, avail } = st.pb;
    for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
      const e = inc[i]!;
      const t = st.slotOf[e]!;
      if (t < 0 || st.isFixed(e) || e === this.protect) continue;
      const x = ma[e] === p ? mb[e]! : ma[e]!;
      if (!avail[x * S + s] || st.busy[x * S + s] !== -1) continue;
      const mark = st.mark();
      st.unassign(e);
      st.assign(e, s);
      if (this.augmentFrom(p, t)) return true;
      st.rollback(mark);
    }
    return false;
  }

  /** Rebuilds the path ending with `end`; applies it when it is simple. */
  private applyPath(end: { p: number; m: number; move: number; to: number }, s: number, p0: number): boolean {
    const { st } = this;
    const { ma, mb } = st.pb;
    const adds = [end.m];
    const drops: number[] = [];
    const mark = ++this.stamp;
    const visit = (x: number) => {
      if (this.onPath[x] === mark) return false;
      this.onPath[x] = mark;
      return true;
    };
    if (!visit(ma[end.m]!) || !visit(mb[end.m]!)) return false;
    if (end.move >= 0 && !visit(ma[end.move] === ma[end.m] || ma[end.move] === mb[end.m] ? mb[end.move]! : ma[end.move]!)) return false;
    for (let r = end.p; r !== p0; r = this.from[r]!) {
      const m = this.viaAdd[r]!;
      const e = this.viaDrop[r]!;
      const q = ma[e] === r ? mb[e]! : ma[e]!;
      const p = ma[m] === q ? mb[m]! : ma[m]!;
      if (!visit(q) || (p !== p0 && !visit(p)) || adds.length > 2 * this.maxLevels) return false;
      adds.push(m);
      drops.push(e);
      if (p !== this.from[r]) return false;
    }
    const { weight } = st.pb;
    let gain = 0;
    for (const m of adds) gain += weight[m]!;
    for (const e of drops) gain -= weight[e]!;
    if (gain <= 0 || (end.move < 0 && st.load[s]! >= st.pb.T)) return false;
    for (const e of drops) st.unassign(e);
    if (end.move >= 0) {
      st.unassign(end.move);
      if (!st.canPlace(end.move, end.to)) throw new Error('augment: relocation target no longer free');
      st.assign(end.move, end.to);
    }
    for (const m of adds) st.assign(m, s);
    return true;
  }

  private freeSlotFor(e: number, s: number): number {
    const { mutualStart, mutual } = this.st.pb;
    for (let i = mutualStart[e]!; i < mutualStart[e + 1]!; i++) {
      const t = mutual[i]!;
      if (t !== s && this.st.canPlace(e, t)) return t;
    }
    return -1;
  }
}
