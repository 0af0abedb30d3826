import { CoreInputError } from "./coreInputError";
import { symmetricEigen } from "./matrix/symmetricEigen";

/** Standardized regression of an outcome on its drivers, with Johnson's relative weights. */
export interface RelativeWeights {
  /** Standardized OLS coefficients, R⁻¹·r. */
  beta: Float64Array;
  /** Each driver's share of R² (they sum to it). */
  weights: Float64Array;
  rSquared: number;
}

/**
 * Johnson's relative weights ("A heuristic method for estimating the relative weight of predictor
 * variables in multiple regression", Multivariate Behavioral Research 35, 2000): the drivers are
 * replaced by their closest orthogonal counterparts Z = X·R^(−1/2); the outcome is regressed on those
 * (β* = R^(−1/2)·r) and each orthogonal variable's share β*ₖ² is split back over the drivers by the
 * squared loadings Λ = R^(1/2): weightⱼ = Σₖ Λⱼₖ²·β*ₖ². R^(±1/2) come from the eigen-decomposition of
 * the correlation matrix R. Derived importance for surveys that did not ask importance: unlike betas
 * they are never negative and correlated drivers share their common influence.
 *
 * @param among the drivers' correlation matrix, p × p row-major
 * @param withOutcome each driver's correlation with the outcome
 * @throws CoreInputError `insufficient` when the drivers are perfectly collinear (one is a linear
 * combination of others, to working precision).
 * @example
 * relativeWeights(Float64Array.of(1, 0, 0, 1), Float64Array.of(0.6, 0.3)).weights // => Float64Array [0.36, 0.09]
 */
export function relativeWeights(among: Float64Array, withOutcome: Float64Array): RelativeWeights {
  const p = withOutcome.length;
  const { values, vectors } = symmetricEigen(among, p);
  // at most 15 eigenvalues, and a NaN among them must make the check below refuse (extent passes NaN over)
  // eslint-disable-next-line no-restricted-syntax
  const largest = Math.max(...values);
  // eslint-disable-next-line no-restricted-syntax
  if (!(Math.min(...values) > 1e-12 * largest)) {
    throw new CoreInputError("relativeWeights", "insufficient", "drivers that are not perfectly collinear", {
      problem: { code: "collinear" },
    });
  }
  // Vᵀ·r, then β* = V·Λ^(−1/2)·Vᵀ·r and β = V·Λ^(−1)·Vᵀ·r
  const projected = new Float64Array(p);
  for (let k = 0; k < p; k++)
    for (let i = 0; i < p; i++) projected[k]! += vectors[i * p + k]! * withOutcome[i]!;
  const orthogonalBeta = new Float64Array(p);
  const beta = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    for (let k = 0; k < p; k++) {
      const v = vectors[i * p + k]! * projected[k]!;
      orthogonalBeta[i]! += v / Math.sqrt(values[k]!);
      beta[i]! += v / values[k]!;
    }
  }
  const weights = new Float64Array(p);
  const rSquared = splitOverDrivers(vectors, values, orthogonalBeta, beta, withOutcome, weights);
  return { beta, weights, rSquared };
}

/**
 * Each driver's weight Σₖ Λⱼₖ²·β*ₖ² into `weights`; returns R² = βᵀ·r. A function of its own with nothing
 * after its loop, so that V8 keeps its compiled code for the next call (see README, Tests and benchmarks).
 */
function splitOverDrivers(
  vectors: Float64Array,
  values: Float64Array,
  orthogonalBeta: Float64Array,
  beta: Float64Array,
  withOutcome: Float64Array,
  weights: Float64Array,
): number {
  const p = withOutcome.length;
  let rSquared = 0;
  for (let j = 0; j < p; j++) {
    rSquared += beta[j]! * withOutcome[j]!;
    for (let k = 0; k < p; k++) {
      // Λⱼₖ = Σₘ Vⱼₘ·√λₘ·Vₖₘ
      let loading = 0;
      for (let m = 0; m < p; m++)
        loading += vectors[j * p + m]! * Math.sqrt(values[m]!) * vectors[k * p + m]!;
      weights[j]! += loading * loading * orthogonalBeta[k]! ** 2;
    }
  }
  return rSquared;
}
