/** Newton steps before giving up; convergence takes under 10 from the bracketed start. */
const MAX_NEWTON_STEPS = 200;

/**
 * The x ≥ 0 with mass(x) = target, where mass is increasing, mass(0) ≤ target, and density is its
 * derivative: the inverse of a distribution's CDF (or of minus its upper tail, to keep tiny tail
 * probabilities' digits), used for the quantiles behind confidence intervals.
 *
 * Safeguarded Newton: the root is kept in a bracket [low, high] and a step that would not move strictly
 * inside it is replaced by bisection, so it always terminates. The answer is the point evaluated whose
 * mass came closest to the target: a Newton step that lands back on the bracket's edge usually means that
 * edge already is the root, and bisecting away from it would lose the last digits. Returns undefined when
 * the mass cannot reach the target in double precision (a probability further out than the CDF can
 * resolve).
 *
 * @example
 * solveIncreasing((x) => 1 - Math.exp(-x), (x) => Math.exp(-x), 0.5) // => 0.6931471805599453
 */
export function solveIncreasing(
  mass: (x: number) => number,
  density: (x: number) => number,
  target: number,
): number | undefined {
  let low = 0;
  let high = 1;
  let highExcess = mass(high) - target;
  while (highExcess < 0) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) return undefined;
    highExcess = mass(high) - target;
  }
  let best = high;
  let bestMiss = Math.abs(highExcess);
  let x = (low + high) / 2;
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const excess = mass(x) - target;
    if (Math.abs(excess) < bestMiss) {
      best = x;
      bestMiss = Math.abs(excess);
    }
    if (excess === 0) break;
    if (excess > 0) high = x;
    else low = x;
    const slope = density(x);
    let next = slope > 0 ? x - excess / slope : x;
    // the Newton correction is below half an ulp of x: x is the root to working precision
    if (next === x && slope > 0) break;
    if (!(next > low && next < high)) next = (low + high) / 2;
    // low and high are adjacent doubles: nothing left between them
    if (next === low || next === high) break;
    x = next;
  }
  // where the CDF underflows (|t| beyond ~1e154), bisection lands on the cliff, not the root
  return bestMiss <= 1e-9 * Math.abs(target) ? best : undefined;
}
