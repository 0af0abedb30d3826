import betainc from "@stdlib/math-base-special-betainc";
import kernelBetainc from "@stdlib/math-base-special-kernel-betainc";
import { CoreInputError } from "../coreInputError";
import { solveIncreasing } from "./solveIncreasing";

/*
 * Fisher's F distribution (Snedecor's F), through the regularised incomplete beta function of stdlib
 * (after Boost.Math): P(F ≤ x) = I(z; d₁/2, d₂/2) with z = d₁x / (d₁x + d₂), and the upper tail
 * P(F > x) = I(1 − z; d₂/2, d₁/2) with 1 − z = d₂ / (d₁x + d₂) formed directly, so that neither tail
 * loses digits to a subtraction from 1. The quantile inverts the CDF by safeguarded Newton steps
 * (./solveIncreasing) with the density that stdlib's incomplete-beta kernel returns alongside the value,
 * instead of stdlib's F quantile, whose inverse incomplete beta would cost about 11 KB gzipped in the
 * worksheet functions' bundle. Used for Feldt's interval of Cronbach's alpha and Welch's ANOVA p-value.
 */

function checkParameters(functionName: string, numerator: number, denominator: number): void {
  for (const degreesOfFreedom of [numerator, denominator]) {
    if (!(degreesOfFreedom > 0) || !Number.isFinite(degreesOfFreedom)) {
      throw new CoreInputError(
        functionName,
        "range",
        `degrees of freedom that are positive finite numbers (got ${numerator} and ${denominator})`,
        { problem: { code: "notFinite" } },
      );
    }
  }
}

/** P(F ≤ x) (or P(F > x) when `upper`) for x ≥ 0, each tail from its own incomplete beta. */
/** The arguments of a CDF or tail at `x`: an F value that is a number (±Infinity included), valid degrees of freedom. */
function checkFValue(functionName: string, x: number, numerator: number, denominator: number): void {
  if (Number.isNaN(x))
    throw new CoreInputError(functionName, "range", "an F value that is a number (got NaN)", {
      problem: { code: "notFinite" },
    });
  checkParameters(functionName, numerator, denominator);
}

function tail(x: number, numerator: number, denominator: number, upper: boolean): number {
  const scaled = numerator * x;
  const sum = scaled + denominator;
  return upper
    ? betainc(denominator / sum, denominator / 2, numerator / 2)
    : betainc(scaled / sum, numerator / 2, denominator / 2);
}

/** The F density at x > 0: dI(z)/dz · dz/dx, with dz/dx = d₁d₂ / (d₁x + d₂)². */
function density(x: number, numerator: number, denominator: number): number {
  const sum = numerator * x + denominator;
  const [, derivative] = kernelBetainc((numerator * x) / sum, numerator / 2, denominator / 2, true, false);
  return (derivative! * numerator * denominator) / (sum * sum);
}

/**
 * P(F ≤ x) for Fisher's F distribution with `numerator` and `denominator` degrees of freedom.
 *
 * @throws CoreInputError `range` when x is NaN or a degrees of freedom is not a positive finite number.
 * @example
 * fisherFCdf(2, 3, 10) // => 0.8219925926248245
 */
export function fisherFCdf(x: number, numerator: number, denominator: number): number {
  checkFValue("fisherFCdf", x, numerator, denominator);
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return tail(x, numerator, denominator, false);
}

/**
 * P(F > x), the upper tail: the p-value of an F test (Welch's ANOVA), with full relative precision
 * for tiny p-values.
 *
 * @throws CoreInputError `range` when x is NaN or a degrees of freedom is not a positive finite number.
 * @example
 * fisherFUpperTail(2, 3, 10) // => 0.17800740737517545
 */
export function fisherFUpperTail(x: number, numerator: number, denominator: number): number {
  checkFValue("fisherFUpperTail", x, numerator, denominator);
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return tail(x, numerator, denominator, true);
}

/**
 * The F value below which `probability` of Fisher's F distribution lies (inverse CDF): the multipliers
 * of Feldt's confidence interval for Cronbach's alpha are fisherFQuantile(0.975, …) and (0.025, …).
 *
 * @throws CoreInputError `range` when probability is not strictly between 0 and 1, a degrees of freedom
 * is not a positive finite number, or the quantile lies further out than double precision resolves.
 * @example
 * fisherFQuantile(0.975, 14, 126) // => 1.9718730746580708
 */
export function fisherFQuantile(probability: number, numerator: number, denominator: number): number {
  const name = "fisherFQuantile";
  if (!(probability > 0 && probability < 1)) {
    throw new CoreInputError(name, "range", `a probability strictly between 0 and 1 (got ${probability})`);
  }
  checkParameters(name, numerator, denominator);
  const slope = (x: number) => density(x, numerator, denominator);
  // Below the median solve on the CDF, above it on minus the upper tail: either way the target keeps
  // its digits (1 − 1e-12 would not).
  const root =
    probability <= 0.5
      ? solveIncreasing((x) => tail(x, numerator, denominator, false), slope, probability)
      : solveIncreasing((x) => -tail(x, numerator, denominator, true), slope, -(1 - probability));
  if (root === undefined) {
    throw new CoreInputError(
      name,
      "range",
      `a probability the F(${numerator}, ${denominator}) distribution can resolve in double precision (got ${probability})`,
    );
  }
  return root;
}
