import { readFileSync } from "fs";
import { join } from "path";
import { servqual } from "../../src/functions/functions";
import { errorCell, inLanguage, thrownBy } from "./helpers";

interface ServqualFixture {
  perception: unknown[][];
  expectation: unknown[][];
  weightsPerRespondent: unknown[][];
}
// 8 respondents × 22 items, 1–7 answers with blanks (null, ""), text and a boolean; respondent 7
// skipped all Tangibles items. Weights: one row per respondent, respondent 8's first weight blank.
const fixture = JSON.parse(
  readFileSync(join(__dirname, "fixtures/servqual-8x22.json"), "utf8"),
) as ServqualFixture;

// Expected values (fixtures/reference_values.py): NumPy 2.4 over the fixture, following the
// SERVQUAL method step by step (per respondent the mean E and P of the dimension's paired items;
// means over respondents who have the dimension; overall = mean of the dimension columns; weights
// divided by their total).
const dimensions = [
  ["Tangibles", 4.869047619047619, 4.023809523809524],
  ["Reliability", 5.05, 4.1375],
  ["Responsiveness", 5.375, 3.364583333333333],
  ["Assurance", 4.802083333333334, 3.84375],
  ["Empathy", 5.1312500000000005, 3.8499999999999996],
] as const;
const overall = { expectation: 5.045476190476191, perception: 3.8439285714285716, gap: -1.2015476190476195 };

describe("CX.SERVQUAL", () => {
  test("22 columns use the standard dimensions; a header, one row per dimension, Overall (NumPy)", () => {
    const result = servqual(fixture.perception, fixture.expectation);
    expect(result[0]).toEqual(["Dimension", "Expectation", "Perception", "Gap", "Weight", "Weighted gap"]);
    expect(result).toHaveLength(7);
    dimensions.forEach(([name, expectation, perception], index) => {
      const row = result[index + 1]!;
      expect(row[0]).toBe(name);
      expect(row[1]).toBeCloseTo(expectation, 14);
      expect(row[2]).toBeCloseTo(perception, 14);
      expect(row[3]).toBeCloseTo(perception - expectation, 14);
      expect(row.slice(4)).toEqual(["", ""]);
    });
    const last = result[6]!;
    expect(last[0]).toBe("Overall");
    expect(last[1]).toBeCloseTo(overall.expectation, 14);
    expect(last[2]).toBeCloseTo(overall.perception, 14);
    expect(last[3]).toBeCloseTo(overall.gap, 14);
  });

  test("Gap is Perception − Expectation of its row, to the last bit", () => {
    for (const row of servqual(fixture.perception, fixture.expectation).slice(1)) {
      expect(row[3]).toBe((row[2] as number) - (row[1] as number));
    }
  });

  test("one row of weights for everyone: shares and the weighted score (NumPy)", () => {
    const result = servqual(fixture.perception, fixture.expectation, undefined, [[20, 30, 15, 20, 15]]);
    const shares = [0.2, 0.3, 0.15, 0.2, 0.15];
    const weighted = [
      -0.169047619047619, -0.2737499999999999, -0.3015625, -0.1916666666666668, -0.1921875000000001,
    ];
    shares.forEach((share, index) => {
      expect(result[index + 1]![4]).toBeCloseTo(share, 15);
      expect(result[index + 1]![5]).toBeCloseTo(weighted[index]!, 14);
    });
    expect(result[6]![4]).toBe(1);
    expect(result[6]![5]).toBeCloseTo(-1.1282142857142858, 14);
  });

  test("weights as a column are the same as a row", () => {
    const row = servqual(fixture.perception, fixture.expectation, undefined, [[20, 30, 15, 20, 15]]);
    const column = servqual(fixture.perception, fixture.expectation, undefined, [
      [20],
      [30],
      [15],
      [20],
      [15],
    ]);
    expect(column).toEqual(row);
  });

  test("one row of weights per respondent: weighted per respondent, then averaged (NumPy)", () => {
    const result = servqual(
      fixture.perception,
      fixture.expectation,
      null as never,
      fixture.weightsPerRespondent,
    );
    // Respondents with weights for every dimension and answers in every dimension: 6 of 8.
    const shares = [0.17500000000000002, 0.325, 0.15, 0.24166666666666667, 0.10833333333333334];
    const weighted = [
      -0.19305555555555554, -0.21833333333333335, -0.3597222222222222, -0.275, -0.14666666666666667,
    ];
    shares.forEach((share, index) => {
      expect(result[index + 1]![4]).toBeCloseTo(share, 14);
      expect(result[index + 1]![5]).toBeCloseTo(weighted[index]!, 14);
    });
    expect(result[6]![5]).toBeCloseTo(-1.192777777777778, 14);
  });

  test("dimensions label each item column; order of first appearance (published PMC6131925 Table 2)", () => {
    // Per-item summaries (one row each) of a hospital survey, one item per dimension: the gaps
    // P − E match the published ones (two decimals).
    const csv = readFileSync(join(__dirname, "../fixtures/servqual-published-summary.csv"), "utf8")
      .trim()
      .split("\n");
    const rows = csv.slice(1).map((line) => line.split(","));
    const names = [rows.map((row) => row[0]!)];
    const expectation = [rows.map((row) => Number(row[1]))];
    const perception = [rows.map((row) => Number(row[3]))];
    const result = servqual(perception, expectation, names);
    rows.forEach((row, index) => {
      expect(result[index + 1]![0]).toBe(row[0]);
      expect(result[index + 1]![3]).toBeCloseTo(Number(row[5]), 2);
    });
  });

  test("custom dimensions: labels repeat across items, numbers become text", () => {
    const perception = [
      [4, 5, 3, 2],
      [5, 5, 4, ""],
    ];
    const expectation = [
      [5, 5, 5, 4],
      [5, 4, 4, 4],
    ];
    const result = servqual(perception, expectation, [["Staff", "Rooms", "Staff", 2026]]);
    expect(result.map((row) => row[0])).toEqual(["Dimension", "Staff", "Rooms", 2026 + "", "Overall"]);
    // Staff: respondent 1 E (5+5)/2 = 5, P (4+3)/2 = 3.5; respondent 2 E 4.5, P 4.5 → E 4.75, P 4.
    expect(result[1]!.slice(1, 4)).toEqual([4.75, 4, 4 - 4.75]);
  });

  test("Chinese dimension names under a Chinese Office", () => {
    const result = inLanguage("zh-CN", () => servqual(fixture.perception, fixture.expectation));
    expect(result.map((row) => row[0])).toEqual([
      "维度",
      "有形性",
      "可靠性",
      "响应性",
      "保证性",
      "移情性",
      "总体",
    ]);
    expect(result[0]).toEqual(["维度", "期望", "感知", "差距", "权重", "加权差距"]);
  });

  test("an error cell in perception is that error", () => {
    const perception = fixture.perception.map((row) => [...row]);
    perception[3]![9] = errorCell("#N/A");
    const error = thrownBy(() => servqual(perception, fixture.expectation));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "perception has the error #N/A in row 4, column 10 of its range; correct or clear that cell.",
    );
  });
});

describe("CX.SERVQUAL on per-item summaries laid out as columns", () => {
  // Item means typed down a column (one cell per item) are summaries, as a row of them is: the
  // result must be the same as for the same numbers laid out as rows. Expected values by hand:
  // A = items 1–2, B = items 3–5; E(A) = (5 + 4) / 2 = 4.5, P(A) = (4 + 3) / 2 = 3.5, and so on.
  const perceptionMeans = [4, 3, 5, 4, 3];
  const expectationMeans = [5, 4, 5, 5, 5];
  const labels = ["A", "A", "B", "B", "B"];
  const column = (values: readonly unknown[]) => values.map((value) => [value]);

  test("one column of means in each range, dimensions as a column", () => {
    const result = servqual(column(perceptionMeans), column(expectationMeans), column(labels));
    expect(result).toEqual([
      ["Dimension", "Expectation", "Perception", "Gap", "Weight", "Weighted gap"],
      ["A", 4.5, 3.5, -1, "", ""],
      ["B", 5, 4, -1, "", ""],
      ["Overall", 4.75, 3.75, -1, "", ""],
    ]);
    expect(result).toEqual(servqual([perceptionMeans], [expectationMeans], [labels]));
  });

  test("22 item means in columns use the standard dimensions", () => {
    const means = fixture.perception[0]!.map((_, item) => (item % 7) + 1);
    const targets = means.map(() => 6);
    expect(servqual(column(means), column(targets))).toEqual(servqual([means], [targets]));
  });
});

describe("CX.SERVQUAL dimension names as Excel compares text", () => {
  const perception = [
    [4, 5, 3, 4],
    [5, 5, 4, 3],
  ];
  const expectation = [
    [5, 5, 5, 5],
    [5, 4, 5, 5],
  ];

  test("names differing only in case are one dimension, named as first written (README example: Tangibles 4.75/4.75, Reliability 5/3.5)", () => {
    const result = servqual(
      perception,
      expectation,
      [["Tangibles", "TANGIBLES", "Reliability", "reliability"]],
      [[40, 60]],
    );
    expect(result.map((row) => row[0])).toEqual(["Dimension", "Tangibles", "Reliability", "Overall"]);
    // by hand: Tangibles E (5+5)/2, (5+4)/2 → 4.75; P 4.5, 5 → 4.75; Reliability E 5; P 3.5, 3.5 → 3.5
    expect(result[1]!.slice(1, 4)).toEqual([4.75, 4.75, 0]);
    expect(result[2]!.slice(1, 4)).toEqual([5, 3.5, -1.5]);
    expect(result[3]![5]).toBeCloseTo(-0.9, 15); // 0.4 × 0 + 0.6 × −1.5
  });

  test.each(["Overall", "OVERALL", "overall", "总体"])(
    "a dimension named %s is refused (it would make two Overall rows), in English and Chinese",
    (name) => {
      const error = thrownBy(() =>
        servqual(perception, expectation, [[name, name, "Reliability", "Reliability"]]),
      );
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain(`"${name}", the name of the summary row`);
      const chinese = inLanguage("zh-CN", () =>
        thrownBy(() => servqual(perception, expectation, [[name, name, "Reliability", "Reliability"]])),
      );
      expect(chinese.message).toContain(`名为“${name}”的维度`);
    },
  );
});

describe("CX.SERVQUAL reads cells as they came only where the cell policy allows", () => {
  const perception = [
    [4, 5, 3, 4],
    [5, 5, 4, 3],
    [3, 4, 5, 5],
  ];
  const expectation = [
    [5, 5, 5, 5],
    [5, 4, 5, 5],
    [4, 4, 4, 4],
  ];
  const labels = [["Tangibles", "Tangibles", "Reliability", "Reliability"]];
  const withCell = (range: unknown[][], row: number, column: number, cell: unknown) =>
    range.map((cells, r) => cells.map((value, c) => (r === row && c === column ? cell : value)));

  test.each<[string, unknown]>([
    ["empty text", ""],
    ["text", "n/a"],
    ["a number stored as text (skipped, as AVERAGE does)", "4"],
    ["TRUE", true],
    ["NaN (a blank)", NaN],
  ])("%s scores like a blank cell", (_, cell) => {
    expect(servqual(withCell(perception, 1, 2, cell), expectation, labels)).toEqual(
      servqual(withCell(perception, 1, 2, null), expectation, labels),
    );
  });

  test("a formatted number (data type) counts as its number", () => {
    expect(
      servqual(
        withCell(perception, 1, 2, { type: "FormattedNumber", basicValue: 4, numberFormat: "0.0" }),
        expectation,
        labels,
      ),
    ).toEqual(servqual(perception, expectation, labels));
  });

  test("an error cell deep in the range is that error, naming the cell", () => {
    const error = thrownBy(() =>
      servqual(perception, withCell(expectation, 2, 3, errorCell("#N/A")), labels),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("row 3, column 4");
  });

  test("answers too large to add up name their dimension (English and Chinese)", () => {
    const huge = withCell(withCell(perception, 0, 2, 1.7e308), 0, 3, 1.7e308);
    const error = thrownBy(() => servqual(huge, expectation, labels));
    expect(error.message).toContain('Dimension "Reliability" cannot be computed');
    expect(inLanguage("zh-CN", () => thrownBy(() => servqual(huge, expectation, labels))).message).toContain(
      "维度“Reliability”无法计算",
    );
  });
});
