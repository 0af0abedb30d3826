import { describe, expect, it } from "@jest/globals";
import {
  adjustPValues,
  segmentComparison,
  welchAnova,
  welchTTest,
  type PValueAdjustment,
} from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";

describe("welchTTest", () => {
  it("NAG g07cac's example (n 4 and 8, means 25 and 21, SD 0.8185 and 4.2083): t 2.5922, df 7.9925, p 0.0320", () => {
    const result = welchTTest(
      { n: 4, mean: 25, variance: 0.8185 ** 2 },
      { n: 8, mean: 21, variance: 4.2083 ** 2 },
    );
    expect(result.statistic.toFixed(4)).toBe("2.5922");
    expect(result.df.toFixed(4)).toBe("7.9925");
    expect(result.p.toFixed(4)).toBe("0.0320");
  });

  it("refuses groups of one and groups that never vary", () => {
    const insufficient = expect.objectContaining({ reason: "insufficient" });
    expect(() => welchTTest({ n: 1, mean: 1, variance: 0 }, { n: 3, mean: 1, variance: 1 })).toThrow(
      insufficient,
    );
    expect(() => welchTTest({ n: 2, mean: 1, variance: 0 }, { n: 3, mean: 2, variance: 0 })).toThrow(
      insufficient,
    );
  });
});

describe("welchAnova", () => {
  it("matches R 4 oneway.test(var.equal = FALSE) on the segments of test/functions/segments.test.ts", () => {
    // groups {5,4,5}, {3,2,3}, {4,5}, {4,2,6,5,3}, {7,6,6,5}
    const groups = [
      [5, 4, 5],
      [3, 2, 3],
      [4, 5],
      [4, 2, 6, 5, 3],
      [7, 6, 6, 5],
    ].map((values) => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
      return { n: values.length, mean, variance };
    });
    const result = welchAnova(deepFreeze(groups));
    expectRelativelyClose(result.statistic, 7.5572967678746341, 1e-13);
    expectRelativelyClose(result.df, 4.7840531561461788, 1e-13);
    expectRelativelyClose(result.p, 0.026224238203896452, 1e-12);
  });

  it("refuses fewer than 2 groups or a group that never varies", () => {
    expect(() => welchAnova([{ n: 3, mean: 1, variance: 1 }])).toThrow(
      expect.objectContaining({ reason: "insufficient" }),
    );
    expect(() =>
      welchAnova([
        { n: 3, mean: 1, variance: 1 },
        { n: 3, mean: 1, variance: 0 },
      ]),
    ).toThrow(expect.objectContaining({ reason: "insufficient" }));
  });
});

describe("adjustPValues", () => {
  // R 4: p.adjust(c(0.01, 0.04, 0.03, 0.2, 0.03), method)
  const p = deepFreeze([0.01, 0.04, 0.03, 0.2, 0.03]);
  it.each([
    ["holm", [0.05, 0.12, 0.12, 0.2, 0.12]],
    ["bh", [0.05, 0.05, 0.05, 0.2, 0.05]],
    ["none", [0.01, 0.04, 0.03, 0.2, 0.03]],
  ] as Array<[PValueAdjustment, number[]]>)("%s as R's p.adjust", (method, expected) => {
    adjustPValues(p, method).forEach((value, i) => expectRelativelyClose(value, expected[i]!, 1e-15));
  });
});

describe("segmentComparison", () => {
  it("a segment's rest is everyone else; input left untouched", () => {
    const result = segmentComparison(deepFreeze([4, 5, 2, 3]), deepFreeze([0, 0, 1, 1]), 2);
    expect(result.segments[0]!.difference).toBe(2);
    expect(result.all).toMatchObject({ n: 4, mean: 3.5 });
  });

  it("refuses a group index outside [0, groupCount)", () => {
    for (const groups of [
      [0, 2],
      [-1, 0],
    ]) {
      expect(() => segmentComparison([1, 2], groups, 2)).toThrow(
        expect.objectContaining({ reason: "range" }),
      );
    }
  });
});
