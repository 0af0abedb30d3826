import { alpha } from "../../src/functions/functions";
import { readFixtureRows } from "../core/helpers";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

/** test/fixtures/cronbach-alpha-15x10.csv: Real Statistics example 1, pingouin's cronbach_alpha data. */
const published = readFixtureRows("cronbach-alpha-15x10.csv")
  .slice(1)
  .map((row) => row.map(Number));

/** The same respondents with rows that listwise deletion must drop: blanks, text, TRUE, "" . */
const withIncompleteRows: unknown[][] = [
  ...published.slice(0, 5),
  [3, null, 4, 1, 4, 5, 1, 4, 3, 2],
  ...published.slice(5, 10),
  ["n/a", 2, 4, 1, 4, 5, 1, 4, 3, 2],
  [true, 2, 4, 1, 4, 5, 1, 4, 3, ""],
  ...published.slice(10),
];

const close = (actual: unknown, expected: number, tolerance = 1e-13) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
};

describe("CX.ALPHA", () => {
  test("the published 15 × 10 example: alpha 0.5917188485995826 (pingouin), incomplete rows left out", () => {
    const [[value]] = alpha(withIncompleteRows as never) as [[number]];
    close(value, 0.5917188485995826);
  });

  test("JSDoc example: details give Feldt's interval [0.1949, 0.8398] (Real Statistics, pingouin) and the item table", () => {
    const block = alpha(withIncompleteRows as never, true, undefined, [
      ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"],
    ]);
    expect(block.map((row) => row.length)).toEqual(Array(18).fill(5));
    expect(block.slice(0, 8).map((row) => row[0])).toEqual([
      "Alpha",
      "CI low",
      "CI high",
      "Standardized alpha",
      "n",
      "k",
      "",
      "Item",
    ]);
    expect(block[6]).toEqual(["", "", "", "", ""]);
    expect(block[7]).toEqual(["Item", "Mean", "SD", "Item-rest r", "Alpha if deleted"]);
    expect((block[1]![1] as number).toFixed(4)).toBe("0.1949");
    expect((block[2]![1] as number).toFixed(4)).toBe("0.8398");
    // R 4: 1 - (1 - a) * qf(0.975, 14, 126) and qf(0.025, 14, 126), a = 0.5917188485995826
    close(block[1]![1], 0.19492139066312164, 1e-12);
    close(block[2]![1], 0.8398208146275434, 1e-12);
    // NumPy 2.4: k·r̄/(1 + (k − 1)·r̄) of np.corrcoef
    close(block[3]![1], 0.6343498015417943);
    expect((block[0]![1] as number).toFixed(6)).toBe("0.591719");
    expect((block[3]![1] as number).toFixed(4)).toBe("0.6343");
    expect(block[4]!.slice(0, 2)).toEqual(["n", 15]);
    expect(block[5]!.slice(0, 2)).toEqual(["k", 10]);
    // NumPy 2.4: mean, std(ddof=1), corrcoef with the sum of the other items, alpha of the other nine
    const expected = [
      ["Q1", 4.266666666666667, 1.7099150633319549, 0.5747667919844912, 0.46869032463399124],
      ["Q5", 3.8, 1.6987390281365427, -0.10758308249257417, 0.668489065606362],
      ["Q10", 3.533333333333333, 1.4573295865416045, 0.4336883559648062, 0.5225907821229049],
    ] as const;
    for (const [name, ...values] of expected) {
      const row = block.find((r) => r[0] === name)!;
      values.forEach((value, i) => close(row[i + 1], value));
    }
  });

  test("pairwise: each covariance over the respondents who answered both (R 4 cov/cor, use = pairwise.complete.obs)", () => {
    // the published data with cell (i, j) blanked where i + j is a multiple of 7 (1-based), as in the R script
    const holes = published.map((row, i) => row.map((value, j) => ((i + 1 + j + 1) % 7 === 0 ? "" : value)));
    const block = alpha(holes as never, true, "pairwise");
    close(block[0]![1], 0.53637255112485416);
    close(block[1]![1], 0.085785516890688696, 1e-12);
    close(block[2]![1], 0.81810704015503766, 1e-12);
    close(block[3]![1], 0.61294412267537879);
    expect(block[4]![1]).toBe(15);
    close(block[8]![1], 4.4615384615384617);
    close(block[8]![2], 1.5607361839521232);
    close(block[9]![1], 3.6153846153846154);
    close(block[9]![2], 1.0439078454267836);
    // listwise, no row of this data is complete: the message points to pairwise
    expect(thrownBy(() => alpha(holes as never)).message).toContain('"pairwise"');
  });

  test("a negative alpha is reported, not hidden (NumPy 2.4: k/(k − 1)·(1 − Σ var/var of total) = −12)", () => {
    const [[value]] = alpha([
      [1, 3],
      [2, 3],
      [3, 1],
    ] as never) as [[number]];
    close(value, -11.999999999999996);
  });

  test("two items: no alpha if deleted (blank); an item that never varies has no correlation (#DIV/0!)", () => {
    const block = alpha(
      [
        [1, 4, 2],
        [2, 4, 3],
        [3, 4, 5],
      ] as never,
      true,
    );
    expect(errorIn(block[3]![1]).code).toBe("#DIV/0!");
    expect(errorIn(block[9]![3]).code).toBe("#DIV/0!");
    const two = alpha(
      [
        [1, 2],
        [2, 3],
        [3, 5],
      ] as never,
      true,
    );
    expect(two[8]![4]).toBe("");
  });

  test("Chinese labels", () => {
    const block = inLanguage("zh-CN", () => alpha(published as never, true));
    expect(block[0]![0]).toBe("α 系数");
    expect(block[7]).toEqual(["项目", "均值", "标准差", "校正项总相关", "删除该项后的 α"]);
    expect(block[8]![0]).toBe("项目 1");
  });

  test("omitted optional arguments may be undefined or null", () => {
    expect(alpha(published as never, null as never, null as never, null as never)).toEqual(
      alpha(published as never),
    );
  });

  describe("errors", () => {
    test.each([
      ["one item column", () => alpha([[1], [2]] as never), "#VALUE!", "items"],
      [
        "fewer than 2 complete respondents",
        () =>
          alpha([
            [1, 2],
            [2, null],
          ] as never),
        "#VALUE!",
        "pairwise",
      ],
      [
        "a pair answered together by one respondent",
        () =>
          alpha(
            [
              [1, 2, null],
              [2, null, 3],
              [3, 4, 5],
            ] as never,
            false,
            "pairwise",
          ),
        "#VALUE!",
        "items 2 and 3",
      ],
      [
        "zero total variance",
        () =>
          alpha([
            [1, 3],
            [2, 2],
            [3, 1],
          ] as never),
        "#VALUE!",
        "same total",
      ],
      [
        "an unknown missing mode",
        () =>
          alpha(
            [
              [1, 2],
              [2, 3],
            ] as never,
            false,
            "some",
          ),
        "#VALUE!",
        "missing",
      ],
      [
        "a bad details switch",
        () =>
          alpha(
            [
              [1, 2],
              [2, 3],
            ] as never,
            "maybe" as never,
          ),
        "#VALUE!",
        "details",
      ],
      [
        "an error cell",
        () =>
          alpha([
            [1, errorCell("#N/A")],
            [2, 3],
          ] as never),
        "#N/A",
        "items",
      ],
      [
        "labels of the wrong count",
        () =>
          alpha(
            [
              [1, 2],
              [2, 3],
            ] as never,
            true,
            undefined,
            [["A"]],
          ),
        "#VALUE!",
        "labels",
      ],
    ])("%s", (_name, call, code, text) => {
      const error = thrownBy(call);
      expect(error.code).toBe(code);
      expect(error.message).toContain(text);
      const chinese = inLanguage("zh-CN", () => thrownBy(call));
      expect(chinese.code).toBe(code);
      expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
