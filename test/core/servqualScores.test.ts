import { describe, it, expect } from "@jest/globals";
import fc from "fast-check";
import {
  CoreInputError,
  servqualScores,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
  type Answer,
  type DimensionWeights,
} from "../../src/core";
import { deepFreeze, expectRelativelyClose, readFixtureRows } from "./helpers";
import { assertProperty } from "../seededProperty";

// Five respondents, six items in three interleaved dimensions (order of first appearance:
// reliability, tangibles, empathy). Respondent 2 has an unpaired tangibles item (no expectation),
// respondent 3 has no paired empathy item at all, respondent 4 has a half-point answer.
const dimensionOfItem = deepFreeze([
  "reliability",
  "tangibles",
  "reliability",
  "empathy",
  "tangibles",
  "empathy",
]);
const perception = deepFreeze([
  [4, 5, 3, 4, 4, 5],
  [5, 4, null, 3, 5, 2],
  [3, 3, 4, null, 2, null],
  [5, null, 4.5, 4, 3, 4],
  [2, 4, 3, 5, 4, 3],
]);
const expectation = deepFreeze([
  [5, 5, 4, 5, 4, 5],
  [5, 5, 4, 4, null, 3],
  [4, 4, 5, 5, 3, 5],
  [5, 4, 5, null, 4, 4],
  [3, 3, 4, 5, 5, 4],
]);

// NumPy 2.4: per respondent, means over the dimension's paired items; then means over respondents.
const numpyDimensions = [
  { key: "reliability", expectation: 4.5, perception: 3.85, gap: -0.6499999999999999, respondents: 5 },
  { key: "tangibles", expectation: 4.2, perception: 3.6, gap: -0.6000000000000001, respondents: 5 },
  { key: "empathy", expectation: 4.25, perception: 3.75, gap: -0.5, respondents: 4 },
];

function expectDimensionsLikeNumpy(result: ReturnType<typeof servqualScores>): void {
  expect(result.dimensions.map((d) => d.key)).toEqual(["reliability", "tangibles", "empathy"]);
  result.dimensions.forEach((dimension, d) => {
    const want = numpyDimensions[d]!;
    expect(dimension.respondents).toBe(want.respondents);
    expectRelativelyClose(dimension.expectation, want.expectation, 1e-15);
    expectRelativelyClose(dimension.perception, want.perception, 1e-15);
    expectRelativelyClose(dimension.gap, want.gap, 1e-14, 5);
    expect(dimension.gap).toBe(dimension.perception - dimension.expectation);
  });
  // NumPy 2.4: means of the dimension columns 4.316666666666666, 3.733333333333333; gap -0.5833333333333335
  expectRelativelyClose(result.overall.expectation, 4.316666666666666, 1e-15);
  expectRelativelyClose(result.overall.perception, 3.733333333333333, 1e-15);
  expectRelativelyClose(result.overall.gap, -0.5833333333333335, 1e-14, 5);
  expect(result.overall.gap).toBe(result.overall.perception - result.overall.expectation);
}

describe("servqualScores", () => {
  it("averages within dimension per respondent, then over respondents (NumPy)", () => {
    const result = servqualScores(perception, expectation, dimensionOfItem);
    expectDimensionsLikeNumpy(result);
    expect(result.overall.weightedScore).toBeUndefined();
    expect(result.dimensions[0]!.weight).toBeUndefined();
  });

  it("weights shared points by their share of the total (NumPy)", () => {
    const result = servqualScores(
      perception,
      expectation,
      dimensionOfItem,
      deepFreeze({ kind: "shared", points: [30, 50, 20] }),
    );
    expectDimensionsLikeNumpy(result);
    // NumPy 2.4: weights / sum, times the gaps
    const weights = [0.3, 0.5, 0.2];
    const weightedGaps = [-0.19499999999999998, -0.30000000000000004, -0.1];
    result.dimensions.forEach((dimension, d) => {
      expect(dimension.weight).toBe(weights[d]);
      expectRelativelyClose(dimension.weightedGap, weightedGaps[d]!, 1e-15);
    });
    expectRelativelyClose(result.overall.weightedScore, -0.595, 1e-15); // NumPy 2.4
    expect(result.overall.weightedScore).toBe(result.dimensions.reduce((sum, d) => sum + d.weightedGap!, 0));
  });

  it("gives the same weighted score for any total of points", () => {
    const hundred = servqualScores(perception, expectation, dimensionOfItem, {
      kind: "shared",
      points: [30, 50, 20],
    });
    const ten = servqualScores(perception, expectation, dimensionOfItem, {
      kind: "shared",
      points: [3, 5, 2],
    });
    expect(ten.overall.weightedScore).toBe(hundred.overall.weightedScore);
  });

  it("weights per respondent, then averages over respondents with weights and every dimension (NumPy)", () => {
    // Respondent 3 lacks empathy and respondent 4 has a missing weight: both leave the weighted score.
    const points = deepFreeze([
      [40, 40, 20],
      [10, 60, 30],
      [30, 30, 40],
      [null, 50, 50],
      [0, 50, 50],
    ]);
    const result = servqualScores(perception, expectation, dimensionOfItem, {
      kind: "perRespondent",
      points,
    });
    expectDimensionsLikeNumpy(result);
    // NumPy 2.4 over the three weighted respondents
    const weights = [0.16666666666666666, 0.5, 0.3333333333333333];
    const weightedGaps = [-0.13333333333333333, -0.19999999999999998, -0.21666666666666667];
    result.dimensions.forEach((dimension, d) => {
      expectRelativelyClose(dimension.weight, weights[d]!, 1e-15);
      expectRelativelyClose(dimension.weightedGap, weightedGaps[d]!, 1e-15);
    });
    expectRelativelyClose(result.overall.weightedScore, -0.5499999999999999, 1e-15);
    expectRelativelyClose(
      result.dimensions.reduce((sum, d) => sum + d.weight!, 0),
      1,
      1e-15,
    );
  });

  it("scores the standard 22-item questionnaire (NumPy)", () => {
    // Deterministic answers 1–7 with blanks, generated the same way in the NumPy reference script.
    const rows = 30;
    const p: Answer[][] = [];
    const e: Answer[][] = [];
    for (let r = 0; r < rows; r++) {
      p.push(Array.from({ length: 22 }, (_, j) => ((r + j) % 11 === 0 ? null : 1 + ((r * 7 + j * 3) % 7))));
      e.push(
        Array.from({ length: 22 }, (_, j) => ((r * 3 + j) % 13 === 5 ? null : 1 + ((r * 5 + j * 2 + 3) % 7))),
      );
    }
    const result = servqualScores(deepFreeze(p), deepFreeze(e), STANDARD_SERVQUAL_DIMENSION_OF_ITEM, {
      kind: "shared",
      points: [20, 30, 15, 20, 15],
    });
    const numpy = [
      ["tangibles", 3.969444444444444, 3.766666666666667, -0.040555555555555414],
      ["reliability", 4.145555555555556, 3.6322222222222225, -0.15400000000000008],
      ["responsiveness", 3.8916666666666666, 4.466666666666667, 0.08625000000000002],
      ["assurance", 3.944444444444444, 4.205555555555555, 0.05222222222222213],
      ["empathy", 3.923888888888889, 3.3755555555555565, -0.08224999999999986],
    ] as const;
    result.dimensions.forEach((dimension, d) => {
      const [key, e, p, weightedGap] = numpy[d]!;
      expect(dimension.key).toBe(key);
      expect(dimension.respondents).toBe(30);
      expectRelativelyClose(dimension.expectation, e, 1e-15);
      expectRelativelyClose(dimension.perception, p, 1e-15);
      expectRelativelyClose(dimension.weightedGap, weightedGap, 1e-14, 1);
    });
    expectRelativelyClose(result.overall.gap, -0.08566666666666611, 1e-14, 5); // NumPy 2.4
    expectRelativelyClose(result.overall.weightedScore, -0.1383333333333332, 1e-14, 1); // NumPy 2.4
  });

  it("keeps full precision over many respondents (compensated sums)", () => {
    // 131,072 respondents whose mean expectation is 13/3 and mean perception 11/3 on the one dimension:
    // the dimension means must be the doubles nearest 13/3 and 11/3 (a plain running sum drifts by ~1e-12).
    const rows = 131072;
    const e = Array.from({ length: rows }, () => [4, 4, 5]);
    const p = Array.from({ length: rows }, () => [4, 3, 4]);
    const result = servqualScores(p, e, ["a", "a", "a"]);
    expect(result.dimensions[0]!.expectation).toBe(13 / 3);
    expect(result.dimensions[0]!.perception).toBe(11 / 3);
    expect(result.dimensions[0]!.respondents).toBe(rows);
  });

  it("adds the weighted gaps up to the weighted score and the weights up to 1 (fast-check)", () => {
    const weight = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 }));
    const survey = fc.integer({ min: 1, max: 10 }).chain((rows) =>
      fc.record({
        p: fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 4, maxLength: 4 }), {
          minLength: rows,
          maxLength: rows,
        }),
        e: fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 4, maxLength: 4 }), {
          minLength: rows,
          maxLength: rows,
        }),
        w: fc.array(fc.array(weight, { minLength: 2, maxLength: 2 }), { minLength: rows, maxLength: rows }),
      }),
    );
    assertProperty(
      fc.property(survey, ({ p, e, w }) => {
        const points = w.map((row) => (row[0] === 0 && row[1] === 0 ? [1, row[1]!] : row));
        const usable = points.some((row) => row.every((v) => typeof v === "number"));
        const run = () => servqualScores(p, e, ["x", "y", "x", "y"], { kind: "perRespondent", points });
        if (!usable) {
          expect(run).toThrow(expect.objectContaining({ reason: "insufficient" }));
          return;
        }
        const result = run();
        const sum = result.dimensions.reduce((total, d) => total + d.weightedGap!, 0);
        expect(result.overall.weightedScore).toBe(sum);
        expectRelativelyClose(
          result.dimensions.reduce((total, d) => total + d.weight!, 0),
          1,
          1e-15,
        );
      }),
    );
  });

  describe("against the published hospital survey (PMC6131925, Table 2)", () => {
    const [, ...table] = readFixtureRows("servqual-published-summary.csv");
    const published = table.map(([dimension, e, , p, , gap]) => ({
      key: dimension!.toLowerCase(),
      expectation: Number(e),
      perception: Number(p),
      gap: Number(gap),
    }));

    it("uses the sign convention gap = perception − expectation", () => {
      expect(published.map((row) => row.key)).toEqual([
        "tangibles",
        "reliability",
        "responsiveness",
        "assurance",
        "empathy",
      ]);
      for (const row of published) {
        expect(row.gap).toBeLessThan(0); // perception below expectation in every dimension
        expect(Math.abs(row.perception - row.expectation - row.gap)).toBeLessThanOrEqual(0.01 + 1e-12);
      }
    });

    it("reproduces the published dimension means and gaps from answers that average to them", () => {
      // Two respondents per dimension mean m: one answers m + 0.25 on every item, the other m − 0.25.
      const dimensionIndex = STANDARD_SERVQUAL_DIMENSION_OF_ITEM.map((key) =>
        published.findIndex((row) => row.key === key),
      );
      const row = (field: "expectation" | "perception", offset: number) =>
        dimensionIndex.map((d) => published[d]![field] + offset);
      const result = servqualScores(
        [row("perception", 0.25), row("perception", -0.25)],
        [row("expectation", -0.25), row("expectation", 0.25)],
        STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
      );
      result.dimensions.forEach((dimension, d) => {
        const want = published[d]!;
        expect(dimension.key).toBe(want.key);
        expectRelativelyClose(dimension.expectation, want.expectation, 1e-15);
        expectRelativelyClose(dimension.perception, want.perception, 1e-15);
        expect(Math.abs(dimension.gap - want.gap)).toBeLessThanOrEqual(0.01 + 1e-12); // published to 2 decimals
      });
      // Unweighted overall gap: mean of the five dimension gaps, (-0.25 - 0.13 - 0.13 - 0.18 - 0.16) / 5 = -0.17
      expectRelativelyClose(result.overall.gap, -0.17, 1e-13);
    });
  });

  describe("errors", () => {
    it("needs at least one item label", () => {
      expect(() => servqualScores([[]], [[]], [])).toThrow(
        expect.objectContaining({ functionName: "servqualScores", reason: "empty" }),
      );
    });

    it("needs at least one respondent", () => {
      expect(() => servqualScores([], [], ["a"])).toThrow("servqualScores needs at least one respondent row");
    });

    it("needs the same number of rows", () => {
      expect(() => servqualScores([[1]], [[1], [2]], ["a"])).toThrow(
        expect.objectContaining({ functionName: "servqualScores", reason: "shape" }),
      );
    });

    it("needs one label per item column", () => {
      expect(() => servqualScores([[1, 2]], [[1, 2, 3]], ["a", "b"])).toThrow(
        "servqualScores needs every perception and expectation row to have 2 items, one per dimensionOfItem label (row 1 has 2 and 3)",
      );
    });

    it("needs a paired answer in every dimension", () => {
      expect(() => servqualScores([[4, null]], [[5, 5]], ["tangibles", "reliability"])).toThrow(
        new CoreInputError(
          "servqualScores",
          "insufficient",
          "at least one respondent with a paired answer in dimension reliability",
        ),
      );
    });

    it("refuses non-finite answers", () => {
      expect(() => servqualScores([[4, NaN]], [[5, 5]], ["a", "a"])).toThrow(
        expect.objectContaining({ functionName: "servqualScores", reason: "range" }),
      );
    });

    const cases: Array<[string, DimensionWeights, CoreInputError["reason"]]> = [
      ["shared weights of the wrong count", { kind: "shared", points: [1] }, "shape"],
      ["a negative shared weight", { kind: "shared", points: [1, -1] }, "range"],
      ["a non-finite shared weight", { kind: "shared", points: [1, NaN] }, "range"],
      ["all-zero shared weights", { kind: "shared", points: [0, 0] }, "range"],
      ["per-respondent weights of the wrong row count", { kind: "perRespondent", points: [[1, 1]] }, "shape"],
      ["a per-respondent row of the wrong width", { kind: "perRespondent", points: [[1, 1], [1]] }, "shape"],
      [
        "a negative per-respondent weight",
        {
          kind: "perRespondent",
          points: [
            [1, 1],
            [1, -2],
          ],
        },
        "range",
      ],
      [
        "an all-zero per-respondent row",
        {
          kind: "perRespondent",
          points: [
            [1, 1],
            [0, 0],
          ],
        },
        "range",
      ],
      [
        "an infinite per-respondent weight",
        {
          kind: "perRespondent",
          points: [
            [1, 1],
            [1, Infinity],
          ],
        },
        "range",
      ],
      [
        "no respondent able to carry weights",
        {
          kind: "perRespondent",
          points: [
            [null, 1],
            [1, null],
          ],
        },
        "insufficient",
      ],
    ];
    it.each(cases)("refuses %s", (_, weights, reason) => {
      expect(() =>
        servqualScores(
          [
            [4, 4],
            [3, 5],
          ],
          [
            [5, 5],
            [4, 4],
          ],
          ["a", "b"],
          weights,
        ),
      ).toThrow(expect.objectContaining({ functionName: "servqualScores", reason }));
    });
  });

  it("always reports gap === perception − expectation, bit for bit (fast-check)", () => {
    const answer = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 1, max: 7 }),
      fc.double({ min: -10, max: 10, noNaN: true }),
    );
    const survey = fc
      .record({
        items: fc.integer({ min: 1, max: 8 }),
        rows: fc.integer({ min: 1, max: 12 }),
        dimensions: fc.integer({ min: 1, max: 4 }),
      })
      .chain(({ items, rows, dimensions }) =>
        fc.record({
          labels: fc.array(fc.integer({ min: 0, max: dimensions - 1 }).map(String), {
            minLength: items,
            maxLength: items,
          }),
          p: fc.array(fc.array(answer, { minLength: items, maxLength: items }), {
            minLength: rows,
            maxLength: rows,
          }),
          e: fc.array(fc.array(answer, { minLength: items, maxLength: items }), {
            minLength: rows,
            maxLength: rows,
          }),
        }),
      );
    assertProperty(
      fc.property(survey, ({ labels, p, e }) => {
        let result;
        try {
          result = servqualScores(p, e, labels);
        } catch (error) {
          // The only acceptable failure: a dimension without any paired answer.
          expect(error).toBeInstanceOf(CoreInputError);
          expect((error as CoreInputError).reason).toBe("insufficient");
          return;
        }
        for (const dimension of result.dimensions) {
          expect(Object.is(dimension.gap, dimension.perception - dimension.expectation)).toBe(true);
          expect(Number.isFinite(dimension.gap)).toBe(true);
        }
        expect(Object.is(result.overall.gap, result.overall.perception - result.overall.expectation)).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("servqualScores dimension labels", () => {
  it("labels differing only in case are one dimension, keyed by the first spelling (Excel's MATCH ignores case)", () => {
    // by hand: respondent 1 P (4+3)/2 = 3.5, E (5+4)/2 = 4.5; respondent 2 P 5, E 5 → P 4.25, E 4.75
    const result = servqualScores(
      [
        [4, 3],
        [5, null],
      ],
      [
        [5, 4],
        [5, 5],
      ],
      ["Speed", "SPEED"],
    );
    expect(result.dimensions).toHaveLength(1);
    expect(result.dimensions[0]).toMatchObject({
      key: "Speed",
      perception: 4.25,
      expectation: 4.75,
      respondents: 2,
    });
  });

  it("labels that are JavaScript property names are labels like any other", () => {
    const result = servqualScores([[4, 3]], [[5, 5]], ["constructor", "__proto__"]);
    expect(result.dimensions.map((d) => d.key)).toEqual(["constructor", "__proto__"]);
  });
});
