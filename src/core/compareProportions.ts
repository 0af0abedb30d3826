import { CoreInputError } from "./coreInputError";
import { normalTwoSidedPValue } from "./distributions/normal";

/** One group's share against everyone else's. */
export interface ProportionComparison {
  /** share of the group − share of the rest (0–1 scale) */
  difference: number;
  /** difference / pooled SE; undefined when the pooled share is 0 or 1 (nobody or everybody) */
  z: number | undefined;
  /** two-sided normal p of z; undefined with z */
  p: number | undefined;
}

/**
 * Does a group's share (satisfied customers, CSAT) differ from the rest's? The two-sample z test with the
 * pooled share p̂ = (x₁ + x₂)/(n₁ + n₂): z = (x₁/n₁ − x₂/n₂)/√(p̂(1 − p̂)(1/n₁ + 1/n₂)), two-sided normal p.
 * z² is Pearson's chi-square of the 2 × 2 table, so p equals R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value`.
 *
 * @throws CoreInputError `range` for counts that are not whole numbers with 0 ≤ x ≤ n; `insufficient`
 * when a group has no one.
 * @example
 * compareProportions(45, 50, 30, 50).difference // => 0.30000000000000004
 */
export function compareProportions(
  successes: number,
  n: number,
  restSuccesses: number,
  restN: number,
): ProportionComparison {
  const name = "compareProportions";
  for (const [x, size] of [
    [successes, n],
    [restSuccesses, restN],
  ] as const) {
    if (!(Number.isInteger(x) && Number.isInteger(size) && x >= 0 && x <= size)) {
      throw new CoreInputError(name, "range", `whole counts with 0 ≤ successes ≤ n (got ${x} of ${size})`);
    }
    if (size === 0) throw new CoreInputError(name, "insufficient", "at least one respondent in each group");
  }
  const difference = successes / n - restSuccesses / restN;
  const pooled = (successes + restSuccesses) / (n + restN);
  const variance = pooled * (1 - pooled) * (1 / n + 1 / restN);
  if (!(variance > 0)) return { difference, z: undefined, p: undefined };
  const z = difference / Math.sqrt(variance);
  return { difference, z, p: normalTwoSidedPValue(z) };
}
