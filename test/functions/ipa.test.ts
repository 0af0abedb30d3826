import { ipa } from "../../src/functions/functions";
import { inLanguage } from "./helpers";

const importance = [[4.5, 3.2, 4.1, 2.8, 3.9]];
const performance = [[3.1, 4.4, 4.0, 2.5, 3.6]];
const names = [["Price", "Parking", "Staff", "Décor", "Speed"]];

describe("CX.IPA", () => {
  test("crosshair at the means (default): mean importance 3.7, mean performance 3.52 (NumPy)", () => {
    expect(ipa(importance, performance, names)).toEqual([
      ["Factor", "Importance", "Performance", "Quadrant"],
      ["Price", 4.5, 3.1, "Concentrate here"],
      ["Parking", 3.2, 4.4, "Possible overkill"],
      ["Staff", 4.1, 4.0, "Keep up the good work"],
      ["Décor", 2.8, 2.5, "Low priority"],
      ["Speed", 3.9, 3.6, "Keep up the good work"],
    ]);
  });

  test("crosshair at the medians: 3.9 and 3.6 (NumPy median); on the line counts as high", () => {
    const result = ipa(importance, performance, names, [["median"]]);
    expect(result[5]).toEqual(["Speed", 3.9, 3.6, "Keep up the good work"]);
    expect(result[1]![3]).toBe("Concentrate here");
  });

  test("crosshair at the scale midpoint: 1–5 scale → 3", () => {
    const result = ipa(importance, performance, names, "scale" as never);
    expect(result.map((row) => row[3])).toEqual([
      "Quadrant",
      "Keep up the good work",
      "Keep up the good work",
      "Keep up the good work",
      "Low priority",
      "Keep up the good work",
    ]);
  });

  test("crosshair as two numbers {importance, performance}", () => {
    const result = ipa(importance, performance, names, [[4, 4]]);
    expect(result.map((row) => row[3]).slice(1)).toEqual([
      "Concentrate here",
      "Possible overkill",
      "Keep up the good work",
      "Low priority",
      "Low priority",
    ]);
  });

  test("respondent rows give column means; one column of values works as a row", () => {
    const byRespondent = ipa(
      [
        [5, 3, ""],
        [4, 3, 2],
      ],
      [[3], [4], [2]],
    );
    expect(byRespondent.slice(1).map((row) => row.slice(1, 3))).toEqual([
      [4.5, 3],
      [3, 4],
      [2, 2],
    ]);
  });

  test("Chinese quadrant names and the Chinese crosshair word 中位数", () => {
    const result = inLanguage("zh-CN", () => ipa(importance, performance, names, [["中位数"]]));
    expect(result[0]).toEqual(["因素", "重要性", "表现", "象限"]);
    expect(result.slice(1).map((row) => row[3])).toEqual([
      "重点改进",
      "可能过度投入",
      "继续保持",
      "低优先级",
      "继续保持",
    ]);
  });
});

describe("CX.IPA with a crosshair word that is also a JavaScript property name", () => {
  test.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"])(
    "%s is not a crosshair word: #VALUE! with the crosshair message, not #NUM!",
    (word) => {
      let thrown: unknown;
      try {
        ipa(importance, performance, names, [[word]]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({
        code: "#VALUE!",
        message: expect.stringContaining("crosshair must be"),
      });
    },
  );
});

describe("CX.IPA lines as Excel shows the numbers", () => {
  test("importance 0.7 equals the mean of 0.1, 0.7, 1.3 as typed (math.fsum / 3 = 0.7000000000000001): on the line, so high", () => {
    const result = ipa([[0.1, 0.7, 1.3]], [[3, 3, 3]]);
    expect(result[2]).toEqual(["Item 2", 0.7, 3, "Keep up the good work"]);
  });
});
