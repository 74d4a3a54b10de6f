import type { ScheduleState } from './scheduler-state';
import { ChainMoves } from './scheduler-moves';
import { SlotAugmenter } from './scheduler-augment';

/**
 * Local search on top of the greedy schedule (ejection chains).
 *
 * Each pass first sweeps weighted augmenting paths through every slot (scheduler-augment.ts),
 * repeated while they gain; then it tries to insert every unscheduled meeting m (heaviest first) into each slot s open to both
 * participants:
 *  1. Kempe-chain swaps that free both participants in s (no loss; scheduler-kempe.ts);
 *  2. otherwise an ejection chain: take out whatever blocks m in s (the meeting of either
 *     participant in s; when every table of s is taken, one more meeting of s), put m in s,
 *     then re-place each displaced meeting elsewhere, recursively displacing up to two further
 *     meetings; failing that, push out lighter meetings somewhere else; failing that, leave it
 *     out and offer its freed partner another meeting in s (augmenting path).
 * A move is kept when the score rises (or, in the plateau phase, stays equal), otherwise
 * rolled back exactly. Meetings taken out go back into the queue. Everything is driven by a
 * seeded PRNG and a work budget, so a run is reproducible. It stops early at `target` (a proven
 * upper bound: nothing better exists).
 */
export function improveSchedule(st: ScheduleState, rng: () => number, budget: number, target = Infinity): void {
  new LocalSearch(st, rng, budget, target).run();
}

class LocalSearch {
  private bestScore: number;
  private best: Int32Array;
  private allowZero = false;
  private readonly moves: ChainMoves;
  private readonly augmenter: SlotAugmenter;
  /** Shallower paths for the refill step inside a move (called very often). */
  private readonly refiller: SlotAugmenter;

  constructor(
    private readonly st: ScheduleState,
    private readonly rng: () => number,
    private readonly budget: number,
    private readonly target: number,
  ) {
    this.moves = new ChainMoves(st, rng);
    this.augmenter = new SlotAugmenter(st, 6);
    this.refiller = new SlotAugmenter(st, 3);
    this.bestScore = st.score;
    this.best = st.snapshot();
  }

  run(): void {
    const { st } = this;
    const { M, weight, mutualStart } = st.pb;
    const options = (m: number) => mutualStart[m + 1]! - mutualStart[m]!;
    const key = new Float64Array(M);
    let plateauRounds = 0;
    while (this.spent() < this.budget && st.score < this.target) {
      const before = st.score;
      const swept = this.augmenter.run(this.rng, this.augmenter.work + this.budget - this.spent());
      st.commit();
      if (swept > 0) {
        this.allowZero = false;
        continue; // sweep again before the costlier single-meeting moves
      }
      const queue: number[] = [];
      for (let m = 0; m < M; m++) if (st.slotOf[m]! < 0 && options(m) > 0) queue.push(m);
      for (const m of queue) key[m] = this.rng();
      queue.sort((x, y) => weight[y]! - weight[x]! || options(x) - options(y) || key[x]! - key[y]!);
      for (const m of queue) {
        if (this.spent() >= this.budget || st.score >= this.target) break;
        if (st.slotOf[m]! < 0) this.tryInsert(m);
      }
      this.saveIfBest();
      if (st.score > before) {
        plateauRounds = 0;
        this.allowZero = false;
        continue;
      }
      // No strict improvement in a whole pass: walk the plateau (equal-score swaps) for a while.
      if (!this.allowZero) this.allowZero = true;
      else if (++plateauRounds > 25) break;
    }
    this.saveIfBest();
    if (this.bestScore > st.score) st.restore(this.best);
    st.commit();
  }

  private spent(): number {
    return this.moves.work + this.augmenter.work + this.refiller.work;
  }

  private saveIfBest(): void {
    if (this.st.score > this.bestScore) {
      this.bestScore = this.st.score;
      this.best = this.st.snapshot();
    }
  }

  private lightestScheduled(): number {
    const { st } = this;
    let r = Infinity;
    for (let s = 0; s < st.pb.S; s++) {
      const k = st.minRank(s);
      if (k >= 0 && k < r) r = k;
    }
    return r === Infinity ? Infinity : st.rankWeight[r]!;
  }

  private hasSpare(): boolean {
    const { S, T } = this.st.pb;
    for (let s = 0; s < S; s++) if (this.st.load[s]! < T) return true;
    return false;
  }

  /** Tries to put unscheduled meeting m into the schedule; keeps the first non-losing move. */
  private tryInsert(m: number): boolean {
    const { st, moves } = this;
    const { S, ma, mb, weight, mutualStart, mutual } = st.pb;
    const w = weight[m]!;
    const n = mutualStart[m + 1]! - mutualStart[m]!;
    const spare = this.hasSpare();
    // Every table taken: whatever chain of moves makes room ends by dropping a meeting, which
    // weighs at least the lightest scheduled one — no strict gain possible for m.
    if (!spare && !this.allowZero && w <= this.lightestScheduled()) return false;
    const offset = Math.floor(this.rng() * n);
    moves.iter++;
    for (let k = 0; k < n; k++) {
      const s = mutual[mutualStart[m]! + ((k + offset) % n)]!;
      moves.work += 1;
      const u = st.busy[ma[m]! * S + s]!;
      const v = st.busy[mb[m]! * S + s]!;
      if ((u >= 0 && st.isFixed(u)) || (v >= 0 && st.isFixed(v))) continue;
      const mark = st.mark();
      if ((u >= 0 || v >= 0) && moves.kempeInsert(m, s)) {
        st.commit();
        return true;
      }
      st.rollback(mark);
      const before = st.score;
      moves.stamp++;
      if (this.insertAt(m, s, u, v, spare)) {
        const gain = st.score - before;
        if (gain > 0 || (this.allowZero && gain === 0 && st.slotOf[m] === s)) {
          if (gain === 0) moves.tabu[m] = moves.iter + 50;
          st.commit();
          return true;
        }
      }
      st.rollback(mark);
    }
    return false;
  }

  /** Builds the move "m into s" (u, v: the meetings of m's participants in s, or -1). */
  private insertAt(m: number, s: number, u: number, v: number, spare: boolean): boolean {
    const { st, moves } = this;
    const { ma, mb, weight } = st.pb;
    if (u >= 0) st.unassign(u);
    if (v >= 0 && v !== u) st.unassign(v);
    let z = -1;
    if (st.load[s]! >= st.pb.T) {
      z = moves.freeTable(s, spare);
      if (z === -2) return false;
    }
    st.assign(m, s);
    moves.lockMeeting(m);
    // what the displaced meetings may cost at most, net: less than m brings (or equal, plateau)
    let budget = weight[m]! - (this.allowZero ? 0 : 1e-9);
    for (const x of [z, u, v === u ? -1 : v]) {
      if (x < 0 || moves.place(x, 2)) continue;
      const lost = moves.placeDisplacing(x, budget);
      if (lost >= 0) {
        budget -= lost;
        continue;
      }
      if (!moves.canDrop(x)) return false;
      budget -= weight[x]!;
      if (x === z) continue;
      // x stays out; its other participant is now free in s: offer them another meeting there
      const other = ma[x] === ma[m] || ma[x] === mb[m] ? mb[x]! : ma[x]!;
      const before = st.score;
      this.refiller.protect = m;
      this.refiller.augmentFrom(other, s);
      this.refiller.protect = -1;
      budget += st.score - before;
    }
    return true; // the caller keeps the move only if the score did not drop
  }
}
