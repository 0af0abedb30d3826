import { keyexp } from "../../src/functions/functions";
import { inLanguage, thrownBy } from "./helpers";

describe("CX.KEYEXP", () => {
  // Expected values: importance × (scale top − performance) and the ranking, NumPy 2.4
  // (np.argsort(-score, kind="stable") for ties in input order).
  test("sorted by score; the scale top inferred from performance (7 here)", () => {
    const result = keyexp([[6, 5, 4, 6]], [[5.5, 4, 6.5, 5.5]], [["Price", "Staff", "Speed", "Store"]]);
    expect(result).toEqual([
      ["Factor", "Importance", "Performance", "Shortfall", "Score", "Rank"],
      ["Staff", 5, 4, 3, 15, 1],
      ["Price", 6, 5.5, 1.5, 9, 2],
      ["Store", 6, 5.5, 1.5, 9, 3],
      ["Speed", 4, 6.5, 0.5, 2, 4],
    ]);
  });

  test("a stated scale top; columns of values; default names", () => {
    const result = keyexp([[4], [3]], [[3], [2]], undefined, [[10]]);
    expect(result.slice(1)).toEqual([
      ["Item 1", 4, 3, 7, 28, 1],
      ["Item 2", 3, 2, 8, 24, 2],
    ]);
  });

  test("a range of expectations: shortfall = max(expectation − performance, 0)", () => {
    const result = keyexp([[5, 4, 3]], [[4, 4.5, 2]], [["A", "B", "C"]], [[4.5, 4, 3.5]]);
    expect(result.slice(1)).toEqual([
      ["C", 3, 2, 1.5, 4.5, 1],
      ["A", 5, 4, 0.5, 2.5, 2],
      ["B", 4, 4.5, 0, 0, 3],
    ]);
  });

  test("respondent rows are averaged per column, skipping blanks and text (NumPy nanmean)", () => {
    const importance = [
      [5, 3, ""],
      [4, null, 2],
      [3, 4, "n/a"],
    ];
    const performance = [[3, 4, 1]];
    const result = keyexp(importance, performance, undefined, [[5]]);
    // Column means 4, 3.5, 2; shortfalls 2, 1, 4; scores 8, 3.5, 8.
    expect(result.slice(1)).toEqual([
      ["Item 1", 4, 3, 2, 8, 1],
      ["Item 3", 2, 1, 4, 8, 2],
      ["Item 2", 3.5, 4, 1, 3.5, 3],
    ]);
  });

  test("Chinese header and default names", () => {
    const result = inLanguage("zh-CN", () => keyexp([[1, 2]], [[3, 4]]));
    expect(result[0]).toEqual(["因素", "重要性", "表现", "不足", "得分", "排名"]);
    expect(
      result
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(["题项 1", "题项 2"]);
  });
});

describe("CX.KEYEXP ties as Excel shows the scores", () => {
  test("{1.7,0.3},{4.4,1.6},…,5: both scores show 1.02 (Python: 1.7 * 0.6 → 1.0199999999999994), so input order stands", () => {
    const result = keyexp([[1.7, 0.3]], [[4.4, 1.6]], [["A", "B"]], [[5]]);
    expect(result.slice(1).map((row) => [row[0], row[5]])).toEqual([
      ["A", 1],
      ["B", 2],
    ]);
  });
});

describe("CX.KEYEXP with values near 1e308", () => {
  test("a score beyond the range of numbers names its factor, in English and Chinese", () => {
    const call = () => keyexp([[1e308, 1]], [[1, 2]], [["Huge", "Small"]], [[1e308]]);
    const error = thrownBy(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Huge cannot be computed/);
    expect(inLanguage("zh-CN", () => thrownBy(call)).message).toMatch(/^Huge 无法计算/);
  });
});
