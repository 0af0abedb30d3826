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
 * The quantile is Wichura's algorithm AS 241 (PPND16; "The percentage points of the normal distribution",
 * Applied Statistics 37, 1988, 477–484: accurate to about 1 part in 10¹⁶), followed in the tails by one
 * Halley step on the tail probability computed as above. In the centre, |p − ½| ≤ 0.425, AS 241 is used as
 * it is: there its own rational approximation is the more accurate of the two.
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

/** Horner's rule, coefficients lowest degree first. */
function polynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i]!;
  return sum;
}

// AS 241 (PPND16), lowest degree first: the published 20-digit coefficients as the doubles they round to.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/**
 * P(Z ≤ x) for a standard normal Z.
 *
 * @throws CoreInputError `range` when x is NaN.
 * @example
 * normalCdf(-1.959963984540054) // => 0.025000000000000012
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new CoreInputError("normalCdf", "range", "a number (got NaN)");
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
  if (Number.isNaN(z)) throw new CoreInputError("normalTwoSidedPValue", "range", "a number (got NaN)");
  return erfcOverSqrt2(Math.abs(z));
}

/**
 * The z below which `probability` of the standard normal distribution lies (inverse CDF).
 *
 * The multiplier of a standard error in a confidence interval: with 95 % confidence,
 * `normalQuantile(0.975)` ≈ 1.96.
 *
 * @throws CoreInputError `range` when probability is not strictly between 0 and 1.
 * @example
 * normalQuantile(0.975) // => 1.9599639845400538
 */
export function normalQuantile(probability: number): number {
  if (!(probability > 0 && probability < 1)) {
    throw new CoreInputError(
      "normalQuantile",
      "range",
      `a probability strictly between 0 and 1 (got ${probability})`,
    );
  }
  const q = probability - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(A, r)) / polynomial(B, r);
  }
  // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper tail keeps every digit the caller gave
  const tail = q < 0 ? probability : 1 - probability;
  const r = Math.sqrt(-Math.log(tail));
  let x =
    r <= 5 ? polynomial(C, r - 1.6) / polynomial(D, r - 1.6) : polynomial(E, r - 5) / polynomial(F, r - 5);
  // Halley on f(x) = P(Z > x) − tail (f′ = −φ, f″ = x·φ); below 1e-300 φ(x) leaves the normal doubles
  if (tail >= 1e-300) {
    const u = (erfcOverSqrt2(x) / 2 - tail) * SQRT_TWO_PI * Math.exp((x * x) / 2);
    x += u / (1 - (x * u) / 2);
  }
  return q < 0 ? -x : x;
}
