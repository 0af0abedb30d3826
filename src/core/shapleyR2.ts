/** Above this many drivers the 2^p subsets are too many to visit (2^15 = 32,768 regressions). */
export const SHAPLEY_MAX_DRIVERS = 15;

/**
 * R² of every subset of the drivers (index = bit mask of the drivers in it), from their correlation
 * matrix `among` (p × p, row-major, positive definite) and their correlations with the outcome
 * `withOutcome`: R²(S) = r_Sᵀ·R_SS⁻¹·r_S = |z|² where L·z = r_S and L·Lᵀ = R_SS (Cholesky).
 * The subsets are visited depth first, each extending its parent's Cholesky factor by one row, so all
 * 2^p regressions cost about as much as a few hundred full ones and never touch the respondents' rows.
 */
function allSubsetsR2(among: Float64Array, withOutcome: Float64Array, p: number): Float64Array {
  const subsets: SubsetWalk = {
    among,
    withOutcome,
    p,
    r2: new Float64Array(2 ** p),
    factor: new Float64Array(p * p),
    z: new Float64Array(p),
    chosen: new Int32Array(p),
  };
  visitSubsets(subsets, 0, 0, 0, 0);
  return subsets.r2;
}

/** allSubsetsR2's inputs and working arrays. */
interface SubsetWalk {
  among: Float64Array;
  withOutcome: Float64Array;
  p: number;
  r2: Float64Array;
  factor: Float64Array;
  z: Float64Array;
  chosen: Int32Array;
}

/**
 * The subsets extending `mask` (whose Cholesky rows 0 … depth − 1 are in `factor`) by drivers from `from`
 * on. Module-level rather than a closure made per call, so that V8 keeps its optimized code between calls.
 */
function visitSubsets(walk: SubsetWalk, mask: number, depth: number, from: number, explained: number): void {
  const { among, withOutcome, p, r2, factor, z, chosen } = walk;
  const row = depth * p;
  for (let v = from; v < p; v++) {
    let pivot = among[v * p + v]!;
    let projection = withOutcome[v]!;
    for (let c = 0; c < depth; c++) {
      let dot = among[v * p + chosen[c]!]!;
      for (let m = 0; m < c; m++) dot -= factor[row + m]! * factor[c * p + m]!;
      const entry = dot / factor[c * p + c]!;
      factor[row + c] = entry;
      pivot -= entry * entry;
      projection -= entry * z[c]!;
    }
    const diagonal = Math.sqrt(Math.max(pivot, Number.MIN_VALUE));
    factor[row + depth] = diagonal;
    z[depth] = projection / diagonal;
    chosen[depth] = v;
    const total = explained + z[depth]! ** 2;
    r2[mask | (1 << v)] = total;
    visitSubsets(walk, mask | (1 << v), depth + 1, v + 1, total);
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
  for (let mask = 0; mask < r2.length; mask++) {
    let size = 0;
    for (let rest = mask; rest !== 0; rest &= rest - 1) size++;
    if (size === p) continue;
    const base = r2[mask]!;
    const weight = weights[size]!;
    for (let j = 0; j < p; j++) {
      if ((mask & (1 << j)) === 0) shares[j]! += weight * (r2[mask | (1 << j)]! - base);
    }
  }
  return shares;
}
