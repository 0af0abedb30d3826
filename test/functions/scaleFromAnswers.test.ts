import { ipa, keyexp } from "../../src/functions/functions";
import { thrownBy } from "./helpers";

/*
 * With respondent rows, the rating scale is inferred from the answers, not from the column means:
 * on a 7-point survey the means usually lie below 5, and inferring from them would measure
 * shortfalls against 5 and divide the IPA "scale" quadrants at 3.
 */
describe("scale inferred from respondents' answers", () => {
  // A 7-point survey (answers 2–7) whose performance means are all below 5.
  const importance = [
    [6, 5, 7],
    [5, 6, 6],
    [7, 4, 5],
    [6, 5, 6],
  ];
  const performance = [
    [2, 7, 3],
    [3, 6, 4],
    [4, 2, 2],
    [7, 4, 3],
  ];

  // Expected values, NumPy 2.4: imp.mean(0) = [6, 5, 6], perf.mean(0) = [4, 4.75, 3],
  // shortfall 7 − perf = [3, 2.25, 4], score = [18, 11.25, 24].
  test("CX.KEYEXP measures shortfalls against 7, the top of the scale the answers lie on", () => {
    expect(keyexp(importance, performance, [["Speed", "Price", "Staff"]])).toEqual([
      ["Factor", "Importance", "Performance", "Shortfall", "Score", "Rank"],
      ["Staff", 6, 3, 4, 24, 1],
      ["Speed", 6, 4, 3, 18, 2],
      ["Price", 5, 4.75, 2.25, 11.25, 3],
    ]);
  });

  test('CX.IPA "scale" divides at 4, the midpoint of 1–7 (Staff falls below it)', () => {
    const result = ipa(importance, performance, [["Speed", "Price", "Staff"]], [["scale"]]);
    expect(result.map((row) => row[3])).toEqual([
      "Quadrant",
      "Keep up the good work",
      "Keep up the good work",
      "Concentrate here",
    ]);
  });

  test("a stated scale top below an answer is refused, though every mean is below it", () => {
    const error = thrownBy(() => keyexp(importance, performance, undefined, [[5]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "reference (5) is below the largest performance answer (7); give the top of the answer scale.",
    );
  });
});
