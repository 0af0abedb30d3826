import { describe, expect, it } from "@jest/globals";
import {
  CoreInputError,
  EXPECTATION_KIND_NAMES,
  EXPECTATION_KIND_OF_KANO_CATEGORY,
  KANO_ANSWER_TEXTS,
  KANO_CATEGORY_NAMES,
  KANO_ANSWERS,
  kanoAnswerCode,
  kanoAnswerCodeOfText,
  kanoCategoryOf,
  kanoClassification,
  kanoCounts,
  type KanoAnswer,
  type KanoCounts,
} from "../../src/core";
import { deepFreeze, readFixtureRows } from "./helpers";

const counts = (m: number, o: number, a: number, i: number, r = 0, q = 0): KanoCounts =>
  deepFreeze({ mustBe: m, oneDimensional: o, attractive: a, indifferent: i, reverse: r, questionable: q });

describe("the Berger et al. (1993) evaluation table", () => {
  // The table of the issue, rows functional, columns dysfunctional (like, must-be, neutral, live with, dislike).
  const published = ["Q A A A O", "R I I I M", "R I I I M", "R I I I M", "R R R R Q"];
  const letter = {
    M: "mustBe",
    O: "oneDimensional",
    A: "attractive",
    I: "indifferent",
    R: "reverse",
    Q: "questionable",
  };
  const answers: KanoAnswer[] = ["like", "mustBe", "neutral", "liveWith", "dislike"];

  it("gives every one of the 25 cells", () => {
    answers.forEach((functional, row) => {
      const cells = published[row]!.split(" ");
      answers.forEach((dysfunctional, column) => {
        expect(kanoCategoryOf(functional, dysfunctional)).toBe(letter[cells[column] as keyof typeof letter]);
      });
    });
  });

  it("reads 3-point answers 1, 2, 3 as 5-point answers 1, 3, 5 (Q A O / R I M / R R Q)", () => {
    const three = [1, 2, 3].map((x) => KANO_ANSWERS[kanoAnswerCode(x, 3) - 1]!);
    expect(three).toEqual(["like", "neutral", "dislike"]);
    expect(three.map((f) => three.map((d) => kanoCategoryOf(f, d)))).toEqual([
      ["questionable", "attractive", "oneDimensional"],
      ["reverse", "indifferent", "mustBe"],
      ["reverse", "reverse", "questionable"],
    ]);
  });

  it("counts pairs where both answers are given, without touching its input", () => {
    // like/dislike O, like/neutral A, (none)/dislike, neutral/dislike M, dislike/like R, (none)/like
    const functional = deepFreeze([1, 1, 0, 3, 5, 0]);
    const dysfunctional = deepFreeze([5, 3, 5, 5, 1, 1]);
    expect(kanoCounts(functional, dysfunctional)).toEqual(counts(1, 1, 1, 0, 1, 0));
    expect(() => kanoCounts([1], [])).toThrow(CoreInputError);
  });
});

describe("answers", () => {
  it("numbers outside the scale, or not whole, are no answer", () => {
    expect([0, 1, 5, 6, 2.5, -1, NaN, Infinity].map((x) => kanoAnswerCode(x, 5))).toEqual([
      0, 1, 5, 0, 0, 0, 0, 0,
    ]);
    expect([1, 2, 3, 4].map((x) => kanoAnswerCode(x, 3))).toEqual([1, 3, 5, 0]);
  });

  it("reads every documented text, in any case, with spaces and a final full stop", () => {
    for (const [answer, texts] of Object.entries(KANO_ANSWER_TEXTS)) {
      for (const text of texts) {
        const code = KANO_ANSWERS.indexOf(answer as KanoAnswer) + 1;
        expect(kanoAnswerCodeOfText(text)).toBe(code);
        expect(kanoAnswerCodeOfText(`  ${text.toUpperCase()} that way. `)).toBe(code);
      }
    }
    expect(kanoAnswerCodeOfText("I can’t live with it")).toBe(0);
    expect(kanoAnswerCodeOfText("I don’t like it")).toBe(5);
    expect(kanoAnswerCodeOfText("不喜欢。")).toBe(5);
    expect(kanoAnswerCodeOfText("")).toBe(0);
    expect(kanoAnswerCodeOfText("constructor")).toBe(0);
  });
});

describe("kanoClassification", () => {
  // stp25kano README (github.com/stp4/stp25kano), table of five features, 296 answers each: max category,
  // the M > O > A > I rule, total strength, category strength, CS+ (Better), CS− (Worse) and Fong's test, as
  // printed (percentages rounded to whole percent, coefficients to 3 decimals).
  it.each([
    ["Service app", counts(95, 123, 45, 33), "oneDimensional", 0.89, 0.09, 0.568, -0.736, true],
    ["Excellent service", counts(101, 54, 54, 81, 3, 3), "mustBe", 0.71, 0.07, 0.372, -0.534, true],
    ["Hotline", counts(15, 24, 121, 124, 6, 6), "attractive", 0.54, 0.01, 0.511, -0.137, false],
    ["Loan machine", counts(65, 87, 93, 51), "oneDimensional", 0.83, 0.02, 0.608, -0.514, false],
    ["Ready-to-use return", counts(9, 18, 83, 177, 6, 3), "indifferent", 0.37, 0.32, 0.352, -0.094, true],
  ])("%s as published", (_, tally, category, total, strength, better, worse, significant) => {
    const result = kanoClassification(tally);
    expect(result.n).toBe(296);
    expect(result.category).toBe(category);
    expect(result.totalStrength).toBeCloseTo(total, 2);
    expect(result.categoryStrength).toBeCloseTo(strength, 2);
    expect(result.better).toBeCloseTo(better, 3);
    expect(result.worse).toBeCloseTo(worse, 3);
    expect(result.significant).toBe(significant);
  });

  it("Service app exactly: Better 168/296, Worse −218/296, strengths 263/296 and 28/296 (fractions)", () => {
    const result = kanoClassification(counts(95, 123, 45, 33));
    expect(result).toEqual({
      n: 296,
      category: "oneDimensional",
      categoryStrength: 28 / 296,
      totalStrength: 263 / 296,
      better: 168 / 296,
      worse: -218 / 296,
      significant: true,
    });
  });

  // test/fixtures/kano-tallies.csv (25-respondent study): Better and Worse as listed; the listed category is
  // the most frequent one, which the tie rule keeps only when the lead is above tie_threshold.
  it.each(readFixtureRows("kano-tallies.csv").slice(1))(
    "%s of kano-tallies.csv",
    (_, m, o, a, i, r, q, expectedCategory, better, worse) => {
      const tally = counts(
        ...([m, o, a, i, r, q].map(Number) as [number, number, number, number, number, number]),
      );
      const mode = kanoClassification(tally, 0);
      expect(KANO_CATEGORY_NAMES.en[mode.category]).toBe(expectedCategory);
      expect(mode.better).toBe(Number(better));
      expect(mode.worse).toBe(Number(worse));
    },
  );

  it("within the tie threshold the higher priority wins: Feature 1 (O 10, M 9 of 25) is Must-be by default", () => {
    expect(kanoClassification(counts(9, 10, 1, 2, 3, 0)).category).toBe("mustBe");
    expect(kanoClassification(counts(9, 10, 1, 2, 3, 0), 0.04).category).toBe("mustBe");
    expect(kanoClassification(counts(9, 10, 1, 2, 3, 0), 0.039).category).toBe("oneDimensional");
  });

  it("a lead of exactly the threshold is a tie (3 of 50 = 0.06); exact ties follow M > O > A > I > R > Q", () => {
    expect(3 / 50).toBe(0.06);
    expect(kanoClassification(counts(0, 0, 20, 23, 7, 0)).category).toBe("attractive");
    expect(kanoClassification(counts(0, 0, 19, 23, 8, 0)).category).toBe("indifferent");
    expect(kanoClassification(counts(0, 0, 0, 0, 5, 5)).category).toBe("reverse");
    expect(kanoClassification(counts(2, 2, 2, 2, 2, 2), 0).category).toBe("mustBe");
  });

  it("Fong's test: |a − b| ≥ 1.65·√((a + b)(2n − a − b)/(2n)), compared unrounded", () => {
    // a = 2, b = 0, n = 2: 1.65·√(2·2/4) = 1.65 ≤ 2
    expect(kanoClassification(counts(0, 2, 0, 0)).significant).toBe(true);
    // a = 1, b = 0, n = 1: 1.65·√(1·1/2) = 1.167 > 1
    expect(kanoClassification(counts(0, 1, 0, 0)).significant).toBe(false);
    // only questionable pairs: no two categories to compare
    expect(kanoClassification(counts(0, 0, 0, 0, 0, 4)).significant).toBe(false);
  });

  it("Better and Worse are undefined with only R and Q pairs, and Worse is 0, not −0, without O or M", () => {
    const onlyReverse = kanoClassification(counts(0, 0, 0, 0, 3, 1));
    expect([onlyReverse.better, onlyReverse.worse]).toEqual([undefined, undefined]);
    expect(Object.is(kanoClassification(counts(0, 0, 3, 1)).worse, 0)).toBe(true);
  });

  it("refuses no pairs, counts that are not whole numbers ≥ 0 and thresholds outside [0, 1]", () => {
    expect(() => kanoClassification(counts(0, 0, 0, 0))).toThrow(CoreInputError);
    expect(() => kanoClassification(counts(1.5, 0, 0, 0))).toThrow(CoreInputError);
    expect(() => kanoClassification(counts(-1, 3, 0, 0))).toThrow(CoreInputError);
    expect(() => kanoClassification(counts(1, 0, 0, 0), 1.01)).toThrow(CoreInputError);
    expect(() => kanoClassification(counts(1, 0, 0, 0), NaN)).toThrow(CoreInputError);
  });
});

describe("Kano categories and the three kinds of expectation", () => {
  it("must-be = basic (基本期望), one-dimensional = expected (期望期望), attractive = excitement (兴奋期望)", () => {
    const kind = (category: "mustBe" | "oneDimensional" | "attractive") =>
      EXPECTATION_KIND_NAMES["zh-CN"][EXPECTATION_KIND_OF_KANO_CATEGORY[category]!];
    expect([kind("mustBe"), kind("oneDimensional"), kind("attractive")]).toEqual([
      "基本期望",
      "期望期望",
      "兴奋期望",
    ]);
    expect(EXPECTATION_KIND_OF_KANO_CATEGORY.indifferent).toBeUndefined();
    expect(Object.values(KANO_CATEGORY_NAMES["zh-CN"])).toEqual([
      "必备型",
      "期望型",
      "魅力型",
      "无差异型",
      "反向型",
      "可疑",
    ]);
  });
});
