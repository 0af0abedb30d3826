import {
  crosshairOf,
  excelErrorCodeOf,
  flag,
  itemValues,
  labelList,
  pairedSurvey,
  surveyAnswers,
} from "../../src/functions/coercion";
import { currentLocale, localeOf } from "../../src/functions/locale";
import { messagesFor } from "../../src/functions/messages";
import { errorCell, inLanguage } from "./helpers";

const m = messagesFor("en");

describe('policy "survey answers"', () => {
  test("numbers are answers; null, undefined, empty text, other text and booleans are missing", () => {
    expect(
      surveyAnswers(
        [
          [4, "", true, undefined],
          [null, "n/a", 5, false],
        ],
        "experience",
        m,
      ),
    ).toEqual([
      [4, null, null, null],
      [null, null, 5, null],
    ]);
  });

  test("rows of numbers and nulls are used as they are, not copied", () => {
    const clean = [1, null, 3];
    const range = [clean, [1, "", 3]];
    const answers = surveyAnswers(range, "experience", m);
    expect(answers[0]).toBe(clean);
    expect(answers[1]).not.toBe(range[1]);
    expect(surveyAnswers([clean], "experience", m)[0]).toBe(clean);
  });

  test("a single value is a 1 × 1 range", () => {
    expect(surveyAnswers(4, "experience", m)).toEqual([[4]]);
  });
});

describe("error cells", () => {
  test.each([
    [errorCell("#N/A"), "#N/A"],
    [{ type: "Error", basicValue: "#DIV/0!" }, "#DIV/0!"],
    [{ errorCode: "#NUM!" }, "#NUM!"],
    [{ type: "Error" }, "#VALUE!"],
    ["#REF!", "#REF!"],
    ["#N/A", "#N/A"],
  ])("%j is the error %s", (cell, code) => {
    expect(excelErrorCodeOf(cell)).toBe(code);
  });

  test.each([["N/A"], ["#hashtag"], [{ code: 3 }], [null], [4], [[1]]])("%j is not an error", (cell) => {
    expect(excelErrorCodeOf(cell)).toBeUndefined();
  });
});

describe('policy "paired survey ranges"', () => {
  test("a one-row summary stands against every respondent row without copying it", () => {
    const summary = [4, 5];
    const paired = pairedSurvey(
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      "experience",
      [summary],
      "expectation",
      m,
    );
    expect(paired.second).toHaveLength(3);
    expect(paired.second.every((row) => row === summary)).toBe(true);
    expect(paired.bothSummaries).toBe(false);
  });

  test("the summary may be the first range", () => {
    const paired = pairedSurvey(
      [[4], [5]],
      "experience",
      [
        [1, 2],
        [3, 4],
      ],
      "expectation",
      m,
    );
    expect(paired.first).toEqual([
      [4, 5],
      [4, 5],
    ]);
  });
});

describe('policy "per-item values"', () => {
  test("a row and a column give the same values; respondent rows give column means", () => {
    expect(itemValues([[1, 2.5]], "importance", m)).toEqual([1, 2.5]);
    expect(itemValues([[1], [2.5]], "importance", m)).toEqual([1, 2.5]);
    expect(
      itemValues(
        [
          [1, 2],
          [2, ""],
          [4, 6],
        ],
        "importance",
        m,
      ),
    ).toEqual([7 / 3, 4]);
  });
});

describe('policy "labels as text"', () => {
  test("text trimmed, numbers and booleans as displayed, blanks named, a formula-like text kept as text", () => {
    expect(labelList([[" Price ", 7, true, "", "=1+1"]], "labels", 5, (i) => `Item ${i}`, m)).toEqual([
      "Price",
      "7",
      "TRUE",
      "Item 4",
      "=1+1",
    ]);
  });
});

describe("switches and crosshairs", () => {
  test("flag", () => {
    expect(
      [undefined, null, "", 0, false, "false", [[true]], 2, "TRUE"].map((v) => flag(v, "stats", m)),
    ).toEqual([false, false, false, false, false, false, true, true, true]);
  });

  test("crosshair words (any case, Chinese too) and two numbers in a row or a column", () => {
    expect(crosshairOf(undefined, m)).toBe("mean");
    expect(crosshairOf([[" Median "]], m)).toBe("median");
    expect(crosshairOf("量表中点", m)).toBe("scale");
    expect(crosshairOf([[3, 4.5]], m)).toEqual({ importance: 3, performance: 4.5 });
    expect(crosshairOf([[3], [4.5]], m)).toEqual({ importance: 3, performance: 4.5 });
  });
});

describe("locale", () => {
  test("English without Office; Chinese for any Chinese display language", () => {
    expect(currentLocale()).toBe("en");
    expect(inLanguage("zh-CN", currentLocale)).toBe("zh-CN");
    expect(inLanguage("en-GB", currentLocale)).toBe("en");
    expect([localeOf("zh-TW"), localeOf("ZH-hans-sg"), localeOf(undefined), localeOf("fr-FR")]).toEqual([
      "zh-CN",
      "zh-CN",
      "en",
      "en",
    ]);
  });
});
