import type { Problem } from './scheduler-types';

/** Small, fast, seedable PRNG (mulberry32). Returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mutable schedule (which slot each meeting is in) with an undo journal, so the local search
 * can try a compound move and roll it back. Tables are only a capacity here; table numbers are
 * given out when the result is built.
 */
export class ScheduleState {
  readonly pb: Problem;
  /** Slot of each meeting, -1 when unassigned. */
  readonly slotOf: Int32Array;
  /** busy[p * S + s] = meeting of participant p in slot s, or -1. */
  readonly busy: Int32Array;
  /** Meetings per slot (fixed ones included) and the capacity T. */
  readonly load: Int32Array;
  /** Meetings of each slot, unordered (members[s][0 .. load[s])), and each meeting's position. */
  readonly members: Int32Array[];
  readonly pos: Int32Array;
  /** Number of movable meetings of each weight rank per slot: rankCount[s * R + r]. */
  readonly rankCount: Int32Array;
  /** Rank of each meeting's weight among the distinct weights, ascending; R distinct weights. */
  readonly rank: Int32Array;
  readonly rankWeight: number[];
  /** Per slot, a rank ≤ the lowest rank present (a lazily advanced cursor for minRank). */
  private readonly lowRank: Int32Array;
  score = 0;
  assignedCount = 0;
  /** Journal of changes as pairs (m, s) = assigned to s, (m, -s-1) = taken out of s. */
  private journal: number[] = [];

  constructor(pb: Problem) {
    this.pb = pb;
    const { S, P, M, T } = pb;
    this.slotOf = new Int32Array(M).fill(-1);
    this.busy = new Int32Array(P * S).fill(-1);
    this.load = new Int32Array(S);
    this.members = Array.from({ length: S }, () => new Int32Array(Math.min(T, M)));
    this.pos = new Int32Array(M).fill(-1);
    const distinct = [...new Set(pb.weight)].sort((x, y) => x - y);
    this.rankWeight = distinct;
    const rankOf = new Map(distinct.map((w, i) => [w, i]));
    this.rank = Int32Array.from(pb.weight, (w) => rankOf.get(w)!);
    this.rankCount = new Int32Array(S * Math.max(1, distinct.length));
    this.lowRank = new Int32Array(S).fill(distinct.length);
    for (let m = 0; m < M; m++) if (pb.fixedSlot[m]! >= 0) this.assign(m, pb.fixedSlot[m]!);
    this.journal.length = 0;
  }

  get R(): number {
    return this.rankWeight.length;
  }

  isFixed(m: number): boolean {
    return this.pb.fixedSlot[m]! >= 0;
  }

  /** Both participants free in s and a table left (availability is implied by `mutual`). */
  canPlace(m: number, s: number): boolean {
    const { S, ma, mb } = this.pb;
    return this.load[s]! < this.pb.T && this.busy[ma[m]! * S + s] === -1 && this.busy[mb[m]! * S + s] === -1;
  }

  /** Puts m into slot s (journaled). The caller checks feasibility. */
  assign(m: number, s: number): void {
    this.rawAssign(m, s);
    this.journal.push(m, s);
  }

  /** Takes m out of its slot (journaled). */
  unassign(m: number): void {
    const s = this.slotOf[m]!;
    this.rawUnassign(m);
    this.journal.push(m, -s - 1);
  }

  /** Journal position to roll back to. */
  mark(): number {
    return this.journal.length;
  }

  /** Undoes every change made since `mark`. */
  rollback(mark: number): void {
    const j = this.journal;
    while (j.length > mark) {
      const code = j.pop()!;
      const m = j.pop()!;
      if (code >= 0) this.rawUnassign(m);
      else this.rawAssign(m, -code - 1);
    }
  }

  private rawAssign(m: number, s: number): void {
    const { S, ma, mb, weight } = this.pb;
    this.slotOf[m] = s;
    this.busy[ma[m]! * S + s] = m;
    this.busy[mb[m]! * S + s] = m;
    const l = this.load[s]!;
    this.members[s]![l] = m;
    this.pos[m] = l;
    this.load[s] = l + 1;
    if (!this.isFixed(m)) {
      const r = this.rank[m]!;
      this.rankCount[s * this.R + r]! += 1;
      if (r < this.lowRank[s]!) this.lowRank[s] = r;
    }
    this.score += weight[m]!;
    this.assignedCount += 1;
  }

  private rawUnassign(m: number): void {
    const { S, ma, mb, weight } = this.pb;
    const s = this.slotOf[m]!;
    this.slotOf[m] = -1;
    this.busy[ma[m]! * S + s] = -1;
    this.busy[mb[m]! * S + s] = -1;
    const l = this.load[s]! - 1;
    const list = this.members[s]!;
    const last = list[l]!;
    const p = this.pos[m]!;
    list[p] = last;
    this.pos[last] = p;
    this.pos[m] = -1;
    this.load[s] = l;
    if (!this.isFixed(m)) {
      const r = this.rank[m]!;
      // lowRank stays a lower bound of the true minimum; minRank() moves it up lazily
      this.rankCount[s * this.R + r]! -= 1;
    }
    this.score -= weight[m]!;
    this.assignedCount -= 1;
  }

  /** Forgets the journal (after a move is accepted). */
  commit(): void {
    this.journal.length = 0;
  }

  /** Lowest weight rank among movable meetings in slot s, or -1 when there are none. */
  minRank(s: number): number {
    const R = this.R;
    const base = s * R;
    let r = this.lowRank[s]!;
    while (r < R && this.rankCount[base + r] === 0) r++;
    this.lowRank[s] = r;
    return r < R ? r : -1;
  }


  /** Copy of the assignment (slot per meeting). */
  snapshot(): Int32Array {
    return this.slotOf.slice();
  }

  /** Replaces the assignment by a snapshot. */
  restore(snap: Int32Array): void {
    for (let m = 0; m < this.pb.M; m++) if (this.slotOf[m]! >= 0 && !this.isFixed(m)) this.unassign(m);
    for (let m = 0; m < this.pb.M; m++) if (snap[m]! >= 0 && !this.isFixed(m)) this.assign(m, snap[m]!);
    this.journal.length = 0;
  }
}
