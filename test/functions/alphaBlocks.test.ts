/*
 * CX.ALPHA (without details, listwise) tells the variances core which blocks of rows hold only whole numbers
 * within ±2^17, their totals included, so that their values and squares are added up as they came (see
 * BlockNote and WHOLE_AS_THEY_CAME in src/core/matrix/completeCovariance.ts). A wrong "yes" would square
 * numbers too large to add exactly; here every block's claim is checked against its values, and each result
 * against the same call with every claim ignored (the shifted path, exact on the same blocks): the same bits.
 */
import { jest } from "@jest/globals";
import type * as Blocks from "../../src/core/matrix/completeCovariance";

const WHOLE = 2 ** 17;
const claims: boolean[] = [];
const wrongClaims: string[] = [];
const switches = { ignoreClaims: false };

jest.mock("../../src/core/matrix/completeCovariance", () => {
  const actual = jest.requireActual<typeof Blocks>("../../src/core/matrix/completeCovariance");
  const variancesOfBlocks: typeof actual.variancesOfBlocks = (variables, fill, name, withTotal) =>
    actual.variancesOfBlocks(
      variables,
      (into, capacity, note) => {
        const filled = fill(into, capacity, note);
        if (filled > 0) claims.push(note.smallWhole);
        // the last column is the core's: each row's total of the others (withTotal)
        for (let t = 0; note.smallWhole && t < filled; t++) {
          let total = 0;
          for (let j = 0; j < variables - 1; j++) {
            const value = into[t + j * capacity]!;
            total += value;
            if (!Number.isInteger(value) || Math.abs(value) > WHOLE) wrongClaims.push(`row ${t}: ${value}`);
          }
          if (Math.abs(total) > WHOLE) wrongClaims.push(`row ${t}: total ${total}`);
        }
        if (switches.ignoreClaims) note.smallWhole = false;
        return filled;
      },
      name,
      withTotal,
    );
  return { ...actual, variancesOfBlocks };
});

// imported after the mock is declared (jest hoists jest.mock above the imports)
import { alpha } from "../../src/functions/functions";
import { errorCell, thrownBy } from "./helpers";

/** alpha's one cell, with the blocks' claims as the filler makes them and with every claim ignored. */
function bothWays(items: unknown[][]): { claimed: unknown; ignored: unknown } {
  claims.length = 0;
  wrongClaims.length = 0;
  switches.ignoreClaims = false;
  const claimed = alpha(items as never)[0]?.[0];
  const made = [...claims];
  switches.ignoreClaims = true;
  const ignored = alpha(items as never)[0]?.[0];
  switches.ignoreClaims = false;
  claims.splice(0, claims.length, ...made);
  return { claimed, ignored };
}

describe("CX.ALPHA's blocks of rows", () => {
  test("only blocks of whole numbers within ±2^17 / k (so totals within ±2^17) are said to be so; the same bits either way", () => {
    // 5 blocks of 256 respondents × 3 items of 1–7 answers; the second holds one 2^17 + 1; the third one 2.5;
    // the fourth −43,690 and a row of 43,690s (⌊2^17 / 3⌋: allowed, a total of 131,070); the fifth 43,691
    const items: unknown[][] = Array.from({ length: 1280 }, (_, i) => [
      1 + (i % 7),
      1 + ((i * 3) % 7),
      1 + ((i * i) % 7),
    ]);
    items[300]![1] = WHOLE + 1;
    items[600]![2] = 2.5;
    items[800] = [-43690, 1, 1];
    items[801] = [43690, 43690, 43690];
    items[1100] = [43691, 1, 1];
    const { claimed, ignored } = bothWays(items);
    expect(claims).toEqual([true, false, false, true, false]);
    expect(wrongClaims).toEqual([]);
    expect(typeof claimed).toBe("number");
    expect(claimed).toBe(ignored);
  });

  test("a blank, empty text or TRUE leaves its respondent out and does not stop the claim", () => {
    const items: unknown[][] = Array.from({ length: 300 }, (_, i) => [1 + (i % 5), 1 + ((i * 3) % 5)]);
    items[5]![1] = "";
    items[7]![0] = null;
    items[9]![1] = true;
    const { claimed, ignored } = bothWays(items);
    expect(claims).toEqual([true, true]);
    expect(claimed).toBe(ignored);
  });

  test("answers 1e8 + {1…5} are not said to be small (their squares would not add up exactly)", () => {
    const items = Array.from({ length: 600 }, (_, r) =>
      Array.from({ length: 4 }, (_, j) => 1e8 + 1 + ((r * 7 + Math.floor(r / 11)) % 3) + ((r * j + j) % 3)),
    );
    const { claimed, ignored } = bothWays(items);
    expect(claims).toEqual([false, false, false]);
    expect(claimed).toBe(ignored);
  });
});

describe("CX.ALPHA reading the cells as they came", () => {
  test("an error cell after a blank in the same row is still that error", () => {
    const items = [
      [1, 2, 3],
      [null, 2, errorCell("#N/A")],
      [2, 3, 5],
      [4, 4, 4],
    ];
    expect(thrownBy(() => alpha(items as never)).code).toBe("#N/A");
  });
});
