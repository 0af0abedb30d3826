import { describe, it, expect } from "@jest/globals";
import { cronbachAlpha, type Answer } from "../../src/core";
import { deepFreeze, expectRelativelyClose, readFixtureRows } from "./helpers";

const [, ...fixture] = readFixtureRows("cronbach-alpha-15x10.csv");
const answers: number[][] = fixture.map((row) => row.map(Number));

describe("cronbachAlpha", () => {
  it("matches the published alpha of the 15 × 10 example (Real Statistics / pingouin)", () => {
    expect(answers).toHaveLength(15);
    // Published 0.5917188485995826; mpmath 40 digits: 0.5917188485995825445
    expectRelativelyClose(cronbachAlpha(deepFreeze(answers)), 0.5917188485995826, 1e-15);
  });

  it("uses listwise complete rows only", () => {
    const withBlanks: Answer[][] = answers.map((row) => [...row]);
    withBlanks[2]![4] = null;
    withBlanks[7]![0] = null;
    // mpmath 40 digits on the fixture without rows 3 and 8: 0.5785970302099334357
    expectRelativelyClose(cronbachAlpha(deepFreeze(withBlanks)), 0.5785970302099335, 1e-14);
  });

  it("needs rows", () => {
    expect(() => cronbachAlpha([])).toThrow(
      expect.objectContaining({ functionName: "cronbachAlpha", reason: "empty" }),
    );
  });

  it("needs at least two items", () => {
    expect(() => cronbachAlpha([[1], [2]])).toThrow("cronbachAlpha needs at least two item columns (got 1)");
  });

  it("needs rows of the same width", () => {
    expect(() => cronbachAlpha([[1, 2], [1]])).toThrow(
      expect.objectContaining({ functionName: "cronbachAlpha", reason: "shape" }),
    );
  });

  it("needs two complete rows", () => {
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [null, 3],
      ]),
    ).toThrow(expect.objectContaining({ functionName: "cronbachAlpha", reason: "insufficient" }));
  });

  it("needs total scores that vary", () => {
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow("cronbachAlpha needs total scores that vary across respondents (all are equal)");
  });

  it("refuses non-finite answers", () => {
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [NaN, 1],
      ]),
    ).toThrow(expect.objectContaining({ functionName: "cronbachAlpha", reason: "range" }));
  });
});
