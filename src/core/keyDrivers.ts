import { CoreInputError } from "./coreInputError";
import type { CovarianceSummary } from "./matrix/completeCovariance";
import { relativeWeights } from "./relativeWeights";
import { SHAPLEY_MAX_DRIVERS, shapleyR2 } from "./shapleyR2";

/** One driver of an outcome, as ranked by {@link keyDrivers}. */
export interface KeyDriver {
  /** Position of the driver in the input (0-based). */
  index: number;
  /** Pearson correlation with the outcome. */
  r: number;
  /** Standardized OLS coefficient (its sign is the direction). */
  beta: number;
  /** Johnson's relative weight: share of R². */
  weight: number;
  /** 100 × weight / R². */
  weightPercent: number;
  /** Shapley value (LMG share of R²); undefined above {@link SHAPLEY_MAX_DRIVERS} drivers. */
  shapley: number | undefined;
  /** 1 for the largest weight, then 2, 3, … */
  rank: number;
}

/** Weights as Excel shows them (15 significant digits): what a user sees as a tie is one. */
const shown = (value: number) => Number(value.toPrecision(15));

/**
 * Derived importance of drivers (experiences) for an outcome (overall satisfaction, likelihood to
 * recommend), from the means and covariances of [outcome, driver 1, …, driver p] over the respondents
 * with every value (listwise): each driver's correlation with the outcome, standardized regression
 * coefficient, Johnson's relative weight and (for up to 15 drivers) Shapley value of R², ranked by
 * relative weight, largest first, ties (at 15 significant digits) in input order.
 *
 * @throws CoreInputError `insufficient` with fewer respondents than drivers + 2, a variable that does
 * not vary, or perfectly collinear drivers.
 * @example
 * // outcome y and drivers x1, x2 over 4 respondents
 * keyDrivers(completeCovariance(4, 3, read)).rSquared // => R² of y on x1 and x2
 */
export function keyDrivers(summary: CovarianceSummary): {
  n: number;
  rSquared: number;
  drivers: KeyDriver[];
} {
  const name = "keyDrivers";
  const { n, covariance } = summary;
  const size = summary.means.length;
  const p = size - 1;
  if (p < 1 || n < p + 2) {
    throw new CoreInputError(
      name,
      "insufficient",
      `at least ${p + 2} complete respondents for ${p} drivers (got ${n})`,
      { problem: { code: "tooFew", needed: p + 2, got: n } },
    );
  }
  const sd = Array.from({ length: size }, (_, i) => Math.sqrt(covariance[i * size + i]!));
  if (!sd.every((value) => value > 0)) {
    throw new CoreInputError(name, "insufficient", "an outcome and drivers that vary across respondents", {
      problem: { code: "noVariation" },
    });
  }
  const among = new Float64Array(p * p);
  const withOutcome = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    withOutcome[i] = covariance[i + 1]! / (sd[0]! * sd[i + 1]!);
    for (let j = 0; j < p; j++) {
      among[i * p + j] = i === j ? 1 : covariance[(i + 1) * size + j + 1]! / (sd[i + 1]! * sd[j + 1]!);
    }
  }
  const { beta, weights, rSquared } = relativeWeights(among, withOutcome);
  const shapley = p <= SHAPLEY_MAX_DRIVERS ? shapleyR2(among, withOutcome) : undefined;
  const drivers = Array.from({ length: p }, (_, j) => ({
    index: j,
    r: withOutcome[j]!,
    beta: beta[j]!,
    weight: weights[j]!,
    weightPercent: (100 * weights[j]!) / rSquared,
    shapley: shapley?.[j],
    rank: 0,
  }));
  // Array.prototype.sort is stable (ES2019): equal weights keep input order
  drivers.sort((a, b) => shown(b.weight) - shown(a.weight));
  drivers.forEach((driver, position) => (driver.rank = position + 1));
  return { n, rSquared, drivers };
}
