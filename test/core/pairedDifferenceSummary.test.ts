import { describe, it, expect } from "@jest/globals";
import { CoreInputError, itemGaps, pairedDifferenceSummary, satisfactionGap } from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";

const experience = deepFreeze([4, 5, 3, null, 2, 5, 4, 3, 5, 1]);
const expectation = deepFreeze([5, 5, 4, 4, null, 4, 5, 5, 5, 3]);

describe("pairedDifferenceSummary", () => {
  it("matches mpmath (40 digits) and SciPy's paired t-test on rows where both answers exist", () => {
    const summary = pairedDifferenceSummary(experience, expectation);
    expect(summary.n).toBe(8);
    expect(summary.degreesOfFreedom).toBe(7);
    expect(summary.mean).toBe(-0.75); // mpmath 40 digits: -0.75
    expectRelativelyClose(summary.sd, 1.0350983390135313); // mpmath 40 digits
    expectRelativelyClose(summary.standardError, 0.36596252735569995); // mpmath 40 digits
    // SciPy 1.17 ttest_rel: t = -2.0493901531919194, p = 0.07960201245519759; mpmath 40 digits below
    expectRelativelyClose(summary.t, -2.04939015319192);
    expectRelativelyClose(summary.p, 0.07960201245519766);
    // mpmath 40 digits: mean ∓ t(0.975, 7) · se
    expectRelativelyClose(summary.ciLow, -1.615363867359476);
    expectRelativelyClose(summary.ciHigh, 0.11536386735947599, 1e-14, 1);
  });

  it("takes another confidence level", () => {
    const summary = pairedDifferenceSummary(experience, expectation, 0.9);
    // mpmath 40 digits: mean ∓ t(0.95, 7) · se
    expectRelativelyClose(summary.ciLow, -1.4433447745927754);
    expectRelativelyClose(summary.ciHigh, -0.056655225407224556, 1e-14, 1);
  });

  it("leaves undefined what cannot be computed", () => {
    expect(pairedDifferenceSummary([null, 4], [3, null])).toEqual({
      n: 0,
      mean: undefined,
      sd: undefined,
      standardError: undefined,
      ciLow: undefined,
      ciHigh: undefined,
      t: undefined,
      p: undefined,
      degreesOfFreedom: undefined,
    });
    const one = pairedDifferenceSummary([4, null], [5, 3]);
    expect(one).toMatchObject({
      n: 1,
      mean: -1,
      sd: undefined,
      t: undefined,
      p: undefined,
      ciLow: undefined,
    });
  });

  it("has a zero-width interval and no t when every difference is the same", () => {
    const summary = pairedDifferenceSummary([4, 5, 3], [5, 6, 4]);
    expect(summary).toMatchObject({ n: 3, mean: -1, sd: 0, standardError: 0, ciLow: -1, ciHigh: -1 });
    expect(summary.t).toBeUndefined();
    expect(summary.p).toBeUndefined();
  });

  it("needs lists of the same length", () => {
    expect(() => pairedDifferenceSummary([1, 2], [1])).toThrow(
      expect.objectContaining({ functionName: "pairedDifferenceSummary", reason: "shape" }),
    );
  });

  it.each([0, 1, 95, NaN])("refuses confidence %p", (confidence) => {
    expect(() => pairedDifferenceSummary([1, 2], [2, 2], confidence)).toThrow(
      expect.objectContaining({ functionName: "pairedDifferenceSummary", reason: "range" }),
    );
  });

  it("refuses non-finite answers", () => {
    expect(() => pairedDifferenceSummary([1, Infinity], [2, 2])).toThrow(
      expect.objectContaining({ functionName: "pairedDifferenceSummary", reason: "range" }),
    );
  });
});

describe("satisfactionGap", () => {
  it("is the mean of experience − expectation over paired answers", () => {
    expect(satisfactionGap([4, 5], [5, 5])).toBe(-0.5);
    expect(satisfactionGap(experience, expectation)).toBe(-0.75); // mpmath 40 digits: -0.75
  });

  it("needs lists of the same length", () => {
    expect(() => satisfactionGap([4], [5, 5])).toThrow(
      expect.objectContaining({ functionName: "satisfactionGap", reason: "shape" }),
    );
  });

  it("needs one respondent with both answers", () => {
    expect(() => satisfactionGap([4, null], [null, 5])).toThrow(
      new CoreInputError(
        "satisfactionGap",
        "insufficient",
        "at least one respondent with both experience and expectation",
      ),
    );
  });

  it("refuses non-finite answers", () => {
    expect(() => satisfactionGap([NaN], [5])).toThrow(
      expect.objectContaining({ functionName: "satisfactionGap", reason: "range" }),
    );
  });
});

describe("itemGaps", () => {
  // 12 respondents × 3 items, blanks in both matrices
  const experienceRows = deepFreeze([
    [4, 5, null],
    [3, 4, 2],
    [5, 5, 3],
    [2, null, 4],
    [4, 3, 5],
    [5, 4, null],
    [3, 3, 3],
    [4, 5, 1],
    [null, 2, 4],
    [1, 4, 5],
    [5, 5, 5],
    [2, 3, 3],
  ]);
  const expectationRows = deepFreeze([
    [5, 5, 4],
    [4, 4, 3],
    [5, 4, 5],
    [3, 3, null],
    [5, 5, 5],
    [4, 5, 2],
    [3, 4, 4],
    [5, 5, 3],
    [4, 3, 4],
    [3, 5, 5],
    [5, 5, 4],
    [4, 4, 4],
  ]);

  // mpmath 40 digits, per column over rows where both answers exist
  const expected = [
    {
      n: 11,
      mean: -0.7272727272727273,
      sd: 0.9045340337332909,
      ciLow: -1.3349469596326202,
      ciHigh: -0.11959849491283431,
      t: -2.6666666666666665,
      p: 0.023627353197644717,
    },
    {
      n: 11,
      mean: -0.5454545454545454,
      sd: 0.8201995322647244,
      ciLow: -1.096472088811981,
      ciHigh: 0.005562997902890108,
      t: -2.2056438662814233,
      p: 0.05194242140716237,
    },
    {
      n: 9,
      mean: -0.6666666666666666,
      sd: 1,
      ciLow: -1.435334711734722,
      ciHigh: 0.1020013784013887,
      t: -2,
      p: 0.08051623795726268,
    },
  ];

  it("summarises every item column against mpmath", () => {
    const gaps = itemGaps(experienceRows, expectationRows);
    expect(gaps).toHaveLength(3);
    gaps.forEach((gap, j) => {
      const want = expected[j]!;
      expect(gap.n).toBe(want.n);
      expect(gap.degreesOfFreedom).toBe(want.n - 1);
      expectRelativelyClose(gap.mean, want.mean);
      expectRelativelyClose(gap.sd, want.sd);
      expectRelativelyClose(gap.t, want.t);
      expectRelativelyClose(gap.p, want.p);
      // bounds are a difference of numbers near 1: tolerance relative to that scale
      expectRelativelyClose(gap.ciLow, want.ciLow, 1e-14, 1);
      expectRelativelyClose(gap.ciHigh, want.ciHigh, 1e-14, 1);
    });
  });

  it("agrees with pairedDifferenceSummary column by column", () => {
    const gaps = itemGaps(experienceRows, expectationRows, 0.9);
    for (let j = 0; j < 3; j++) {
      const column = (rows: ReadonlyArray<ReadonlyArray<number | null>>) => rows.map((row) => row[j] ?? null);
      const single = pairedDifferenceSummary(column(experienceRows), column(expectationRows), 0.9);
      expect(gaps[j]!.n).toBe(single.n);
      expectRelativelyClose(gaps[j]!.mean, single.mean!, 1e-15);
      expectRelativelyClose(gaps[j]!.ciHigh, single.ciHigh!, 1e-15, 1);
    }
  });

  it("reports an item nobody answered on both sides with n = 0", () => {
    const gaps = itemGaps(
      [
        [4, null],
        [5, 3],
      ],
      [
        [5, 2],
        [5, null],
      ],
    );
    expect(gaps[0]).toMatchObject({ n: 2, mean: -0.5 });
    expect(gaps[1]).toMatchObject({ n: 0, mean: undefined });
  });

  it("needs the same number of rows", () => {
    expect(() => itemGaps([[1]], [[1], [2]])).toThrow(
      expect.objectContaining({ functionName: "itemGaps", reason: "shape" }),
    );
  });

  it("needs rows of the same width", () => {
    expect(() =>
      itemGaps(
        [[1, 2], [1]],
        [
          [1, 2],
          [1, 2],
        ],
      ),
    ).toThrow("itemGaps needs every experience and expectation row to have 2 items (row 2 has 1 and 2)");
  });

  it("needs at least one respondent", () => {
    expect(() => itemGaps([], [])).toThrow(
      expect.objectContaining({ functionName: "itemGaps", reason: "empty" }),
    );
  });

  it("needs at least one item", () => {
    expect(() => itemGaps([[]], [[]])).toThrow(
      expect.objectContaining({ functionName: "itemGaps", reason: "empty" }),
    );
  });

  it("refuses a confidence level outside (0, 1)", () => {
    expect(() => itemGaps([[1]], [[1]], 1.5)).toThrow(
      expect.objectContaining({ functionName: "itemGaps", reason: "range" }),
    );
  });

  it("refuses non-finite answers", () => {
    expect(() => itemGaps([[1, NaN]], [[1, 2]])).toThrow(
      "itemGaps needs finite answers (item 2 has a NaN or infinite answer)",
    );
  });
});
