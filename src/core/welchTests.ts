import { CoreInputError } from "./coreInputError";
import { fisherFUpperTail } from "./distributions/fisherF";
import { studentTTwoSidedPValue } from "./studentT";

/** A group's size, mean and sample variance (divisor n − 1). */
export interface GroupSummary {
  n: number;
  mean: number;
  variance: number;
}

/** A test statistic with its (denominator) degrees of freedom and p-value. */
export interface TestResult {
  statistic: number;
  df: number;
  p: number;
}

/**
 * Welch's t-test of two means without assuming equal variances (Welch, Biometrika 34, 1947):
 * t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂) with Satterthwaite's degrees of freedom, two-sided p. Whether one
 * store or region scores differently from the rest.
 *
 * @throws CoreInputError `insufficient` when a group has fewer than 2 values or neither varies.
 * @example
 * welchTTest({ n: 4, mean: 25, variance: 0.8185 ** 2 }, { n: 8, mean: 21, variance: 4.2083 ** 2 })
 * // => { statistic: 2.5922…, df: 7.9925…, p: 0.0320… } (NAG g07cac)
 */
export function welchTTest(a: GroupSummary, b: GroupSummary): TestResult {
  const name = "welchTTest";
  if (a.n < 2 || b.n < 2) throw new CoreInputError(name, "insufficient", "at least 2 values in each group");
  const ua = a.variance / a.n;
  const ub = b.variance / b.n;
  const se2 = ua + ub;
  if (!(se2 > 0))
    throw new CoreInputError(name, "insufficient", "values that vary in at least one group", {
      problem: { code: "noVariation" },
    });
  const statistic = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((ua * ua) / (a.n - 1) + (ub * ub) / (b.n - 1));
  return { statistic, df, p: studentTTwoSidedPValue(statistic, df) };
}

/**
 * Welch's one-way ANOVA (Welch, Biometrika 38, 1951; R's oneway.test with var.equal = FALSE): do the
 * means of several groups differ, without assuming equal variances? With weights wᵢ = nᵢ/sᵢ²,
 * F = [Σwᵢ(mᵢ − m̄_w)²/(g − 1)] / [1 + 2(g − 2)/(g² − 1)·Σ(1 − wᵢ/W)²/(nᵢ − 1)] on g − 1 and
 * (g² − 1)/(3·Σ(1 − wᵢ/W)²/(nᵢ − 1)) degrees of freedom; `df` is the latter.
 *
 * @throws CoreInputError `insufficient` with fewer than 2 groups, a group of fewer than 2 values, or a
 * group whose values do not vary.
 * @example
 * welchAnova([{ n: 3, mean: 1, variance: 1 }, { n: 3, mean: 2, variance: 1 }]).statistic // => 1.5
 */
export function welchAnova(groups: readonly GroupSummary[]): TestResult {
  const name = "welchAnova";
  const g = groups.length;
  if (g < 2) throw new CoreInputError(name, "insufficient", "at least 2 groups");
  if (!groups.every((group) => group.n >= 2 && group.variance > 0)) {
    throw new CoreInputError(name, "insufficient", "at least 2 values that vary in every group", {
      problem: { code: "noVariation" },
    });
  }
  const weights = groups.map((group) => group.n / group.variance);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const centre = groups.reduce((sum, group, i) => sum + weights[i]! * group.mean, 0) / total;
  let between = 0;
  let spread = 0;
  groups.forEach((group, i) => {
    between += weights[i]! * (group.mean - centre) ** 2;
    spread += (1 - weights[i]! / total) ** 2 / (group.n - 1);
  });
  const statistic = between / (g - 1) / (1 + ((2 * (g - 2)) / (g * g - 1)) * spread);
  const df = (g * g - 1) / (3 * spread);
  return { statistic, df, p: fisherFUpperTail(statistic, g - 1, df) };
}
