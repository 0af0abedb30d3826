import { describe, it, expect } from "@jest/globals";
import {
  completeCovariance,
  completeVariances,
  cronbachAlphaOf,
  itemCovariance,
  itemVariances,
  scaleReliability,
  type Answer,
} from "../../src/core";
import { expectRelativelyClose, readFixtureRows } from "./helpers";

/*
 * Answers 1e8 + {1…5}: a sum of squares Σx² − (Σx)²/n would lose every digit here. The expected values
 * are exact rational arithmetic (Python's fractions.Fraction) on the same rows, rounded once to a double:
 *   value(r, j) = 10**8 + 1 + (r*7 + r//11) % 3 + (r*j + j + r//5) % 3, 600 rows × 4 items,
 *   item r % 4 blank in every row r with r % 37 == 0 (583 complete rows, more than two blocks of 256).
 */
const offsetValue = (r: number, j: number) =>
  1e8 + 1 + ((r * 7 + Math.floor(r / 11)) % 3) + ((r * j + j + Math.floor(r / 5)) % 3);
const offsetItems: Answer[][] = Array.from({ length: 600 }, (_, r) =>
  Array.from({ length: 4 }, (_, j) => (r % 37 === 0 && j === r % 4 ? null : offsetValue(r, j))),
);

describe("itemVariances and cronbachAlphaOf", () => {
  it("answers 1e8 + {1…5}: variances, variance of the total and alpha as exact rational arithmetic gives them", () => {
    const summary = itemVariances(offsetItems);
    expect(summary.n).toBe(583);
    const exact = [1.2738177338449659, 1.185142614631041, 1.3398819944239124, 1.2738177338449659];
    exact.forEach((value, j) => expectRelativelyClose(summary.variances[j]!, value, 1e-12));
    expectRelativelyClose(summary.totalVariance, 13.678425963584493, 1e-12);
    expectRelativelyClose(cronbachAlphaOf(summary), 0.8388651257340459, 1e-12);
  });

  it("the item variances are itemCovariance's listwise diagonal to the last bit, and alpha agrees with scaleReliability's", () => {
    const [, ...fixture] = readFixtureRows("cronbach-alpha-15x10.csv");
    for (const items of [offsetItems, fixture.map((row) => row.map(Number))]) {
      const full = itemCovariance(items, "listwise");
      const alone = itemVariances(items);
      const k = full.k;
      expect(Array.from(alone.variances)).toEqual(
        Array.from({ length: k }, (_, j) => full.covariance[j * k + j]),
      );
      expectRelativelyClose(cronbachAlphaOf(alone), scaleReliability(full).alpha, 1e-13);
    }
  });

  it("the published 15 × 10 example: 0.5917188485995826 (Real Statistics, pingouin)", () => {
    const [, ...fixture] = readFixtureRows("cronbach-alpha-15x10.csv");
    expectRelativelyClose(
      cronbachAlphaOf(itemVariances(fixture.map((row) => row.map(Number)))),
      0.5917188485995826,
      1e-14,
    );
  });

  it("a total that never varies has no alpha; fewer than two complete rows neither", () => {
    expect(() =>
      cronbachAlphaOf(
        itemVariances([
          [1, 2],
          [2, 1],
          [3, 0],
        ]),
      ),
    ).toThrow(expect.objectContaining({ reason: "insufficient", problem: { code: "noVariation" } }));
    expect(() =>
      cronbachAlphaOf(
        itemVariances([
          [1, 2],
          [2, null],
        ]),
      ),
    ).toThrow(expect.objectContaining({ reason: "insufficient" }));
  });
});

describe("completeCovariance on answers with a large offset", () => {
  // 600 rows × 6 variables (two tiles of four columns, three blocks of rows): value(r, j) above, plus 1000
  // on odd columns; covariances from Python's fractions.Fraction, rounded once.
  const rows = Array.from({ length: 600 }, (_, r) =>
    Array.from({ length: 6 }, (_, j) => offsetValue(r, j) + (j % 2 === 1 ? 1000 : 0)),
  );
  const read = (r: number, into: Float64Array, at: number, stride: number) => {
    rows[r]!.forEach((value, j) => (into[at + j * stride] = value));
    return true;
  };
  const exactUpper: Record<string, number> = {
    "0,0": 1.2907178631051752,
    "0,1": 0.6276126878130217,
    "0,2": 0.5795325542570952,
    "1,1": 1.1932220367278799,
    "1,2": 0.6509849749582638,
    "2,2": 1.3374624373956594,
  };

  it("every covariance as exact rational arithmetic gives it", () => {
    const { n, covariance } = completeCovariance(600, 6, read);
    expect(n).toBe(600);
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        const [a, b] = [Math.min(i % 3, j % 3), Math.max(i % 3, j % 3)];
        expectRelativelyClose(covariance[i * 6 + j]!, exactUpper[`${a},${b}`]!, 1e-12);
        expect(covariance[i * 6 + j]).toBe(covariance[j * 6 + i]);
      }
    }
  });

  it("completeVariances gives completeCovariance's diagonal to the last bit", () => {
    const { covariance, means } = completeCovariance(600, 6, read);
    const alone = completeVariances(600, 6, read);
    expect(Array.from(alone.variances)).toEqual([0, 1, 2, 3, 4, 5].map((j) => covariance[j * 7]));
    expect(Array.from(alone.means)).toEqual(Array.from(means));
  });
});
