import erfc from "@stdlib/math-base-special-erfc";
import { CoreInputError } from "../coreInputError";

/*
 * The standard normal distribution: the CDF, two-sided p-values and the quantile, right to the last
 * digit or two of a double.
 *
 * Φ(x) = ½·erfc(−x/√2), through stdlib's erfc (FreeBSD's msun algorithm, error below one ulp). The one
 * weak spot of that identity is the argument: x/√2 is rounded before erfc sees it, and far out in the tail
 * erfc's relative slope (about 2u) turns that rounding into up to ~70 ulps at |x| = 8. So the rounding
 * error of x/√2 is recovered exactly (Dekker's product, Veltkamp's split) and put back as a first-order
 * correction, which leaves erfc's own error.
 *
 * The quantile starts from Hastings' approximation (Abramowitz & Stegun 26.2.23, 4 digits) and takes Halley
 * steps to the root of the CDF: on the tail probability above, and near the centre (p within ¼ of ½) on
 * P(0 ≤ Z ≤ x) from its Taylor series, which keeps the relative precision that 1 − erfc loses there. Halley
 * steps triple the correct digits, so two or three reach the last bit; the result is checked against mpmath.
 */

const SQRT1_2_HIGH = Math.SQRT1_2;
/** 1/√2 − SQRT1_2_HIGH (mpmath, 50 digits) */
const SQRT1_2_LOW = -4.833646656726457e-17;
/** 2^27 + 1: splits a double into two halves whose products are exact (Veltkamp) */
const SPLITTER = 134217729;
const TWO_OVER_SQRT_PI = 1.1283791670955126;
const SQRT_TWO_PI = 2.5066282746310002;

/** The part of x·SQRT1_2_HIGH that the rounded product `rounded` lost (Dekker's two-product). */
function productError(x: number, rounded: number): number {
  const c = SPLITTER * x;
  const xHigh = c - (c - x);
  const xLow = x - xHigh;
  const d = SPLITTER * SQRT1_2_HIGH;
  const kHigh = d - (d - SQRT1_2_HIGH);
  const kLow = SQRT1_2_HIGH - kHigh;
  return xHigh * kHigh - rounded + xHigh * kLow + xLow * kHigh + xLow * kLow;
}

/** erfc(x/√2) without the rounding error of x/√2: 2·P(Z > x). */
function erfcOverSqrt2(x: number): number {
  const u = x * SQRT1_2_HIGH;
  const value = erfc(u);
  // beyond |x| = 40, erfc is 0 or 2 to double precision and the split below could overflow
  if (!(Math.abs(x) < 40)) return value;
  const lost = productError(x, u) + x * SQRT1_2_LOW;
  // erfc(u + δ) = erfc(u) − δ·(2/√π)·e^(−u²) + O(δ²)
  return value - lost * TWO_OVER_SQRT_PI * Math.exp(-u * u);
}

/** P(0 ≤ Z ≤ x) by its Taylor series, (1/√(2π))·Σ x·(−x²/2)^k/(k!·(2k + 1)): full relative precision near 0. */
function centralMass(x: number): number {
  const halfSquare = (x * x) / 2;
  let term = x;
  let sum = x;
  for (let k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    term *= -halfSquare / k;
    sum += term / (2 * k + 1);
  }
  return sum / SQRT_TWO_PI;
}

/**
 * P(Z ≤ x) for a standard normal Z.
 *
 * @throws CoreInputError `range` when x is NaN.
 * @example
 * normalCdf(-1.959963984540054) // => 0.025000000000000012
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x))
    throw new CoreInputError("normalCdf", "range", "a number (got NaN)", { problem: { code: "notFinite" } });
  return erfcOverSqrt2(-x) / 2;
}

/**
 * Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = 2·P(Z ≤ −|z|), from the tail, so that tiny p-values
 * keep their digits.
 *
 * How surprising a difference this many standard errors from zero would be if there were none, e.g. an
 * NPS of one store against the rest.
 *
 * @throws CoreInputError `range` when z is NaN.
 * @example
 * normalTwoSidedPValue(1.959963984540054) // => 0.050000000000000024
 */
export function normalTwoSidedPValue(z: number): number {
  if (Number.isNaN(z))
    throw new CoreInputError("normalTwoSidedPValue", "range", "a number (got NaN)", {
      problem: { code: "notFinite" },
    });
  return erfcOverSqrt2(Math.abs(z));
}

/**
 * The z below which `probability` of the standard normal distribution lies (inverse CDF).
 *
 * The multiplier of a standard error in a confidence interval: with 95 % confidence,
 * `normalQuantile(0.975)` ≈ 1.96.
 *
 * @throws CoreInputError `range` when probability is not from 1e-300 to below 1.
 * @example
 * normalQuantile(0.975) // => 1.9599639845400538
 */
export function normalQuantile(probability: number): number {
  if (!(probability >= 1e-300 && probability < 1)) {
    throw new CoreInputError(
      "normalQuantile",
      "range",
      `a probability from 1e-300 to below 1 (got ${probability})`,
    );
  }
  if (probability === 0.5) return 0;
  // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper tail keeps every digit the caller gave
  const tail = probability > 0.5 ? 1 - probability : probability;
  // start: Abramowitz & Stegun 26.2.23 (Hastings), |error| < 4.5e-4 for the x > 0 with P(Z > x) = tail
  const s = Math.sqrt(-2 * Math.log(tail));
  let x =
    s - (2.515517 + s * (0.802853 + s * 0.010328)) / (1 + s * (1.432788 + s * (0.189269 + s * 0.001308)));
  // Halley steps on P(0 ≤ Z ≤ x) = ½ − tail near the centre (exact there), on P(Z > x) = tail beyond
  for (let step = 0; step < 8; step++) {
    const density = Math.exp((-x * x) / 2) / SQRT_TWO_PI;
    const u = (tail >= 0.25 ? centralMass(x) - (0.5 - tail) : tail - erfcOverSqrt2(x) / 2) / density;
    const change = u / (1 + (x * u) / 2);
    x -= change;
    if (Math.abs(change) <= 1e-15 * Math.abs(x)) break;
  }
  return probability > 0.5 ? x : -x;
}
