import type { Problem } from './scheduler-types';

/**
 * (5) Lagrangian (LP-dual) bound on the movable part of the schedule.
 *
 * Integer programme: x[m,s] ∈ {0,1} for movable m and s ∈ mut(m), maximise Σ w_m x[m,s] subject to
 *   (a) Σ_s x[m,s] ≤ 1                 every meeting at most once,
 *   (b) Σ_{m ∋ p} x[m,s] ≤ 1            participant p in at most one meeting per slot,
 *   (c) Σ_m x[m,s] ≤ cap_s              tables of slot s (cap_s as in scheduler-bound.ts: valid
 *                                        for every schedule, so keeping it loses nothing).
 * For any multipliers μ[p,s] ≥ 0 on (b) and λ_s ≥ 0 on (c) and any valid schedule x,
 *   Σ w_m x[m,s] ≤ Σ (w_m − μ[a,s] − μ[b,s] − λ_s) x[m,s] + Σ_{p,s} μ[p,s] + Σ_s λ_s cap_s
 * (we only added non-negative slack terms μ·(1 − Σ x) and λ·(cap − Σ x)), and by (a) the first
 * sum is at most Σ_m max(0, max_{s ∈ mut(m)} (w_m − μ[a,s] − μ[b,s] − λ_s)). So
 *   L(μ, λ) = Σ_m max(0, max_s reduced[m,s]) + Σ μ + Σ λ_s cap_s
 * is an upper bound for every μ, λ ≥ 0; minimising it (projected subgradient with Polyak steps)
 * approaches the LP-relaxation optimum. We return the smallest L found. (μ[p,s] for slots p
 * cannot use keep their value 0; they add nothing.)
 */
export function lagrangianBound(pb: Problem, cap: Int32Array, iterations: number, target: number): number {
  const { S, P, M, weight, mutualStart } = pb;
  const mu = new Float64Array(P * S);
  const lambda = new Float64Array(S);
  const gMu = new Float64Array(P * S);
  const gLambda = new Float64Array(S);
  const movable: number[] = [];
  for (let m = 0; m < M; m++) if (mutualStart[m + 1]! > mutualStart[m]!) movable.push(m);

  // Start from the best of three dual points: table prices only (λ_s = weight of the marginal
  // meeting when tables are scarce — the dual of bound (4)), participant prices only (μ[p,s] =
  // half the weight of p's marginal meeting on p's usable slots — close to bound (3)), and both.
  const totalCap = cap.reduce((x, c) => x + c, 0);
  const sorted = movable.map((m) => weight[m]!).sort((x, y) => y - x);
  const tablePrice = totalCap < sorted.length ? sorted[totalCap]! : 0;
  const participantPrices = new Float64Array(P * S);
  initParticipantPrices(pb, participantPrices);
  let bestStart = Infinity;
  for (const [useMu, useLambda] of [[false, true], [true, false], [true, true]] as const) {
    const trialMu = useMu ? participantPrices : new Float64Array(P * S);
    const trialLambda = new Float64Array(S).fill(useLambda ? tablePrice : 0);
    const v = evaluate(pb, cap, movable, trialMu, trialLambda, gMu, gLambda);
    if (v < bestStart) {
      bestStart = v;
      mu.set(trialMu);
      lambda.set(trialLambda);
    }
  }

  let best = Infinity;
  let theta = 2;
  let sinceBest = 0;
  for (let it = 0; it < iterations; it++) {
    const value = evaluate(pb, cap, movable, mu, lambda, gMu, gLambda);
    if (value < best - 1e-9) {
      best = value;
      sinceBest = 0;
    } else if (++sinceBest >= 15) {
      theta /= 2;
      sinceBest = 0;
    }
    if (best < target + 0.999) break; // ⌊best⌋ already equals the achievable target
    // projected subgradient step: components stuck at 0 with a positive gradient do not move
    let norm = 0;
    for (let i = 0; i < P * S; i++) {
      const g = gMu[i]!;
      if (mu[i]! > 0 || g < 0) norm += g * g;
    }
    for (let s = 0; s < S; s++) {
      const g = gLambda[s]!;
      if (lambda[s]! > 0 || g < 0) norm += g * g;
    }
    if (norm === 0) break; // a subgradient of 0: L is at its minimum
    const step = (theta * (value - target)) / norm;
    for (let i = 0; i < P * S; i++) {
      const g = gMu[i]!;
      if (g !== 0 || mu[i]! > 0) mu[i] = Math.max(0, mu[i]! - step * g);
    }
    for (let s = 0; s < S; s++) lambda[s] = Math.max(0, lambda[s]! - step * gLambda[s]!);
  }
  return best;
}

/** L(μ, λ) and its subgradient (g = slack of each relaxed constraint at the maximiser). */
function evaluate(
  pb: Problem,
  cap: Int32Array,
  movable: number[],
  mu: Float64Array,
  lambda: Float64Array,
  gMu: Float64Array,
  gLambda: Float64Array,
): number {
  const { S, P, ma, mb, weight, mutualStart, mutual } = pb;
  let value = 0;
  for (let s = 0; s < S; s++) {
    value += lambda[s]! * cap[s]!;
    gLambda[s] = cap[s]!;
  }
  for (let i = 0; i < P * S; i++) value += mu[i]!;
  gMu.fill(1);
  for (const m of movable) {
    const a = ma[m]! * S;
    const b = mb[m]! * S;
    const w = weight[m]!;
    let bestRed = 0;
    let bestSlot = -1;
    for (let i = mutualStart[m]!; i < mutualStart[m + 1]!; i++) {
      const s = mutual[i]!;
      const red = w - mu[a + s]! - mu[b + s]! - lambda[s]!;
      if (red > bestRed) {
        bestRed = red;
        bestSlot = s;
      }
    }
    if (bestSlot >= 0) {
      value += bestRed;
      gMu[a + bestSlot]! -= 1;
      gMu[b + bestSlot]! -= 1;
      gLambda[bestSlot]! -= 1;
    }
  }
  return value;
}

/**
 * μ[p,s] = half the weight of p's k-th heaviest movable meeting on each of p's k usable slots
 * when p has more meetings than usable slots (else 0).
 */
function initParticipantPrices(pb: Problem, mu: Float64Array): void {
  const { P, S, incStart, inc, weight, mutualStart, mutual } = pb;
  const usable = new Uint8Array(S);
  for (let p = 0; p < P; p++) {
    usable.fill(0);
    const ws: number[] = [];
    for (let i = incStart[p]!; i < incStart[p + 1]!; i++) {
      const m = inc[i]!;
      if (mutualStart[m + 1]! === mutualStart[m]!) continue;
      ws.push(weight[m]!);
      for (let j = mutualStart[m]!; j < mutualStart[m + 1]!; j++) usable[mutual[j]!] = 1;
    }
    let k = 0;
    for (let s = 0; s < S; s++) k += usable[s]!;
    if (ws.length <= k) continue;
    ws.sort((x, y) => y - x);
    const price = ws[k - 1]! / 2;
    for (let s = 0; s < S; s++) if (usable[s]) mu[p * S + s] = price;
  }
}
