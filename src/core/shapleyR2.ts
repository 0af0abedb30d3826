/** Above this many drivers the 2^p subsets are too many to visit (2^15 = 32,768 regressions). */
export const SHAPLEY_MAX_DRIVERS = 15;

/**
 * R² of every subset of the drivers (index = bit mask of the drivers in it), from their correlation
 * matrix `among` (p × p, row-major, positive definite) and their correlations with the outcome
 * `withOutcome`. The subsets are visited depth first. Each carries, for the drivers after its last, their
 * covariances with each other and with the outcome once its own drivers are regressed out (a Schur
 * complement, one elimination step from its parent's), so that adding driver v adds q_v²/c_vv to R²:
 * all 2^p regressions cost about as much as a few dozen full ones and never touch the respondents' rows.
 */
function allSubsetsR2(among: Float64Array, withOutcome: Float64Array, p: number): Float64Array {
  const levels = new Float64Array((p + 1) * p * p);
  levels.set(among);
  const outcomeLevels = new Float64Array((p + 1) * p);
  outcomeLevels.set(withOutcome);
  const subsets: SubsetWalk = { p, r2: new Float64Array(2 ** p), levels, outcomeLevels };
  visitSubsets(subsets, 0, 0, 0, 0);
  return subsets.r2;
}

/** allSubsetsR2's working arrays: one p × p matrix and one vector of p per depth. */
interface SubsetWalk {
  p: number;
  r2: Float64Array;
  /** at depth d, from d·p²: the drivers' covariances given the subset's drivers (upper triangle used) */
  levels: Float64Array;
  /** at depth d, from d·p: their covariances with the outcome given the subset's drivers */
  outcomeLevels: Float64Array;
}

/**
 * The subsets extending `mask` (of `depth` drivers, explaining `explained`) by drivers from `from` on.
 * Module-level rather than a closure made per call, so that V8 keeps its optimized code between calls.
 */
function visitSubsets(walk: SubsetWalk, mask: number, depth: number, from: number, explained: number): void {
  const { p, r2, levels, outcomeLevels } = walk;
  const level = depth * p * p;
  const next = level + p * p;
  const outcomeLevel = depth * p;
  const outcomeNext = outcomeLevel + p;
  for (let v = from; v < p; v++) {
    const rowV = level + v * p;
    const pivot = Math.max(levels[rowV + v]!, Number.MIN_VALUE);
    const withV = outcomeLevels[outcomeLevel + v]!;
    const total = explained + (withV * withV) / pivot;
    const extended = mask | (1 << v);
    r2[extended] = total;
    // the drivers after v, given v too: one elimination step
    for (let u = v + 1; u < p; u++) {
      const factor = levels[rowV + u]! / pivot;
      outcomeLevels[outcomeNext + u] = outcomeLevels[outcomeLevel + u]! - factor * withV;
      const rowU = level + u * p;
      const nextU = next + u * p;
      for (let w = u; w < p; w++) levels[nextU + w] = levels[rowU + w]! - factor * levels[rowV + w]!;
    }
    if (v + 1 < p) visitSubsets(walk, extended, depth + 1, v + 1, total);
  }
}

/**
 * Shapley values of R² (Lipovetsky & Conklin, "Analysis of regression in game theory approach", 2001;
 * the LMG decomposition of Lindeman, Merenda & Gold, 1980): each driver's average gain in R² when it
 * joins a regression, over every order in which drivers can be added. They sum to the full model's R²
 * and, unlike standardized betas, share overlapping influence fairly between correlated drivers.
 * Computed from correlations alone, for at most {@link SHAPLEY_MAX_DRIVERS} drivers.
 *
 * @param among the drivers' correlation matrix, p × p row-major, positive definite
 * @param withOutcome each driver's correlation with the outcome
 * @example
 * shapleyR2(Float64Array.of(1, 0, 0, 1), Float64Array.of(0.6, 0.3)) // => Float64Array [0.36, 0.09]
 */
export function shapleyR2(among: Float64Array, withOutcome: Float64Array): Float64Array {
  const p = withOutcome.length;
  const r2 = allSubsetsR2(among, withOutcome, p);
  // weight of a subset of size s not holding the driver: s!·(p − s − 1)!/p!
  const weights = new Float64Array(p);
  weights[0] = 1 / p;
  for (let s = 1; s < p; s++) weights[s] = (weights[s - 1]! * s) / (p - s);
  const shares = new Float64Array(p);
  const all = r2.length - 1;
  for (let mask = 0; mask < all; mask++) {
    let size = 0;
    for (let rest = mask; rest !== 0; rest &= rest - 1) size++;
    const base = r2[mask]!;
    const weight = weights[size]!;
    // only the drivers missing from the subset, lowest first: no test per driver that a processor
    // cannot predict
    for (let missing = all & ~mask; missing !== 0; missing &= missing - 1) {
      const bit = missing & -missing;
      shares[31 - Math.clz32(bit)]! += weight * (r2[mask | bit]! - base);
    }
  }
  return shares;
}
