import { describe, expect, it } from "@jest/globals";
import { fisherFCdf, fisherFQuantile, fisherFUpperTail } from "../../../src/core";
import { expectRelativelyClose } from "../helpers";

/*
 * Reference values: mpmath 1.3 at 50 digits, rounded to the nearest double —
 *   cdf(x, a, b) = betainc(a/2, b/2, 0, a·x/(a·x + b), regularized=True),
 *   upper(x, a, b) = betainc(b/2, a/2, 0, b/(a·x + b), regularized=True),
 *   quantile: bisection of those (cdf below the median, upper above) to 1e-40 relative,
 * evaluated at the very doubles passed here. SciPy 1.17's scipy.stats.f agrees to 1–3 ulps.
 */
describe("fisherFCdf and fisherFUpperTail", () => {
  it.each([
    [2, 3, 10, 0.8219925926248246, 0.17800740737517542],
    [0.5, 1, 1, 0.3918265520306073, 0.6081734479693928],
    [1e-8, 4, 7, 2.571428517551021e-16, 0.9999999999999998],
    [40, 2, 30, 0.9999999965649857, 3.4350142529375378e-9],
    [1.0, 14, 126, 0.5424860480859897, 0.4575139519140103],
    [3.2, 3, 22.6536, 0.9574134691990324, 0.04258653080096768],
    [0.1102, 3, 22.6536, 0.04674475453659993, 0.9532552454634001],
  ])("F(%p; %p, %p): both tails match mpmath 50 digits", (x, a, b, lower, upper) => {
    expectRelativelyClose(fisherFCdf(x, a, b), lower, 4e-15);
    // the upper tail keeps its digits where 1 − cdf would not (3.4e-9 here)
    expectRelativelyClose(fisherFUpperTail(x, a, b), upper, 4e-15);
  });

  it("F(1.1; 999, 8991), a Feldt-sized case: to 1e-13 relative", () => {
    // With a and b in the hundreds the incomplete beta is steep in its argument, so the rounding of
    // z = 8991 / (999·1.1 + 8991) alone moves the upper tail by ~1e-14 relative (SciPy 1.17: 3.7e-15 off).
    expectRelativelyClose(fisherFCdf(1.1, 999, 8991), 0.9802568489308383, 4e-15);
    expectRelativelyClose(fisherFUpperTail(1.1, 999, 8991), 0.01974315106916172, 1e-13);
  });

  it("is 0 and 1 at the ends of the support", () => {
    expect(fisherFCdf(0, 3, 4)).toBe(0);
    expect(fisherFCdf(-1, 3, 4)).toBe(0);
    expect(fisherFCdf(Infinity, 3, 4)).toBe(1);
    expect(fisherFUpperTail(0, 3, 4)).toBe(1);
    expect(fisherFUpperTail(Infinity, 3, 4)).toBe(0);
  });

  it("refuses NaN and degrees of freedom that are not positive and finite", () => {
    const range = expect.objectContaining({ reason: "range" });
    expect(() => fisherFCdf(NaN, 1, 1)).toThrow(range);
    expect(() => fisherFUpperTail(NaN, 1, 1)).toThrow(range);
    expect(() => fisherFCdf(1, 0, 1)).toThrow(range);
    expect(() => fisherFUpperTail(1, 1, Infinity)).toThrow(range);
  });
});

describe("fisherFQuantile", () => {
  it.each([
    // Feldt's multipliers for the 15 × 10 alpha example: F(0.975 and 0.025; 14, 126)
    [0.975, 14, 126, 1.9718730746580706],
    [0.025, 14, 126, 0.3923256922908076],
    [0.975, 1, 1, 647.7890114778442],
    [0.025, 1, 1, 0.001543712508674131],
    [1e-10, 1, 3, 1.850550825204255e-20],
    [0.999999999999, 5, 2, 1000022122208.8029],
    [0.5, 3, 22.6536, 0.8129190358564556],
    [0.975, 999, 8991, 1.094994397941629],
    [0.025, 999, 8991, 0.9100860116275276],
    [0.95, 2.5, 7.25, 4.432607520307704],
    [0.975, 9, 9, 4.025994158282979],
    [0.025, 1, 5000, 0.0009821674254604927],
  ])("quantile(%p; %p, %p) matches mpmath 50 digits", (probability, a, b, expected) => {
    expectRelativelyClose(fisherFQuantile(probability, a, b), expected, 4e-15);
  });

  it("inverts the CDF it is built on", () => {
    for (const [p, a, b] of [
      [0.3, 2, 9],
      [0.9, 7, 3],
      [0.01, 30, 40],
    ] as const) {
      expectRelativelyClose(fisherFCdf(fisherFQuantile(p, a, b), a, b), p, 1e-14);
    }
  });

  it("refuses probabilities outside (0, 1) and bad degrees of freedom", () => {
    const range = expect.objectContaining({ functionName: "fisherFQuantile", reason: "range" });
    expect(() => fisherFQuantile(0, 1, 1)).toThrow(range);
    expect(() => fisherFQuantile(1, 1, 1)).toThrow(range);
    expect(() => fisherFQuantile(NaN, 1, 1)).toThrow(range);
    expect(() => fisherFQuantile(0.5, -1, 1)).toThrow(range);
  });

  it("refuses a probability further out than double precision resolves, rather than answer a wrong number", () => {
    // F(1, 1)'s 1e-300 quantile (about 2.5e-600) underflows; F(0.01, 0.01)'s upper tail is still above
    // 2^-53 where x overflows
    expect(() => fisherFQuantile(1e-300, 1, 1)).toThrow(
      expect.objectContaining({ functionName: "fisherFQuantile", reason: "range" }),
    );
    expect(() => fisherFQuantile(1 - 2 ** -53, 0.01, 0.01)).toThrow(
      expect.objectContaining({ functionName: "fisherFQuantile", reason: "range" }),
    );
  });
});
