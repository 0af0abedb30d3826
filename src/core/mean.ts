import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { presentValues } from "./presentValues";

/**
 * Arithmetic mean of the present answers, missing ones skipped.
 *
 * The average rating of an item, the building block of every satisfaction score.
 * Computed in two passes (mean, then the mean of the residuals added as a correction; Higham,
 * "Accuracy and Stability of Numerical Algorithms", 2002, §1.9), which makes it correct to the last
 * digit or two even for a million answers.
 *
 * @throws CoreInputError `insufficient` when no answer is present, `range` for a non-finite number.
 * @example
 * mean([4, null, 5, 3]) // => 4
 */
export function mean(values: readonly Answer[]): number {
  const present = presentValues(values, "mean");
  if (present.length === 0) throw new CoreInputError("mean", "insufficient", "at least one number");
  return meanOfFinite(present, "mean");
}

/** Two-pass mean of a non-empty array of finite numbers (shared with the other descriptive statistics). */
export function meanOfFinite(present: Float64Array, functionName: string): number {
  const n = present.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += present[i]!;
  let first = sum / n;
  if (!Number.isFinite(first)) {
    // The plain sum overflowed: divide before adding (values are finite, so the mean is).
    first = 0;
    for (let i = 0; i < n; i++) first += present[i]! / n;
  }
  let residual = 0;
  for (let i = 0; i < n; i++) residual += present[i]! - first;
  const result = first + residual / n;
  if (!Number.isFinite(result)) {
    throw new CoreInputError(functionName, "range", "numbers small enough to average (|x| < 1e307)");
  }
  return result;
}
