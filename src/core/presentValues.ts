import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";

/**
 * The numbers among `values`, missing answers dropped, as a fresh Float64Array that the caller may
 * sort or overwrite. Shared validation of core's one-variable statistics: any number that is not
 * finite is refused, so `NaN` and `Infinity` can never leak into a result.
 *
 * @example
 * presentValues([3, null, 5], "mean") // => Float64Array [3, 5]
 */
export function presentValues(values: readonly Answer[], functionName: string): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number") continue;
    if (!Number.isFinite(value)) {
      throw new CoreInputError(functionName, "range", `finite numbers (value ${i + 1} is ${value})`, {
        problem: { code: "notFinite" },
      });
    }
    n++;
  }
  const present = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === "number") present[k++] = value;
  }
  return present;
}
