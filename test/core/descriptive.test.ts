import { describe, it, expect } from "@jest/globals";
import {
  CoreInputError,
  count,
  extent,
  mean,
  median,
  pearsonCorrelation,
  sampleStandardDeviation,
} from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";

// Ratings with missing answers mixed in; the frozen input proves no function mutates it.
const ratings = deepFreeze([4, null, 5, 3, 2, null, 5, 1, 4, 4.5]);

describe("count", () => {
  it("counts the present answers only", () => {
    expect(count(ratings)).toBe(8);
    expect(count([])).toBe(0);
    expect(count([null, null])).toBe(0);
  });
});

describe("mean", () => {
  it("skips missing answers", () => {
    expect(mean(ratings)).toBe(3.5625); // NumPy 2.4 mean of the 8 present values
  });

  it("keeps the digits that a one-pass sum loses around a large offset", () => {
    // mpmath 40 digits on these very doubles: 1000000000.25 (NumPy 2.4 mean: 1000000000.2500001)
    expectRelativelyClose(mean([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4]), 1000000000.25, 1e-16);
  });

  it("does not overflow for huge finite values", () => {
    expect(mean([1.5e308, 1.5e308])).toBe(1.5e308);
  });

  it("needs at least one answer", () => {
    expect(() => mean([null, null])).toThrow(
      new CoreInputError("mean", "insufficient", "at least one number"),
    );
  });

  it("refuses non-finite numbers", () => {
    expect(() => mean([1, NaN])).toThrow("mean needs finite numbers (value 2 is NaN)");
    expect(() => mean([Infinity])).toThrow(CoreInputError);
  });
});

describe("median", () => {
  it("takes the middle present answer", () => {
    expect(median(ratings)).toBe(4); // NumPy 2.4 median
  });

  it("averages the two middle answers of an even count", () => {
    expect(median([5, null, 1, 4, 2.5])).toBe(3.25); // NumPy 2.4 median
  });

  it("stays finite for huge values of opposite sign", () => {
    expect(median([1e308, 1.7e308])).toBe(1.35e308);
  });

  it("needs at least one answer", () => {
    expect(() => median([])).toThrow("median needs at least one number");
  });

  it("refuses non-finite numbers", () => {
    expect(() => median([NaN])).toThrow(expect.objectContaining({ functionName: "median", reason: "range" }));
  });
});

describe("sampleStandardDeviation", () => {
  it("uses n − 1 and skips missing answers", () => {
    expectRelativelyClose(sampleStandardDeviation(ratings), 1.4500615750472707); // NumPy 2.4 std(ddof=1)
  });

  it("is accurate around a large offset (two-pass)", () => {
    // mpmath 40 digits on these very doubles: 0.1290994140938780225 (NumPy 2.4 std(ddof=1) gives
    // 0.1290994140939514, off by 6e-13 relative)
    expectRelativelyClose(
      sampleStandardDeviation([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4]),
      0.129099414093878,
      1e-14,
    );
  });

  it("is 0 for constant answers", () => {
    expect(sampleStandardDeviation([3, 3, null, 3])).toBe(0);
  });

  it("needs at least two answers", () => {
    expect(() => sampleStandardDeviation([4, null])).toThrow(
      expect.objectContaining({ functionName: "sampleStandardDeviation", reason: "insufficient" }),
    );
  });

  it("refuses non-finite numbers", () => {
    expect(() => sampleStandardDeviation([1, -Infinity])).toThrow(
      expect.objectContaining({ functionName: "sampleStandardDeviation", reason: "range" }),
    );
  });

  it("refuses numbers whose squares overflow", () => {
    expect(() => sampleStandardDeviation([-1e300, 1e300])).toThrow(
      expect.objectContaining({ functionName: "sampleStandardDeviation", reason: "range" }),
    );
  });
});

describe("pearsonCorrelation", () => {
  const x = deepFreeze([1, 2, 3, null, 5, 6, 2.5, 4]);
  const y = deepFreeze([2, 4, 5, 1, 9, null, 3, 4.5]);

  it("uses pairwise complete observations", () => {
    // SciPy 1.17 pearsonr on the 6 complete pairs: 0.8855722783665713 (NumPy corrcoef: …714)
    expectRelativelyClose(pearsonCorrelation(x, y), 0.8855722783665713, 2e-16);
  });

  it("is exactly ±1 for a perfect line", () => {
    expect(pearsonCorrelation([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it("needs x and y of the same length", () => {
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(
      expect.objectContaining({ functionName: "pearsonCorrelation", reason: "shape" }),
    );
  });

  it("needs two complete pairs", () => {
    expect(() => pearsonCorrelation([1, null, 3], [1, 2, null])).toThrow(
      expect.objectContaining({ functionName: "pearsonCorrelation", reason: "insufficient" }),
    );
  });

  it("needs both variables to vary", () => {
    expect(() => pearsonCorrelation([1, 2, 3], [4, 4, 4])).toThrow(
      "pearsonCorrelation needs x and y values that vary (one of them is constant)",
    );
  });

  it("refuses non-finite numbers", () => {
    expect(() => pearsonCorrelation([1, NaN, 3], [1, 2, 3])).toThrow(
      expect.objectContaining({ functionName: "pearsonCorrelation", reason: "range" }),
    );
  });
});

describe("extent", () => {
  it("finds the smallest and largest of 300,000 values, more than a spread into Math.min can take", () => {
    // values in [0, 1) from a seeded linear congruential generator (Numerical Recipes' constants), with -7.5
    // and 9.25 planted: the answer is known by construction
    const values = new Float64Array(300_000);
    let state = 20261202;
    for (let i = 0; i < values.length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      values[i] = state / 2 ** 32;
    }
    values[123_456] = -7.5;
    values[234_567] = 9.25;
    expect(extent(values)).toEqual({ smallest: -7.5, largest: 9.25 });
    // what extent replaces: V8 refuses this many arguments
    expect(() => Math.min(...values)).toThrow(RangeError);
  });

  it("passes NaN over and gives Math.min()/Math.max()'s answer for no values", () => {
    expect(extent([3, NaN, 1, 4])).toEqual({ smallest: 1, largest: 4 });
    expect(extent([])).toEqual({ smallest: Infinity, largest: -Infinity });
  });
});
