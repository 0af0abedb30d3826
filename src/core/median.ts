import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { presentValues } from "./presentValues";

/**
 * Median of the present answers (the mean of the two middle ones when their number is even).
 *
 * A robust centre for skewed ratings; used as an importance–performance crosshair.
 * Definition as in Hyndman & Fan (1996), type 7 at p = 0.5 (R's and NumPy's default).
 *
 * @throws CoreInputError `insufficient` when no answer is present, `range` for a non-finite number.
 * @example
 * median([5, null, 1, 4, 2]) // => 3
 */
export function median(values: readonly Answer[]): number {
  const sorted = presentValues(values, "median").sort();
  const n = sorted.length;
  if (n === 0) throw new CoreInputError("median", "insufficient", "at least one number");
  const upper = sorted[n >> 1]!;
  if (n % 2 === 1) return upper;
  const lower = sorted[(n >> 1) - 1]!;
  const middle = (lower + upper) / 2;
  // Only the sum of two huge numbers can overflow; halving first then keeps the result finite.
  return Number.isFinite(middle) ? middle : lower / 2 + upper / 2;
}
