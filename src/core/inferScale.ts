import { CoreInputError } from "./coreInputError";

/** Rating-scale tops recognised when none is stated: 1–5, 1–7, 0/1–10 and 0–100 scales. */
export const RECOGNISED_SCALE_TOPS: readonly number[] = Object.freeze([5, 7, 10, 100]);

function checkScaleValues(functionName: string, values: readonly number[]): number {
  if (values.length === 0) throw new CoreInputError(functionName, "empty", "at least one value");
  let largest = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value) || value < 0) {
      throw new CoreInputError(
        functionName,
        "range",
        `rating-scale values from 0 to 100 (value ${i + 1} is ${value})`,
      );
    }
    if (value > largest) largest = value;
  }
  if (largest > 100) {
    throw new CoreInputError(
      functionName,
      "range",
      `rating-scale values from 0 to 100 to infer the scale (largest is ${largest}); state the scale instead`,
    );
  }
  return largest;
}

/**
 * Top of the rating scale the values were most likely given on: the smallest of 5, 7, 10 and 100
 * that no value exceeds.
 *
 * Lets key-experience shortfalls (top − performance) and the IPA "scale" crosshair work without the
 * analyst stating the scale. The recognised tops are the common Likert (5, 7 points; Likert 1932),
 * 10-point and percentage scales.
 *
 * @throws CoreInputError `empty` without values, `range` for values that are negative, not finite or above 100.
 * @example
 * inferScaleTop([3.2, 4.8, 6]) // => 7
 */
export function inferScaleTop(values: readonly number[]): number {
  const largest = checkScaleValues("inferScaleTop", values);
  for (const top of RECOGNISED_SCALE_TOPS) if (largest <= top) return top;
  /* istanbul ignore next: checkScaleValues refuses values above 100 */
  throw new CoreInputError("inferScaleTop", "range", "values of at most 100");
}

/**
 * Bottom and top of the rating scale the values were most likely given on: bottom 0 if any value is
 * below 1 (a 0–10 or 0–100 scale), otherwise 1; top as inferScaleTop.
 *
 * Its midpoint (bottom + top) / 2 is the "scale" crosshair of importance–performance analysis.
 *
 * @throws CoreInputError `empty` without values, `range` for values that are negative, not finite or above 100.
 * @example
 * inferScaleRange([0, 6, 9]) // => { bottom: 0, top: 10 }
 */
export function inferScaleRange(values: readonly number[]): { bottom: number; top: number } {
  const largest = checkScaleValues("inferScaleRange", values);
  let bottom = 1;
  for (const value of values) if (value < 1) bottom = 0;
  let top = 100;
  for (const candidate of RECOGNISED_SCALE_TOPS) {
    if (largest <= candidate) {
      top = candidate;
      break;
    }
  }
  return { bottom, top };
}
