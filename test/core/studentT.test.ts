import { describe, it, expect } from "@jest/globals";
import stdlibTQuantile from "@stdlib/stats-base-dists-t-quantile";
import * as fc from "fast-check";
import { studentTQuantile, studentTTwoSidedPValue } from "../../src/core";
import { expectRelativelyClose } from "./helpers";
import { assertProperty } from "../seededProperty";

/** How many doubles apart two finite numbers of the same sign are. */
function ulpsBetween(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const difference = bits[0]! - bits[1]!;
  return Number(difference < 0n ? -difference : difference);
}

// Reference values: mpmath 1.3 at 40 digits (regularised incomplete beta, root-found for the quantile),
// rounded to the nearest double, evaluated at the very doubles passed here (e.g. 0.975 is 0.97499999999999997779…).
describe("studentTQuantile", () => {
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 5, 2.5705818356363146],
    [0.975, 29, 2.045229642132704],
    [0.975, 385, 1.966144814842553],
    [0.995, 10, 3.169272672616951],
    [0.025, 7, -2.3646242515927853],
    [0.975, 1048575, 1.9599662469189223],
    [0.9, 3.5, 1.5765766051364052],
    // tails and the centre: mpmath 60 digits, bisection of the regularised incomplete beta CDF
    [1e-10, 3, -2225.7692846830932],
    [0.9999, 1, 3183.0987571185015],
    [0.6, 2.5, 0.2814595127485476],
    [0.5000001, 20, 2.538144595402267e-7],
    [0.999999999, 1048575, 5.997859892007456],
  ])("quantile(%p, %p) matches mpmath 40 digits", (probability, degreesOfFreedom, expected) => {
    expectRelativelyClose(studentTQuantile(probability, degreesOfFreedom), expected, 1e-14);
  });

  // The quantiles behind 95 % and 99.8 % confidence intervals, to the last bits: mpmath 50 digits,
  // bisection of the regularised incomplete beta CDF at the very doubles passed, rounded to a double.
  // (A solver that bisects away from a Newton step landing on the root ends up to 5 ulps off.)
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837086],
    [0.975, 10, 2.2281388519862744],
    [0.975, 29, 2.045229642132704],
    [0.975, 385, 1.966144814842553],
    [0.975, 1048575, 1.9599662469189223],
    [0.999, 1, 318.30883898555015],
    [0.999, 2, 22.327124770119866],
    [0.999, 3, 10.214531852407383],
    [0.999, 10, 4.143700494046589],
    [0.999, 29, 3.3962402883568026],
    [0.999, 385, 3.1115349638455285],
    [0.999, 1048575, 3.090240078761852],
    [0.025, 1, -12.706204736174705],
    [0.025, 2, -4.302652729749464],
    [0.025, 10, -2.228138851986275],
    [0.025, 385, -1.9661448148425533],
    [0.025, 1048575, -1.9599662469189227],
  ])("quantile(%p, %p) is within 2 ulps of mpmath", (probability, degreesOfFreedom, expected) => {
    expect(ulpsBetween(studentTQuantile(probability, degreesOfFreedom), expected)).toBeLessThanOrEqual(2);
  });

  // Heavy tails, |t| > √ν, near the centre of the probabilities: x²/(ν+x²) rounds next to 1 there, and a
  // solver on it was 5.8e-15 off. mpmath 60 digits, findroot of the regularised incomplete beta CDF at the
  // very doubles passed (SciPy 1.17 t.ppf(0.26430295358830963, 0.2) gives -5.812073258517161).
  it.each([
    [0.26430295358830963, 0.2, -5.812073258517164],
    [0.7356970464116903, 0.2, 5.812073258517158],
  ])("quantile(%p, %p) is within 1e-15 relative of mpmath", (probability, degreesOfFreedom, expected) => {
    expectRelativelyClose(studentTQuantile(probability, degreesOfFreedom), expected, 1e-15);
  });

  it("refuses a probability further out than the CDF resolves, rather than answer a wrong number", () => {
    // mpmath 60 digits: quantile(1e-300, 1) = -3.1830988618379066e299; stdlib's CDF underflows past |t| ~ 1e154
    expect(() => studentTQuantile(1e-300, 1)).toThrow(
      expect.objectContaining({ functionName: "studentTQuantile", reason: "range" }),
    );
  });

  it("agrees with stdlib's own t quantile (inverse incomplete beta) to 4e-15 relative, tails included", () => {
    // an independent implementation: Boost.Math's inverse incomplete beta, as ported by stdlib. The bound is
    // the two implementations' combined error, not slack: at p = 0.26430295358830963, df = 0.2 stdlib is
    // 0.9e-15 off mpmath's -5.812073258517164 and this quantile 0.3e-15 (it was 5.8e-15 while the centre of
    // the distribution was solved on x²/(ν+x²), which loses digits next to 1); over 80,000 draws (seeds 1–40)
    // the largest disagreement is 2.3e-15, at df = 0.2.
    const probability = fc.oneof(
      fc.double({ min: 1e-15, max: 1 - 1e-15, noNaN: true }),
      fc.double({ min: -15, max: -1, noNaN: true }).map((exponent) => 10 ** exponent),
      fc.double({ min: -15, max: -1, noNaN: true }).map((exponent) => 1 - 10 ** exponent),
    );
    const degreesOfFreedom = fc.oneof(
      fc.integer({ min: 1, max: 1_048_575 }),
      fc.double({ min: 0.2, max: 60, noNaN: true }),
    );
    assertProperty(
      fc.property(probability, degreesOfFreedom, (p, df) => {
        fc.pre(p > 0 && p < 1 && p !== 0.5);
        const expected = stdlibTQuantile(p, df);
        const actual = studentTQuantile(p, df);
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(4e-15 * Math.abs(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it("is 0 at the median", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it.each([0, 1, -0.1, 1.5, NaN])("refuses probability %p", (probability) => {
    expect(() => studentTQuantile(probability, 5)).toThrow(
      expect.objectContaining({ functionName: "studentTQuantile", reason: "range" }),
    );
  });

  it.each([0, -2, Infinity, NaN])("refuses %p degrees of freedom", (degreesOfFreedom) => {
    expect(() => studentTQuantile(0.975, degreesOfFreedom)).toThrow(
      expect.objectContaining({ functionName: "studentTQuantile", reason: "range" }),
    );
  });
});

describe("studentTTwoSidedPValue", () => {
  it.each([
    [-2.5, 4, 0.06676654481198814],
    [1.2, 10, 0.2577963007243057],
    [-10, 385, 4.400335077648391e-21],
    [-0.3, 2, 0.7924856608401776],
    [3.1, 1, 0.1986521843982371],
    [-8.5, 3, 0.0034196914163444774],
  ])("p(%p, %p) matches mpmath 40 digits", (t, degreesOfFreedom, expected) => {
    expectRelativelyClose(studentTTwoSidedPValue(t, degreesOfFreedom), expected, 1e-14);
  });

  it("is symmetric in t and 1 at t = 0", () => {
    expect(studentTTwoSidedPValue(2.1, 6)).toBe(studentTTwoSidedPValue(-2.1, 6));
    expect(studentTTwoSidedPValue(0, 7)).toBe(1);
  });

  it("refuses a NaN statistic", () => {
    expect(() => studentTTwoSidedPValue(NaN, 5)).toThrow(
      "studentTTwoSidedPValue needs a t statistic that is a number (got NaN)",
    );
  });

  it("refuses non-positive or infinite degrees of freedom", () => {
    expect(() => studentTTwoSidedPValue(1, 0)).toThrow(
      expect.objectContaining({ functionName: "studentTTwoSidedPValue", reason: "range" }),
    );
    expect(() => studentTTwoSidedPValue(1, Infinity)).toThrow(
      expect.objectContaining({ functionName: "studentTTwoSidedPValue", reason: "range" }),
    );
  });
});
