import { kano } from "../../src/functions/functions";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

/*
 * The stp25kano README table (github.com/stp4/stp25kano, "Kano Analyse"): five features, 296 answers each,
 * with the published max category, M > O > A > I rule, total strength, category strength, CS+ (Better),
 * CS− (Worse) and Fong test. Respondent rows are built here from those counts, each category written with
 * several answer pairs of the evaluation table, as numbers, English and Chinese texts, followed by rows that
 * must not count (blanks, text, TRUE, one answer missing, numbers off the scale).
 */
type Cell = number | string | boolean | null;
const PAIRS: Record<string, Array<[Cell, Cell]>> = {
  M: [[2, 5], [3, 5], [4, 5], ["无所谓", "不喜欢"], ["I am neutral", "I dislike it that way"]],
  O: [[1, 5], ["I like it", "I dislike it"], ["喜欢", "不喜欢"]],
  A: [[1, 2], [1, 3], [1, 4], ["I like it", "I can live with it"]],
  I: [[2, 2], [3, 4], [4, 3], ["理所当然", "能忍受"]],
  R: [[5, 1], [2, 1], [5, 3]],
  Q: [[1, 1], [5, 5]],
}; // prettier-ignore
const UNCLASSIFIED: Array<[Cell, Cell]> = [["", 5], [1, null], [true, 5], ["n/a", "n/a"], [6, 1], [0, 5], [1.5, 5], [null, null]]; // prettier-ignore

const FEATURES: Array<[string, Record<string, number>]> = [
  ["Service app", { M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 }],
  ["Excellent service", { M: 101, O: 54, A: 54, I: 81, R: 3, Q: 3 }],
  ["Hotline", { M: 15, O: 24, A: 121, I: 124, R: 6, Q: 6 }],
  ["Loan machine", { M: 65, O: 87, A: 93, I: 51, R: 0, Q: 0 }],
  ["Ready-to-use return", { M: 9, O: 18, A: 83, I: 177, R: 6, Q: 3 }],
];

function surveyColumns(): { functional: Cell[][]; dysfunctional: Cell[][] } {
  const columns = FEATURES.map(([, counts]) => {
    const pairs: Array<[Cell, Cell]> = [];
    for (const [category, count] of Object.entries(counts))
      for (let i = 0; i < count; i++) pairs.push(PAIRS[category]![i % PAIRS[category]!.length]!);
    return [...pairs, ...UNCLASSIFIED];
  });
  const rows = columns[0]!.length;
  const row = (side: 0 | 1) =>
    Array.from({ length: rows }, (_, r) => columns.map((column) => column[r]![side]));
  return { functional: row(0), dysfunctional: row(1) };
}

const { functional, dysfunctional } = surveyColumns();
const labels = [FEATURES.map(([name]) => name)];

describe("CX.KANO on the stp25kano published table", () => {
  const result = kano(functional, dysfunctional, labels);

  test("header, and the tallies of each feature", () => {
    expect(result[0]).toEqual([
      "Feature", "n", "M", "O", "A", "I", "R", "Q", "Category", "Category strength", "Total strength", "Better",
      "Worse", "Significant",
    ]); // prettier-ignore
    expect(result.slice(1).map((row) => row.slice(0, 8))).toEqual(
      FEATURES.map(([name, c]) => [name, 296, c.M, c.O, c.A, c.I, c.R, c.Q]),
    );
  });

  test.each([
    // published: category (M > O > A > I rule), total strength, category strength (whole %), CS+, CS−, Fong
    [1, "One-dimensional", 0.89, 0.09, 0.568, -0.736, true],
    [2, "Must-be", 0.71, 0.07, 0.372, -0.534, true],
    [3, "Attractive", 0.54, 0.01, 0.511, -0.137, false],
    [4, "One-dimensional", 0.83, 0.02, 0.608, -0.514, false],
    [5, "Indifferent", 0.37, 0.32, 0.352, -0.094, true],
  ])("row %p as published", (row, category, total, strength, better, worse, significant) => {
    const [, , , , , , , , c, s, t, b, w, f] = result[row as number]!;
    expect(c).toBe(category);
    expect(t as number).toBeCloseTo(total as number, 2);
    expect(s as number).toBeCloseTo(strength as number, 2);
    expect(b as number).toBeCloseTo(better as number, 3);
    expect(w as number).toBeCloseTo(worse as number, 3);
    expect(f).toBe(significant);
  });

  test("Service app exactly (fractions of 296): 28/296, 263/296, 168/296, −218/296", () => {
    expect(result[1]!.slice(8)).toEqual([
      "One-dimensional",
      28 / 296,
      263 / 296,
      168 / 296,
      -218 / 296,
      true,
    ]);
  });

  test("in Chinese: headers and the category names 期望型, 必备型, 魅力型, 无差异型", () => {
    const chinese = inLanguage("zh-CN", () => kano(functional, dysfunctional, labels));
    expect(chinese[0]!.slice(0, 2)).toEqual(["功能", "样本量"]);
    expect(chinese[0]![8]).toBe("类别");
    expect(chinese.slice(1).map((row) => row[8])).toEqual([
      "期望型",
      "必备型",
      "魅力型",
      "期望型",
      "无差异型",
    ]);
  });
});

describe("CX.KANO arguments", () => {
  test("the JSDoc example: one each of O, A and M is Must-be by the tie rule; Better 2/3, Worse −2/3", () => {
    const [, row] = kano([[1], [1], [3]], [[5], [3], [5]], "Mobile app" as never);
    expect(row).toEqual(["Mobile app", 3, 1, 1, 1, 0, 0, 0, "Must-be", 0, 1, 2 / 3, -2 / 3, false]);
  });

  test("answer_scale 3 reads 1, 2, 3 as like, neutral, dislike (Q A O / R I M / R R Q)", () => {
    const f = [[1], [1], [1], [2], [2], [2], [3], [3], [3], [4]];
    const d = [[1], [2], [3], [1], [2], [3], [1], [2], [3], [3]];
    const [, row] = kano(f, d, undefined, 3);
    expect(row!.slice(0, 8)).toEqual(["Item 1", 9, 1, 1, 1, 1, 3, 2]);
    // with 5 points the same numbers mean other answers: 2 is must-be, 3 neutral (both "in between")
    expect(kano(f, d, undefined, 5)[1]!.slice(1, 8)).toEqual([10, 0, 0, 2, 5, 2, 1]);
  });

  test("tie_threshold: O 10 vs M 9 of 25 (kano-tallies.csv Feature 1) is Must-be by default, One-dimensional at 0", () => {
    const pairs = [
      ...Array(9).fill([3, 5]),
      ...Array(10).fill([1, 5]),
      [1, 3],
      [3, 3],
      [3, 3],
      [5, 1],
      [5, 1],
      [5, 1],
    ];
    const f = pairs.map(([x]) => [x]);
    const d = pairs.map(([, y]) => [y]);
    expect(kano(f, d)[1]![8]).toBe("Must-be");
    expect(kano(f, d, null as never, null, 0)[1]![8]).toBe("One-dimensional");
    expect(kano(f, d, [["Feature 1"]], [[5]], [[0.04]])[1]![8]).toBe("Must-be");
  });

  test("a feature without any classified pair shows n 0 and #VALUE! naming it; only R and Q give #DIV/0! Better", () => {
    const result = kano(
      [
        [1, 5, ""],
        ["x", 5, 2],
      ],
      [
        [null, 1, 4],
        [5, 5, true],
      ],
      [["Wi-Fi", "Parking", "Lounge"]],
    );
    expect(result[1]!.slice(0, 8)).toEqual(["Wi-Fi", 0, 0, 0, 0, 0, 0, 0]);
    expect(errorIn(result[1]![8]).message).toContain("Wi-Fi");
    expect(result[2]!.slice(1, 9)).toEqual([2, 0, 0, 0, 0, 1, 1, "Reverse"]);
    expect(errorIn(result[2]![11]).code).toBe("#DIV/0!");
    expect(errorIn(result[2]![12]).message).toContain("Parking");
  });

  test("an error cell in either range is that error, naming the argument and cell", () => {
    const error = thrownBy(() => kano([[1, 2]], [[5, errorCell("#N/A")]]));
    expect([error.code, error.message]).toEqual([
      "#N/A",
      "dysfunctional has the error #N/A in row 1, column 2 of its range; correct or clear that cell.",
    ]);
  });

  test("inputs are not changed", () => {
    const f = [[1, "I like it"]];
    const d = [[5, "不喜欢"]];
    const copy = JSON.stringify([f, d]);
    kano(f, d);
    expect(JSON.stringify([f, d])).toBe(copy);
  });
});
