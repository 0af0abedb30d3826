import { gap, ipa, keyexp, servqual } from "../../src/functions/functions";
import { deepFreeze } from "../core/helpers";

/*
 * The functions read the arrays Excel passes and never write to them: every argument is frozen
 * (deeply), so a write anywhere would throw in strict mode. Values checked by hand.
 */
describe("the CX functions leave their arguments untouched", () => {
  const experience = deepFreeze([
    [4, "", true],
    [null, 5, 3],
    [2, "n/a", 4],
  ]);
  const expectation = deepFreeze([
    [5, 5, 4],
    [4, 4, null],
    [3, 5, 5],
  ]);
  const summaryRow = deepFreeze([[5, 4, 4]]);

  test("CX.GAP with stats, against respondent rows and against a summary row", () => {
    expect(gap(experience, expectation, true)[0]).toEqual(["Gap", -1, 1, -1]);
    expect(gap(experience, summaryRow)).toEqual([[-2, 1, -0.5]]);
  });

  test("CX.SERVQUAL with labels and per-respondent weights", () => {
    const labels = deepFreeze([["A", "A", "B"]]);
    const weights = deepFreeze([
      [50, 50],
      [20, ""],
      [10, 30],
    ]);
    const result = servqual(experience, expectation, labels, weights);
    expect(result.map((row) => row[0])).toEqual(["Dimension", "A", "B", "Overall"]);
  });

  test("CX.KEYEXP and CX.IPA with labels, reference and crosshair", () => {
    const importance = deepFreeze([[0.9], [0.5], [0.7]]);
    const performance = deepFreeze([[3, 2, 4]]);
    const labels = deepFreeze([["Speed", "Price", "Staff"]]);
    expect(keyexp(importance, performance, labels, deepFreeze([[5, 5, 5]]))[1]).toEqual([
      "Speed",
      0.9,
      3,
      2,
      1.8,
      1,
    ]);
    expect(ipa(importance, performance, labels, deepFreeze([["median"]]))[1]).toEqual([
      "Speed",
      0.9,
      3,
      "Keep up the good work",
    ]);
  });
});
