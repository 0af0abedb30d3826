import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { ExactSum, exactSum } from "./exactSum";
import { presentValues } from "./presentValues";

/**
 * Arithmetic mean of the present answers, missing ones skipped.
 *
 * The average rating of an item, the building block of every satisfaction score. The sum is exact,
 * rounded once (whole numbers add exactly in doubles; anything else is summed with ExactSum, the
 * algorithm of Python's math.fsum), then divided by n, so no order of adding leaves its own noise.
 * (Whether a value "equals" the mean is decided as Excel shows numbers: see asExcelShows.)
 *
 * @throws CoreInputError `insufficient` when no answer is present, `range` for a non-finite number.
 * @example
 * mean([4, null, 5, 3]) // => 4
 * mean([0.1, 0.2, 0.3]) // => 0.19999999999999998 (math.fsum / 3; adding in order gives 0.20000000000000004)
 */
export function mean(values: readonly Answer[]): number {
  const present = presentValues(values, "mean");
  if (present.length === 0) throw new CoreInputError("mean", "insufficient", "at least one number");
  return meanOfFinite(present, "mean");
}

/** 2^21 values of at most 2^31 in size add up to less than 2^53, exactly. */
const EXACT_COUNT = 2 ** 21;

/**
 * Mean of a non-empty array of finite numbers: the exact sum rounded once, divided by n (shared with
 * the other descriptive statistics). Sums beyond the range of doubles (answers near 1e308) are taken
 * over the values scaled by a power of two, which is exact, so the mean is still found.
 */
export function meanOfFinite(present: Float64Array, functionName: string): number {
  const n = present.length;
  let sum = 0;
  let whole = n < EXACT_COUNT;
  for (let i = 0; i < n; i++) {
    const value = present[i]!;
    sum += value;
    if ((value | 0) !== value) whole = false;
  }
  if (whole) return sum / n;
  const exact = exactSum(present);
  if (Number.isFinite(exact)) return exact / n;
  const scale = 2 ** -(Math.ceil(Math.log2(n)) + 1);
  const scaled = new ExactSum();
  for (let i = 0; i < n; i++) scaled.add(present[i]! * scale);
  const result = scaled.value / n / scale;
  if (!Number.isFinite(result)) {
    throw new CoreInputError(functionName, "range", "numbers small enough to average (|x| < 1e307)", {
      problem: { code: "tooLarge" },
    });
  }
  return result;
}
