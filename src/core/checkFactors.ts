import { CoreInputError } from "./coreInputError";

/**
 * Validates the per-factor inputs shared by keyExperiences and importancePerformance: as many
 * performance values as importance values, at least one factor, every value finite.
 *
 * @throws CoreInputError (in the name of `functionName`) `shape`, `empty` or `range`.
 * @example
 * checkFactors("keyExperiences", [0.9, 0.5], [3, 2]) // => undefined (no error)
 */
export function checkFactors(
  functionName: string,
  importance: readonly number[],
  performance: readonly number[],
): void {
  const n = importance.length;
  if (performance.length !== n) {
    throw new CoreInputError(
      functionName,
      "shape",
      `importance and performance of the same length (got ${n} and ${performance.length})`,
    );
  }
  if (n === 0) throw new CoreInputError(functionName, "empty", "at least one factor");
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(importance[i]!) || !Number.isFinite(performance[i]!)) {
      throw new CoreInputError(
        functionName,
        "range",
        `finite importance and performance values (factor ${i + 1} is ${importance[i]}, ${performance[i]})`,
        { problem: { code: "notFinite" } },
      );
    }
  }
}
