import { describe, expect, it } from "@jest/globals";
import * as fc from "fast-check";
import { CoreInputError, normalCdf, normalQuantile, normalTwoSidedPValue } from "../../src/core";
import { assertProperty } from "../seededProperty";

/** How many doubles apart two finite numbers of the same sign are. */
function ulpsBetween(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const difference = bits[0]! - bits[1]!;
  return Number(difference < 0n ? -difference : difference);
}

// Reference values: mpmath 1.3.0 at 60 digits (ncdf; erfc(|z|/√2) for the two-sided p) and at 420 digits
// for the quantile (√2·erfinv(2p − 1), enough digits that 2p − 1 loses nothing even at p = 1e-300), evaluated
// at the very doubles passed here and rounded to the nearest double.
describe("normalQuantile against mpmath", () => {
  it.each([
    [1e-300, -37.0470962993612],
    [1e-200, -30.20559417957964],
    [1e-100, -21.273453560965326],
    [1e-50, -14.933337534788489],
    [1e-20, -9.262340089798407],
    [1e-12, -7.034483825301132],
    [1.4e-11, -6.656723091518184],
    [1e-8, -5.612001244174789],
    [1e-5, -4.264890793922825],
    [0.001, -3.0902323061678136],
    [0.01, -2.326347874040841],
    [0.025, -1.9599639845400543],
    [0.05, -1.6448536269514726],
    [0.074, -1.4466320671589785],
    [0.075, -1.439531470938456],
    [0.076, -1.4325027208258116],
    [0.1, -1.2815515655446004],
    [0.3, -0.5244005127080408],
    [0.4999, -0.00025066283008800747],
    [0.5000001, 2.506628273311648e-7],
    [0.6, 0.2533471031357997],
    [0.8, 0.8416212335729144],
    [0.9, 1.2815515655446006],
    [0.95, 1.6448536269514722],
    [0.975, 1.9599639845400538],
    [0.99, 2.3263478740408408],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.9999, 3.7190164854557084],
    [0.9999999999, 6.361340889697422],
    [1 - 2 ** -53, 8.209536151601387],
  ])("quantile(%p) is within 2 ulps of %p", (probability, expected) => {
    expect(ulpsBetween(normalQuantile(probability), expected)).toBeLessThanOrEqual(2);
  });

  it("is exactly 0 at ½ and odd about it (for u ≥ ½, 1 − u is exact)", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const u of [0.7, 0.9, 0.99, 0.99999, 0.6]) expect(normalQuantile(u)).toBe(-normalQuantile(1 - u));
  });

  it.each([0, 1, -0.1, 1.5, NaN])("refuses the probability %p", (probability) => {
    expect(() => normalQuantile(probability)).toThrow(CoreInputError);
  });
});

describe("normalCdf against mpmath", () => {
  it.each([
    [-38, 2.88542835e-316],
    [-37.5, 4.605353009581955e-308],
    [-30, 4.906713927148187e-198],
    [-20, 2.7536241186062337e-89],
    [-12.5, 3.732564298877713e-36],
    [-8, 6.220960574271784e-16],
    [-6, 9.86587645037698e-10],
    [-5, 2.866515718791939e-7],
    [-3.2, 0.0006871379379158481],
    [-1.959963984540054, 0.025000000000000012],
    [-1, 0.15865525393145705],
    [-0.5, 0.3085375387259869],
    [-1e-5, 0.49999601057719606],
    [0, 0.5],
    [1e-10, 0.5000000000398942],
    [0.3, 0.6179114221889527],
    [1, 0.8413447460685429],
    [1.5, 0.9331927987311419],
    [2.5, 0.9937903346742238],
    [4, 0.9999683287581669],
    [7, 0.9999999999987201],
    [8.3, 1.0],
  ])("cdf(%p) is within 2 ulps of %p", (x, expected) => {
    // below 2.2e-308 the doubles are subnormal: there an ulp is an absolute 5e-324
    expect(ulpsBetween(normalCdf(x), expected)).toBeLessThanOrEqual(2);
  });

  it("refuses NaN", () => expect(() => normalCdf(NaN)).toThrow(CoreInputError));
});

describe("normalTwoSidedPValue against mpmath", () => {
  it.each([
    [0, 1],
    [1e-8, 0.9999999920211544],
    [0.5, 0.6170750774519738],
    [1.959963984540054, 0.050000000000000024],
    [2.5758293035489, 0.010000000000000024],
    [3.3, 0.000966848284767555],
    [5, 5.733031437583878e-7],
    [6.5, 8.032001167718236e-11],
    [8, 1.2441921148543568e-15],
    [10, 1.523970604832105e-23],
    [15, 7.341932398625502e-51],
    [25, 6.113393412765122e-138],
    [37, 1.1451142445049154e-299],
  ])("p(%p) is within 2 ulps of %p, for z and −z", (z, expected) => {
    expect(ulpsBetween(normalTwoSidedPValue(z), expected)).toBeLessThanOrEqual(2);
    expect(normalTwoSidedPValue(-z)).toBe(normalTwoSidedPValue(z));
  });

  it("is 0, not NaN, beyond the doubles, and refuses NaN", () => {
    expect(normalTwoSidedPValue(Infinity)).toBe(0);
    expect(() => normalTwoSidedPValue(NaN)).toThrow(CoreInputError);
  });
});

describe("quantile and CDF invert each other (seeded)", () => {
  it("cdf(quantile(p)) is p, up to what the CDF's slope makes of the quantile's last bit", () => {
    assertProperty(
      fc.property(fc.double({ min: 1e-300, max: 0.9999999, noNaN: true }), (p) => {
        const x = normalQuantile(p);
        // a relative error ε in x moves ln Φ by about x²·ε in the tail (d ln Φ/dx ≈ |x|)
        const tolerance = 1e-15 * Math.max(1, x * x) * p;
        expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 2000 },
    );
  });
});
