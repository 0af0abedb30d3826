import { gap } from "../../src/functions/functions";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

// Laid out as on the sheet: one row per respondent, one column per item; blanks arrive as null or
// "", and text and booleans are not answers.
const experience = [
  [4, 5, "", 3, 7, null],
  [3, null, "n/a", 4, 6, ""],
  [5, 4, 2, 5, 5, 3],
  [2, true, 3, 2, 7, null],
  [4, 3, 4, "", 4, "x"],
  [5, 5, 1, 4, 7, null],
  [3, 2, "", 3, 5, false],
];
const expectation = [
  [5, 5, 3, 4, 6, 2],
  [4, 4, 3, 5, 5, 3],
  [5, 3, 1, 6, 4, 5],
  [4, 4, 4, 3, 5, null],
  [3, 3, "", 4, 3, 4],
  [4, 5, 2, 5, 6, ""],
  [4, 4, 3, 4, 4, 4],
];

// Expected values (fixtures/reference_values.py): NumPy 2.4 (mean, std ddof=1) and SciPy 1.17
// (t.ppf(0.975, n-1) for the CI, ttest_rel for t and p) over the pairs where both cells are numbers.
const reference = {
  n: [7, 5, 3, 6, 7, 1],
  gap: [-0.42857142857142855, -0.2, -0.3333333333333333, -1.0, 1.1428571428571428, -2.0],
  sd: [1.1338934190276817, 1.0954451150103324, 1.1547005383792517, 0.0, 0.37796447300922725],
  ciLow: [-1.4772479362049908, -1.5601747613165113, -3.201768486499642, -1.0, 0.7932983069792887],
  ciHigh: [0.6201050790621336, 1.1601747613165114, 2.535101819832975, -1.0, 1.4924159787349969],
  t: [-1.0, -0.408248290463863, -0.49999999999999994, undefined, 7.999999999999998],
  p: [0.3559176837495822, 0.7040000000000001, 0.6666666666666667, undefined, 0.00020346450207905082],
};

function expectClose(actual: unknown, expected: number, digits = 13): void {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, digits);
}

describe("CX.GAP", () => {
  test("one row of mean gaps, blanks, text and booleans skipped (NumPy)", () => {
    const result = gap(experience, expectation);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(6);
    reference.gap.forEach((expected, item) => expectClose(result[0]![item], expected, 15));
  });

  test("stats: labelled rows Gap, n, SD, CI low, CI high, t, p aligned under the items (NumPy, SciPy ttest_rel)", () => {
    const result = gap(experience, expectation, true);
    expect(result.map((row) => row[0])).toEqual(["Gap", "n", "SD", "CI low", "CI high", "t", "p"]);
    for (const row of result) expect(row).toHaveLength(7);
    const column = (item: number) => result.map((row) => row[item + 1]);
    for (let item = 0; item < 5; item++) {
      const [g, n, sd, low, high, t, p] = column(item);
      expectClose(g, reference.gap[item]!, 15);
      expect(n).toBe(reference.n[item]);
      expectClose(sd, reference.sd[item]!);
      expectClose(low, reference.ciLow[item]!);
      expectClose(high, reference.ciHigh[item]!);
      if (reference.t[item] === undefined) {
        // Item 4: every respondent's gap is −1, so t divides by a zero standard error.
        expect(errorIn(t).code).toBe("#DIV/0!");
        expect(errorIn(p).code).toBe("#DIV/0!");
      } else {
        expectClose(t, reference.t[item]!, 12);
        expectClose(p, reference.p[item]!, 12);
      }
    }
  });

  test("stats: an item with one pair has its gap and n, and explains SD, CI, t and p", () => {
    const result = gap(experience, expectation, true);
    expect(result[0]![6]).toBe(-2);
    expect(result[1]![6]).toBe(1);
    for (const row of result.slice(2)) {
      const error = errorIn(row[6]);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain("item 6");
      expect(error.message).toContain("it has 1");
    }
  });

  test("an item nobody answered in both ranges is a #VALUE! cell naming the item", () => {
    const result = gap(
      [
        [1, null],
        [2, ""],
      ],
      [
        [2, 3],
        [2, 4],
      ],
    );
    expect(result[0]![0]).toBe(-0.5);
    const error = errorIn(result[0]![1]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Item 2 has no respondent with numbers in both experience and expectation.");
  });

  test("an expectation row of item means stands against every respondent: one-sample t (SciPy ttest_1samp)", () => {
    const expectedPerItem = [[4.5, 4, 3, 4, 5, 3]];
    const result = gap(experience, expectedPerItem, true);
    // SciPy 1.17 ttest_1samp(experience column, popmean) over the numeric answers.
    expectClose(result[0]![1], 3.7142857142857144 - 4.5, 15);
    expectClose(result[5]![1], -1.8682571063385824, 12);
    expectClose(result[6]![1], 0.11094655531134967, 12);
    expect(result[1]![1]).toBe(7);
    expect(result[1]![2]).toBe(5);
  });

  test("an expectation column of item means is accepted like a row", () => {
    const row = gap(experience, [[4.5, 4, 3, 4, 5, 3]]);
    const column = gap(experience, [[4.5], [4], [3], [4], [5], [3]]);
    expect(column).toEqual(row);
  });

  test("two one-row summaries give the gaps; the statistics need respondents (#N/A)", () => {
    const result = gap([[4.2, 3.9]], [[4.5, 3.5]], true);
    expectClose(result[0]![1], 4.2 - 4.5, 15);
    expectClose(result[0]![2], 3.9 - 3.5, 15);
    const error = errorIn(result[3]![1]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("experience");
  });

  test("stats accepts 1/0 and TRUE/FALSE text; omitted or blank is FALSE", () => {
    expect(gap(experience, expectation, 1 as unknown as boolean)).toHaveLength(7);
    expect(gap(experience, expectation, "true" as unknown as boolean)).toHaveLength(7);
    expect(gap(experience, expectation, null as unknown as boolean)).toHaveLength(1);
    expect(gap(experience, expectation, 0 as unknown as boolean)).toHaveLength(1);
  });

  test("Chinese labels under a Chinese Office", () => {
    const result = inLanguage("zh-CN", () => gap(experience, expectation, true));
    expect(result.map((row) => row[0])).toEqual([
      "差距",
      "样本量",
      "标准差",
      "置信下限",
      "置信上限",
      "t 值",
      "p 值",
    ]);
  });

  test("inputs are not changed", () => {
    const copy = JSON.parse(JSON.stringify(experience)) as unknown;
    gap(experience, expectation, true);
    expect(experience).toEqual(copy);
  });

  test("an error cell makes the result that error, naming the argument and the cell", () => {
    const withError: unknown[][] = experience.map((row) => [...row]);
    withError[2]![1] = errorCell("#DIV/0!");
    const error = thrownBy(() => gap(expectation, withError));
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toContain("expectation");
  });
});

describe("CX.GAP with numbers as typed", () => {
  test("1,000 × 3, 999 × 1 and one 2 against 2: gap 0.0005 exactly (Python fractions: Fraction(1, 2000))", () => {
    const experience = [...Array<number>(1000).fill(3), ...Array<number>(999).fill(1), 2].map((x) => [x]);
    expect(gap(experience, [[2]])).toEqual([[0.0005]]);
  });

  test("gaps equal as typed (4.1 − 4, 3.1 − 3, …; Fraction: 1/10 each) have SD 0, and t and p are #DIV/0!", () => {
    const result = gap([[4.1], [3.1], [5.1], [2.1]], [[4], [3], [5], [2]], true);
    expect(result[2]).toEqual(["SD", 0]);
    expect(errorIn(result[5]![1]).code).toBe("#DIV/0!");
    expect(errorIn(result[6]![1]).code).toBe("#DIV/0!");
  });

  test("an item with answers near 1e308 gets its own message; the other item is computed", () => {
    const result = gap(
      [
        [1.7e308, 4],
        [1e308, 5],
      ],
      [
        [-1.7e308, 5],
        [0, 5],
      ],
    );
    expect(errorIn(result[0]![0]).message).toBe(
      "Item 1 cannot be computed: its answers in experience, expectation are too large to compute with (near 1e308). Check for a cell typed by mistake.",
    );
    expect(result[0]![1]).toBe(-0.5);
    const chinese = inLanguage("zh-CN", () => gap([[1.7e308], [1e308]], [[-1.7e308], [0]]));
    expect(errorIn(chinese[0]![0]).message).toContain("题项 1 无法计算");
  });
});

describe("CX.GAP reads cells as they came only where the cell policy allows", () => {
  const withCell = (range: unknown[][], row: number, column: number, cell: unknown) =>
    range.map((cells, r) => cells.map((value, c) => (r === row && c === column ? cell : value)));

  test.each<[string, unknown]>([
    ["empty text", ""],
    ["a number stored as text (skipped, as AVERAGE does)", "4"],
    ["TRUE", true],
    ["NaN (a blank)", NaN],
  ])("%s counts like a blank cell", (_, cell) => {
    expect(gap(withCell(experience, 2, 0, cell), expectation, true)).toEqual(
      gap(withCell(experience, 2, 0, null), expectation, true),
    );
  });

  test("a formatted number (data type) counts as its number; an error cell deep in the range is that error", () => {
    expect(
      gap(withCell(experience, 2, 0, { type: "Double", basicValue: 5, numberFormat: "0" }), expectation),
    ).toEqual(gap(experience, expectation));
    const error = thrownBy(() => gap(experience, withCell(expectation, 6, 5, errorCell("#REF!"))));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("row 7, column 6");
  });
});
