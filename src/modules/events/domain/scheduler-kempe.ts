import type { ScheduleState } from './scheduler-state';

/**
 * Kempe-chain repair: frees participant p in slot s without dropping anything.
 *
 * Take a slot t in which p is available and free. The meetings held in slots s and t form
 * paths and cycles (every participant has at most one meeting in each slot); p has a meeting
 * in s and none in t, so p is the end of a path. Swapping s ↔ t along that whole path keeps
 * every participant in at most one meeting per slot and leaves p free in s. The swap is made
 * only when every moved meeting's participants are available in its new slot, no fixed
 * meeting is on the path, `keepFree` (the other side of the meeting we want to insert, free
 * in s) is not on it, and both slots keep enough tables (`tablesNeededInS` more in s).
 *
 * Returns true when applied (journaled in the state, so it can be rolled back), false when no
 * slot t works (nothing changed). `work` receives the number of path steps walked.
 */
export function kempeFree(
  st: ScheduleState,
  p: number,
  s: number,
  keepFree: number,
  tablesNeededInS: number,
  maxLength: number,
  chain: Int32Array,
  work: { n: number },
): boolean {
  const { S, T, ma, mb, avail } = st.pb;
  const { busy, load } = st;
  for (let t = 0; t < S; t++) {
    if (t === s || !avail[p * S + t] || busy[p * S + t] !== -1) continue;
    let len = 0;
    let cur = p;
    let inS = true; // the edge to follow from cur is in slot s (else t)
    let nS = 0;
    let ok = true;
    for (;;) {
      const e = busy[cur * S + (inS ? s : t)]!;
      if (e === -1) break;
      const other = ma[e] === cur ? mb[e]! : ma[e]!;
      const target = inS ? t : s;
      if (st.isFixed(e) || other === keepFree || len >= maxLength || !avail[cur * S + target] || !avail[other * S + target]) {
        ok = false;
        break;
      }
      chain[len++] = e;
      if (inS) nS++;
      cur = other;
      inS = !inS;
    }
    work.n += len + 1;
    if (!ok) continue;
    const nT = len - nS;
    if (load[t]! + nS - nT > T || load[s]! - nS + nT + tablesNeededInS > T) continue;
    for (let i = 0; i < len; i++) st.unassign(chain[i]!);
    for (let i = 0; i < len; i++) st.assign(chain[i]!, i % 2 === 0 ? t : s);
    return true;
  }
  return false;
}
