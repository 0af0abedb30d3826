import { segments } from "../../src/functions/functions";
import { readFixtureRows } from "../core/helpers";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

const close = (actual: unknown, expected: number, tolerance = 1e-12) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
};

/*
 * Scores with their segments as a sheet holds them: labels in mixed case ("constructor" and
 * "CONSTRUCTOR" are one segment, as Excel compares text: only EXACT is case-sensitive,
 * https://support.microsoft.com/en-us/excel/exact-function), labels that are special words in
 * JavaScript, a one-respondent segment, and respondents that must be left out (no score, or no label).
 */
const values = [
  [5],
  [4],
  [5],
  [3],
  [2],
  [3],
  [4],
  [5],
  [4],
  [2],
  [6],
  [5],
  [3],
  [7],
  [6],
  [6],
  [5],
  [1],
  [""],
  ["n/a"],
  [true],
  [4],
];
const labels = [
  ["constructor"],
  ["constructor"],
  ["CONSTRUCTOR"],
  ["__proto__"],
  ["__proto__"],
  ["__proto__"],
  ["East"],
  ["East"],
  ["North"],
  ["North"],
  ["north"],
  ["North"],
  ["North"],
  ["South"],
  ["South"],
  ["South"],
  ["south"],
  ["Solo"],
  ["North"],
  ["South"],
  ["East"],
  [null],
];

describe("CX.SEGMENTS", () => {
  test("each segment against the rest: R 4 t.test(var.equal = FALSE), p.adjust and oneway.test(var.equal = FALSE)", () => {
    const table = segments(values as never, labels as never);
    expect(table[0]).toEqual([
      "Segment",
      "n",
      "Mean",
      "SD",
      "Difference",
      "Statistic",
      "df",
      "p",
      "Adjusted p",
      "Significant",
    ]);
    expect(table.map((row) => row[0])).toEqual([
      "Segment",
      "constructor",
      "__proto__",
      "East",
      "North",
      "South",
      "Solo",
      "All",
    ]);
    // R: for each segment s, t.test(x[g == s], x[g != s], var.equal = FALSE); p.adjust(p, "holm")
    const expected: Array<[number, number, number, number, number, number, number, number, boolean]> = [
      [
        3,
        4.666666666666667,
        0.57735026918962573,
        0.53333333333333321,
        0.94374576217236072,
        11.0017921536593164,
        0.3655635531831018525,
        1,
        false,
      ],
      [
        3,
        2.6666666666666665,
        0.57735026918962573,
        -1.8666666666666667,
        -3.51969627255190876,
        9.5999147446357274,
        0.0058985492375815884,
        0.023594196950326354,
        true,
      ],
      [
        2,
        4.5,
        0.70710678118654757,
        0.3125,
        0.47372620473819615,
        2.9228900952097416,
        0.6688246964567310382,
        1,
        false,
      ],
      [
        5,
        4,
        1.58113883008418976,
        -0.30769230769230749,
        -0.36189587190372147,
        7.8415077174927017,
        0.7269877415695333855,
        1,
        false,
      ],
      [
        4,
        6,
        0.81649658092772603,
        2.28571428571428559,
        4.0775169992615945,
        9.0305129721950408,
        0.0027487506945234946,
        0.013743753472617474,
        true,
      ],
    ];
    expected.forEach(([n, mean, sd, difference, t, df, p, adjusted, significant], i) => {
      const row = table[i + 1]!;
      expect(row[1]).toBe(n);
      [mean, sd, difference, t, df, p, adjusted].forEach((value, j) => close(row[j + 2], value));
      expect(row[9]).toBe(significant);
    });
    // fewer than 2 answers: n and mean, no test
    expect(table[6]).toEqual(["Solo", 1, 1, "", "", "", "", "", "", ""]);
    // R: oneway.test(x ~ g, var.equal = FALSE) over the five tested segments: F 7.5573 on (4, 4.7841)
    const all = table[7]!;
    expect(all.slice(0, 2)).toEqual(["All", 18]);
    close(all[2], 4.2222222222222223);
    close(all[3], 1.6289858106324406);
    close(all[5], 7.5572967678746341);
    close(all[6], 4.7840531561461788);
    close(all[7], 0.026224238203896452);
    expect([all[4], all[8], all[9]]).toEqual(["", "", ""]);
  });

  test("Jan & Shieh (2019) four groups: Welch F 0.1102 on (3, 22.6536), as published and as R's oneway.test", () => {
    // test/fixtures/jan-shieh-2019-four-groups.csv: the paper's example data (n 10, 12, 13, 15).
    const rows = readFixtureRows("jan-shieh-2019-four-groups.csv").slice(1);
    const table = segments(
      rows.map(([, value]) => [Number(value)]) as never,
      rows.map(([group]) => [group]) as never,
    );
    const all = table[5]!;
    expect(all.slice(0, 2)).toEqual(["All", 50]);
    // Published (Jan & Shieh 2019, p. 6), to the decimals printed there
    expect((all[5] as number).toFixed(4)).toBe("0.1102");
    expect((all[6] as number).toFixed(4)).toBe("22.6536");
    // R 4: oneway.test(x ~ g, var.equal = FALSE); mean(x), sd(x)
    close(all[5], 0.11015670417646714, 1e-12);
    close(all[6], 22.653586428483226, 1e-12);
    close(all[7], 0.95328079324770409, 1e-12);
    close(all[2], 99.384820000000005);
    close(all[3], 7.1873901842613446);
    // R 4: t.test(x[g == "G4"], x[g != "G4"]); p.adjust(p, "holm") is 1 for every group
    const g4 = table[4]!;
    expect(g4.slice(0, 2)).toEqual(["G4", 15]);
    close(g4[4], -1.0630761904761954, 1e-12);
    close(g4[5], -0.59021150580837811, 1e-12);
    close(g4[6], 44.360414443370594, 1e-12);
    close(g4[7], 0.55804367377745545, 1e-12);
    expect(table.slice(1, 5).map((row) => [row[8], row[9]])).toEqual([
      [1, false],
      [1, false],
      [1, false],
      [1, false],
    ]);
  });

  test("JSDoc example: South differs (R 4 t.test, p.adjust holm, oneway.test)", () => {
    const table = segments(
      [[5], [4], [5], [3], [2], [3], [4], [5]] as never,
      [["North"], ["North"], ["north"], ["South"], ["South"], ["South"], ["East"], ["East"]] as never,
    );
    const south = table[2]!;
    expect(south[0]).toBe("South");
    expect(south[1]).toBe(3);
    close(south[2], 2.66666666666667, 1e-14);
    close(south[4], -1.93333333333333, 1e-14);
    close(south[5], -4.67377319134721, 1e-14);
    close(south[6], 4.1396404259033, 1e-13);
    close(south[7], 0.00873460768580067, 1e-13);
    close(south[8], 0.026203823057402, 1e-13);
    expect(south[9]).toBe(true);
    // North and East as the README shows them (R 4 t.test, p.adjust holm)
    const north = table[1]!;
    close(north[5], 2.07926748962542, 1e-13);
    close(north[6], 5.96907271657125, 1e-13);
    close(north[8], 0.16612043721957, 1e-12);
    const east = table[3]!;
    close(east[5], 1.18511365784994, 1e-13);
    close(east[7], 0.314598509755253, 1e-12);
    const all = table[4]!;
    expect(all[1]).toBe(8);
    close(all[2], 3.875);
    close(all[3], 1.125991626, 1e-9);
    close(all[5], 8.079044874434, 1e-12);
    close(all[6], 2.617985125085, 1e-12);
    close(all[7], 0.0758536880211, 1e-11);
  });

  test('adjust "bh" and "none"; confidence 0.99 (R 4 p.adjust(p, "BH"))', () => {
    const bh = segments(values as never, labels as never, "BH");
    [
      0.60927258863850309, 0.014746373093953971, 0.72698774156953339, 0.72698774156953339,
      0.013743753472617474,
    ].forEach((adjusted, i) => close(bh[i + 1]![8], adjusted));
    const none = segments(values as never, labels as never, "none", 0.99);
    expect(none[2]![8]).toBe(none[2]![7]);
    expect(none.slice(1, 6).map((row) => row[9])).toEqual([false, true, false, false, true]);
  });

  test("two segments of 4 and 8 (the sizes of NAG g07cac): Welch t against the rest, as R's t.test", () => {
    // samples with NAG's sizes; R 4: t.test(c(24, 25, 25, 26), c(15, 18, 20, 21, 22, 23, 24, 25))
    const table = segments(
      [[24], [25], [25], [26], [15], [18], [20], [21], [22], [23], [24], [25]] as never,
      [["X"], ["X"], ["X"], ["X"], ["Y"], ["Y"], ["Y"], ["Y"], ["Y"], ["Y"], ["Y"], ["Y"]] as never,
    );
    close(table[1]![5], 3.24037034920393019);
    close(table[1]![6], 8.52487611496531095);
    close(table[1]![7], 0.010904418203620151);
    // with two segments Welch's F is t² on (1, df)
    close(table[3]![5], 3.24037034920393019 ** 2);
    close(table[3]![6], 8.52487611496531095);
  });

  test("a row of values and a row of segments; numbers as labels, apart from the same digits as text", () => {
    const table = segments([[1, 2, 3, 4, 5, 6]] as never, [[12, 12, "12", "12", 12, "12"]] as never);
    expect(table.map((row) => row[0])).toEqual(["Segment", 12, "12", "All"]);
  });

  test("a segment and its rest that never vary: t is #DIV/0!, ANOVA too", () => {
    const table = segments([[2], [2], [5], [5]] as never, [["A"], ["A"], ["B"], ["B"]] as never);
    expect(errorIn(table[1]![5]).code).toBe("#DIV/0!");
    expect(errorIn(table[3]![5]).code).toBe("#DIV/0!");
  });

  test("Chinese header and All row", () => {
    const table = inLanguage("zh-CN", () => segments(values as never, labels as never));
    expect(table[0]![0]).toBe("细分");
    expect(table[7]![0]).toBe("全部");
  });

  describe("errors", () => {
    test.each([
      [
        "ranges of different sizes",
        () => segments([[1], [2]] as never, [["A"]] as never),
        "#VALUE!",
        "segments",
      ],
      [
        "no respondent with a score and a label",
        () => segments([[1], [""]] as never, [[null], ["A"]] as never),
        "#VALUE!",
        "values",
      ],
      [
        "an unknown adjustment",
        () => segments([[1]] as never, [["A"]] as never, "bonferroni"),
        "#VALUE!",
        "adjust",
      ],
      [
        "a confidence outside (0, 1)",
        () => segments([[1]] as never, [["A"]] as never, undefined, 95),
        "#VALUE!",
        "confidence",
      ],
      [
        "an error cell in segments",
        () => segments([[1]] as never, [[errorCell("#N/A")]] as never),
        "#N/A",
        "segments",
      ],
      ["an error text in values", () => segments([["#NUM!"]] as never, [["A"]] as never), "#NUM!", "values"],
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
