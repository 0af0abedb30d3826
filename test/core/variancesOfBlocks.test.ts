import { describe, test, expect } from "@jest/globals";
import { itemVariances, variancesOfBlocks, type BlockFiller } from "../../src/core";
import { constantWithinBlocks, expectRelativelyClose, fillerOf } from "./helpers";

/*
 * variancesOfBlocks adds up a block's values and squares as they came when its filler says the block holds
 * only whole numbers within ±2^17 (BlockNote), instead of first taking each value relative to the first
 * row's. Both are exact for such blocks, so both must give the same bits; the exact values are Python's
 * fractions.Fraction on the same formulas, rounded once:
 *   A: (r*r*(j+1) + 3*j + r//7) % 11, 700 rows × 5 (three blocks, the last one partly filled)
 *   B: 0 in row 0, else 2**17 if (r*(j+2))//3 % 2 == 0 else -2**17, 300 rows × 3 (the largest values allowed)
 */
const cases: Array<[string, number, number, (r: number, j: number) => number, number[], number[]]> = [
  [
    "A: 0–10 answers",
    700,
    5,
    (r, j) => (r * r * (j + 1) + 3 * j + Math.floor(r / 7)) % 11,
    [10.2916411199673, 9.766791334559574, 9.73528510116493, 10.174461475577356, 9.827694665849172],
    [4.985714285714286, 5.0042857142857144, 5.007142857142857, 5.151428571428571, 5.138571428571429],
  ],
  [
    "B: ±2^17 from a first row of 0",
    300,
    3,
    (r, j) => (r === 0 ? 0 : Math.floor((r * (j + 2)) / 3) % 2 === 0 ? 2 ** 17 : -(2 ** 17)),
    [15302724280.18301, 17179677658.145105, 15302724280.18301],
    [43253.76, -436.9066666666667, 43253.76],
  ],
];

function blocksOf(rows: number, p: number, value: (r: number, j: number) => number, say: boolean) {
  return variancesOfBlocks(p, fillerOf(rows, p, value, say));
}

describe("variancesOfBlocks of blocks its filler vouches for (whole numbers within ±2^17)", () => {
  test.each(cases)(
    "%s: the same bits as the shifted path, and the exact variances and means",
    (_, rows, p, value, variances, means) => {
      const asTheyCame = blocksOf(rows, p, value, true);
      const shifted = blocksOf(rows, p, value, false);
      expect(asTheyCame.n).toBe(rows);
      for (let j = 0; j < p; j++) {
        expect(asTheyCame.variances[j]).toBe(shifted.variances[j]);
        expect(asTheyCame.means[j]).toBe(shifted.means[j]);
        expectRelativelyClose(asTheyCame.variances[j]!, variances[j]!, 1e-14);
        expectRelativelyClose(asTheyCame.means[j]!, means[j]!, 1e-14);
      }
    },
  );

  test("columns constant within blocks, and one never varying (exactly 0)", () => {
    // see constantWithinBlocks
    const value = constantWithinBlocks;
    const asTheyCame = blocksOf(700, 4, value, true);
    const shifted = blocksOf(700, 4, value, false);
    expect(Array.from(asTheyCame.variances)).toEqual(Array.from(shifted.variances));
    expect(Array.from(asTheyCame.means)).toEqual(Array.from(shifted.means));
    expect(asTheyCame.variances[1]).toBe(0);
    expect(asTheyCame.means[1]).toBe(3);
    expectRelativelyClose(asTheyCame.variances[3]!, 454656 / 489300, 1e-15);
    expect(asTheyCame.variances[0]).toBeGreaterThan(0);
  });
});

describe("variancesOfBlocks withTotal (the last column each row's total of the others, made by the core)", () => {
  /** The rows with their totals: written by the filler (a running sum, in column order), or left to the core. */
  const withTotals = (
    rows: number,
    p: number,
    value: (r: number, j: number) => number,
    say: boolean,
    byCore: boolean,
  ) => {
    let next = 0;
    const fill: BlockFiller = (into, capacity, note) => {
      let filled = 0;
      for (; filled < capacity && next < rows; filled++, next++) {
        let total = 0;
        for (let j = 0; j < p; j++) {
          into[filled + j * capacity] = value(next, j);
          total += value(next, j);
        }
        if (!byCore) into[filled + p * capacity] = total;
      }
      note.smallWhole = say;
      return filled;
    };
    return variancesOfBlocks(p + 1, fill, "test", byCore);
  };
  const [, rows, p, value, variances] = cases[0]!;

  test("A, vouched for or not: the same bits as totals the filler adds up, and the exact variance of the total", () => {
    const byFiller = withTotals(rows, p, value, false, false);
    for (const say of [true, false]) {
      const byCore = withTotals(rows, p, value, say, true);
      expect(Array.from(byCore.variances)).toEqual(Array.from(byFiller.variances));
      expect(Array.from(byCore.means)).toEqual(Array.from(byFiller.means));
    }
    // Python's fractions.Fraction on the totals of A's rows, rounded once
    expectRelativelyClose(byFiller.variances[p]!, 32.96321070917637, 1e-14);
    expectRelativelyClose(byFiller.variances[0]!, variances[0]!, 1e-14);
  });

  test("answers that are not whole (the shifted path): totals added in column order, the same bits", () => {
    // 2^52 + a whole number, then fractions, then −2^52: another order of additions rounds differently
    const columns = [
      (r: number) => 2 ** 52 + (r % 7),
      (r: number) => 0.75 * ((r * 3) % 5),
      () => -(2 ** 52),
      (r: number) => ((r * 5) % 11) * 0.1,
      () => 0.5,
    ];
    const decimal = (r: number, j: number) => columns[j]!(r);
    const byFiller = withTotals(600, 5, decimal, false, false);
    const byCore = withTotals(600, 5, decimal, false, true);
    expect(Array.from(byCore.variances)).toEqual(Array.from(byFiller.variances));
    expect(Array.from(byCore.means)).toEqual(Array.from(byFiller.means));
    expect(byCore.variances[5]).toBeGreaterThan(0);
  });
});

describe("itemVariances, reading the cells as they came", () => {
  test("every entry that is not an answer is shown to notAnAnswer, also after a row is known to be left out", () => {
    const seen: unknown[] = [];
    const summary = itemVariances(
      [
        [1, 2, 3],
        [null, "x", true],
        ["", 2, Infinity],
        [2, 3, 5],
        [NaN, 1, 1],
        [4, 4, 4],
      ],
      (entry) => seen.push(entry),
    );
    expect(seen).toEqual(["x", true, "", Infinity, NaN]);
    expect(summary.n).toBe(3);
    // rows [1, 2, 3], [2, 3, 5], [4, 4, 4]: variances 7/3, 1, 1; totals 6, 10, 12, variance 28/3
    expect(Array.from(summary.variances)).toEqual([7 / 3, 1, 1]);
    expectRelativelyClose(summary.totalVariance, 28 / 3, 1e-15);
  });
});
