import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { meanOfFinite } from "./mean";
import { presentValues } from "./presentValues";

/**
 * Sample standard deviation (divisor n − 1) of the present answers.
 *
 * How much respondents disagree about an item; the spread behind every confidence interval.
 * Corrected two-pass algorithm (Chan, Golub & LeVeque, "Algorithms for computing the sample
 * variance", The American Statistician 37, 1983): Σ(x − m)² − (Σ(x − m))² / n.
 *
 * @throws CoreInputError `insufficient` with fewer than two answers, `range` for a non-finite number.
 * @example
 * sampleStandardDeviation([2, 4, null, 4, 4, 5, 5, 7, 9]) // => 2.138089935299395
 */
export function sampleStandardDeviation(values: readonly Answer[]): number {
  const present = presentValues(values, "sampleStandardDeviation");
  if (present.length < 2) {
    throw new CoreInputError("sampleStandardDeviation", "insufficient", "at least two numbers");
  }
  return standardDeviationOfFinite(present, "sampleStandardDeviation");
}

/** Corrected two-pass sample SD of finite numbers, n ≥ 2 (shared with pearsonCorrelation and cronbachAlpha). */
export function standardDeviationOfFinite(present: Float64Array, functionName: string): number {
  return Math.sqrt(sumOfSquaredDeviations(present, functionName) / (present.length - 1));
}

/** Σ(x − mean)², corrected two-pass; never negative. */
export function sumOfSquaredDeviations(present: Float64Array, functionName: string): number {
  const n = present.length;
  const centre = meanOfFinite(present, functionName);
  let squares = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const deviation = present[i]! - centre;
    squares += deviation * deviation;
    residual += deviation;
  }
  const result = Math.max(0, squares - (residual * residual) / n);
  if (!Number.isFinite(result)) {
    throw new CoreInputError(functionName, "range", "numbers small enough to square (|x| < 1e150)", {
      problem: { code: "tooLarge" },
    });
  }
  return result;
}
