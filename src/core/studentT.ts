import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tPdf from "@stdlib/stats-base-dists-t-pdf";
import betainc from "@stdlib/math-base-special-betainc";
import { CoreInputError } from "./coreInputError";
import { solveIncreasing } from "./distributions/solveIncreasing";

/*
 * Student's t distribution (Student, "The probable error of a mean", Biometrika 6, 1908), through
 * stdlib's CDF and density (regularised incomplete beta function, after Boost.Math), which agree with
 * mpmath at 40 digits to within a few ulps. Popular alternatives do not: jStat's quantile is off by about
 * 1e-8, SciPy 1.10's by about 1e-10.
 *
 * The quantile inverts that CDF by safeguarded Newton steps (./distributions/solveIncreasing) rather than calling stdlib's t quantile: the latter
 * brings the inverse incomplete beta and gamma functions (about 11 KB gzipped), which would push the
 * worksheet functions' bundle past its 40 KB budget, for a result that agrees to the last bit or two.
 * Degrees of freedom must be finite: stdlib answers 0.5 (cdf) for Infinity.
 */

function checkDegreesOfFreedom(functionName: string, degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0) || !Number.isFinite(degreesOfFreedom)) {
    throw new CoreInputError(
      functionName,
      "range",
      `degrees of freedom that are a positive finite number (got ${degreesOfFreedom})`,
      { problem: { code: "notFinite" } },
    );
  }
}

/**
 * |t| quantile for the probability p, in the form that keeps full relative precision:
 * near the centre, P(0 ≤ T ≤ x) = ½·I(x²/(ν+x²); ½, ν/2) against |p − ½| (exact for p in [¼, ¾]);
 * in the tails, P(T ≥ x) = P(T ≤ −x) against min(p, 1 − p) (both exact), so tiny tails keep their digits.
 */
function absoluteQuantile(probability: number, degreesOfFreedom: number): number | undefined {
  const density = (x: number) => tPdf(x, degreesOfFreedom);
  const centre = Math.abs(probability - 0.5);
  if (centre <= 0.25) {
    // I(w; ½, ν/2) with w = x²/(ν+x²). Where w > ½ (x² > ν, heavy tails with small ν), w is rounded next to 1
    // and 1 − w loses digits, so the complement I(w; ½, ν/2) = 1 − I(1 − w; ν/2, ½) is taken, with
    // 1 − w = ν/(ν+x²) computed directly (stdlib's betainc(x, a, b, true, true) is the upper tail 1 − I).
    const centralMass = (x: number) => {
      const squared = x * x;
      return squared <= degreesOfFreedom
        ? 0.5 * betainc(squared / (degreesOfFreedom + squared), 0.5, degreesOfFreedom / 2)
        : 0.5 *
            betainc(degreesOfFreedom / (degreesOfFreedom + squared), degreesOfFreedom / 2, 0.5, true, true);
    };
    return solveIncreasing(centralMass, density, centre);
  }
  const tail = Math.min(probability, 1 - probability);
  // −P(T ≥ x) rises from −½ towards 0 as x grows; its slope is the density
  return solveIncreasing((x) => -tCdf(-x, degreesOfFreedom), density, -tail);
}

/**
 * The t value below which `probability` of Student's t distribution lies (inverse CDF).
 *
 * The multiplier of the standard error in a confidence interval for a mean gap: with 95 %
 * confidence and n respondents, `studentTQuantile(0.975, n - 1)`.
 *
 * @throws CoreInputError `range` when probability is not strictly between 0 and 1 or the degrees of
 * freedom are not a positive finite number.
 * @example
 * studentTQuantile(0.975, 10) // => 2.228138851986275
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  const name = "studentTQuantile";
  if (!(probability > 0 && probability < 1)) {
    throw new CoreInputError(name, "range", `a probability strictly between 0 and 1 (got ${probability})`);
  }
  checkDegreesOfFreedom(name, degreesOfFreedom);
  if (probability === 0.5) return 0;
  const magnitude = absoluteQuantile(probability, degreesOfFreedom);
  if (magnitude === undefined) {
    throw new CoreInputError(
      name,
      "range",
      `a probability the t distribution with ${degreesOfFreedom} degrees of freedom can resolve in double precision (got ${probability})`,
    );
  }
  return probability < 0.5 ? -magnitude : magnitude;
}

/**
 * Two-sided p-value of a t statistic: 2 · P(T ≤ −|t|).
 *
 * How surprising a mean gap this far from zero would be if expectations were, on average, exactly
 * met. Computed from the lower tail, so tiny p-values keep their full precision.
 *
 * @throws CoreInputError `range` when t is NaN or the degrees of freedom are not a positive finite number.
 * @example
 * studentTTwoSidedPValue(-2.5, 4) // => 0.06676654481198817
 */
export function studentTTwoSidedPValue(t: number, degreesOfFreedom: number): number {
  const name = "studentTTwoSidedPValue";
  if (Number.isNaN(t))
    throw new CoreInputError(name, "range", "a t statistic that is a number (got NaN)", {
      problem: { code: "notFinite" },
    });
  checkDegreesOfFreedom(name, degreesOfFreedom);
  return Math.min(1, 2 * tCdf(-Math.abs(t), degreesOfFreedom));
}
