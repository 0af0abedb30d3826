import { nps } from "../../src/functions/functions";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

// One row per respondent: the 0–10 answer, and the store; blanks, text and TRUE are missing answers, and
// store names differ only in case ("North", "north", "NORTH" are one store, as Excel compares text).
const scores = [10, 9, "", 7, 3, 8, 10, "n/a", 6, 9, 0, 5, 10, 9, 8, true, 2, 10, null, 9, 7, 4, 10, 8].map(
  (s) => [s],
);
const stores = ["North", "north", "North", "South", "South", "NORTH", "South", "South", "East", "East", "South", "North",
  "East", "South", "North", "East", "North", "South", "East", "East", "North", "South", "East", "North"].map((s) => [s]); // prettier-ignore

// Expected values: NumPy 2.4 on the +1/0/−1 scores (100·mean, 100·sqrt(var(ddof=0)/n)), SciPy 1.17
// norm.ppf(0.975) for the interval, norm.sf for the two-sided p of (NPS_g − NPS_rest)/sqrt(SE_g² + SE_rest²).
const EXPECTED: Array<[string, ...number[]]> = [
  ["North", 8, 0.25, 0.5, 0.25, 0, 25, -48.99909961350135, 48.99909961350135, -25, -0.6837634587578276, 0.4941245444092638],
  ["South", 7, 0.42857142857142855, 0.14285714285714285, 0.42857142857142855, 0, 34.99271061118826, -68.58445251936156,
    68.58445251936156, -23.076923076923077, -0.5570709367582445, 0.5774789636448814],
  ["East", 5, 0.8, 0, 0.2, 60, 35.777087639996644, -10.121803246126547, 100, 60, 1.4448629229028547, 0.14849639258584715],
  ["All", 20, 0.45, 0.25, 0.3, 15, 19.072231122760652, -22.380886105434797, 52.3808861054348],
]; // prettier-ignore

function expectRow(actual: unknown[], expected: Array<string | number>): void {
  expect(actual[0]).toBe(expected[0]);
  expected.slice(1).forEach((value, i) => expect(actual[i + 1] as number).toBeCloseTo(value as number, 12));
}

describe("CX.NPS", () => {
  test("published check: p_P = ½, p_D = ⅙, n = 324 → NPS 33.3, SE ≈ 4.14", () => {
    const answers = [...Array(162).fill(10), ...Array(108).fill(7), ...Array(54).fill(6)].map((s) => [s]);
    const [header, all] = nps(answers);
    expect(header).toEqual([
      "Group",
      "n",
      "Promoters",
      "Passives",
      "Detractors",
      "NPS",
      "SE",
      "CI low",
      "CI high",
    ]);
    expect(all![0]).toBe("All");
    expect(all![5] as number).toBeCloseTo(33.3, 1);
    expect(all![6] as number).toBeCloseTo(4.14, 2);
    // the README's row: NumPy 2.4 and SciPy 1.17 as above
    expectRow(all!, [
      "All",
      324,
      0.5,
      1 / 3,
      1 / 6,
      33.33333333333333,
      4.14086662499961,
      25.217383883550166,
      41.44928278311649,
    ]);
  });

  test("by store, in order of first appearance, then All (NumPy and SciPy)", () => {
    const result = nps(scores, stores);
    expect(result[0]).toEqual([
      "Group", "n", "Promoters", "Passives", "Detractors", "NPS", "SE", "CI low", "CI high", "Difference vs rest", "z", "p",
    ]); // prettier-ignore
    expect(result).toHaveLength(5);
    EXPECTED.forEach((expected, i) => expectRow(result[i + 1]!, expected));
    expect(result[4]!.slice(9)).toEqual(["", "", ""]);
  });

  test("without groups: the All row only, the same numbers", () => {
    const result = nps(scores);
    expect(result).toHaveLength(2);
    expectRow(result[1]!, EXPECTED[3]!);
  });

  test("the JSDoc example: NPS 20, SE 27.57 (NumPy), 95 % CI −34.0 to 74.0", () => {
    const [, all] = nps([[10], [9], [9], [8], [7], [6], [3], [10], [9], [0]]);
    expectRow(all!, [
      "All",
      10,
      0.5,
      0.2,
      0.3,
      20,
      27.568097504180443,
      -34.03247823048222,
      74.03247823048221,
    ]);
  });

  test("group labels are kept in Maps: constructor, __proto__ and toString are groups like any other", () => {
    const result = nps(
      [[10], [9], [3], [8], [10]],
      [["constructor"], ["__proto__"], ["toString"], ["Constructor"], [""]],
    );
    expect(result.map((row) => [row[0], row[1]])).toEqual([
      ["Group", "n"],
      ["constructor", 2],
      ["__proto__", 1],
      ["toString", 1],
      ["All", 5],
    ]);
  });

  test("a 90 % interval uses SciPy's norm.ppf(0.95) = 1.6448536269514722", () => {
    const [, all] = nps(scores, undefined, 0.9);
    expect(all![8] as number).toBeCloseTo(15 + 1.6448536269514722 * 19.072231122760652, 12);
  });

  test("one group holding everyone has no rest to compare with: #DIV/0! naming it", () => {
    const result = nps([[10], [3]], [["Online"], ["online"]]);
    expect(errorIn(result[1]![9]).message).toContain("Online");
    expect(errorIn(result[1]![11]).code).toBe("#DIV/0!");
  });

  test("in Chinese", () => {
    const result = inLanguage("zh-CN", () => nps(scores, stores));
    expect(result[0]!.slice(0, 3)).toEqual(["组别", "样本量", "推荐者"]);
    expect(result[4]![0]).toBe("全部");
  });

  test("a number that is not a whole number from 0 to 10 names its cell; error cells are errors", () => {
    expect(thrownBy(() => nps([[10], [7.5]])).message).toBe(
      "scores has 7.5 in row 2, column 1; NPS answers are whole numbers from 0 to 10.",
    );
    expect(thrownBy(() => nps([[10, 11]])).code).toBe("#VALUE!");
    expect(thrownBy(() => nps([[10], [9]], [["A"], [errorCell("#REF!")]])).message).toContain("groups");
  });
});
