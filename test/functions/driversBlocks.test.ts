/*
 * CX.DRIVERS tells the covariance core which blocks of rows hold only whole numbers within ±11, so that
 * they are multiplied as they came, and which only whole numbers from 1 to 7, multiplied four at a time
 * (see BlockNote in src/core/matrix/completeCovariance.ts). A wrong "yes" would overflow the packed
 * products; here every block's claims are checked against its values.
 */
import { jest } from "@jest/globals";
import type * as Core from "../../src/core";

const claims: boolean[] = [];
const narrowClaims: boolean[] = [];
const wrongClaims: string[] = [];

jest.mock("../../src/core", () => {
  const actual = jest.requireActual<typeof Core>("../../src/core");
  const covarianceOfBlocks: typeof actual.covarianceOfBlocks = (variables, fill, name) =>
    actual.covarianceOfBlocks(
      variables,
      (into, capacity, note) => {
        const filled = fill(into, capacity, note);
        if (filled > 0) claims.push(note.smallWhole);
        if (filled > 0) narrowClaims.push(note.narrow === true);
        for (let t = 0; note.narrow === true && t < filled; t++) {
          for (let j = 0; j < variables; j++) {
            const value = into[t + j * capacity]!;
            if (!Number.isInteger(value) || value < 1 || value > 7)
              wrongClaims.push(`row ${t}: ${value} (1–7)`);
          }
        }
        for (let t = 0; note.smallWhole && t < filled; t++) {
          for (let j = 0; j < variables; j++) {
            const value = into[t + j * capacity]!;
            if (!Number.isInteger(value) || Math.abs(value) > 11) wrongClaims.push(`row ${t}: ${value}`);
          }
        }
        return filled;
      },
      name,
    );
  return { ...actual, covarianceOfBlocks };
});

// imported after the mock is declared (jest hoists jest.mock above the imports)
import { drivers } from "../../src/functions/functions";
import { formatted } from "./helpers";

describe("CX.DRIVERS's blocks of rows", () => {
  test("only blocks of whole numbers within ±11 are said to be so", () => {
    // 4 blocks of 256 respondents: 1–7 answers; one 12 in the second; one 2.5 in the third; −11 and 11 in the fourth
    const x = Array.from({ length: 1024 }, (_, i) => [1 + (i % 7), 1 + ((i * 3) % 7), 1 + ((i * i) % 7)]);
    const y = x.map(([a, b], i) => [1 + ((a! + b! + (i % 5)) % 7)]);
    x[300]![1] = 12;
    x[600]![2] = 2.5;
    x[800]![0] = -11;
    y[900]![0] = 11;
    claims.length = 0;
    narrowClaims.length = 0;
    const table = drivers(y as never, x as never);
    expect(table.at(-1)![0]).toBe("R² (n = 1024)");
    expect(claims).toEqual([true, false, false, true]);
    expect(narrowClaims).toEqual([true, false, false, false]);
    expect(wrongClaims).toEqual([]);
  });

  test("only blocks of whole numbers from 1 to 7 are said to be narrow, by either reading", () => {
    // 3 blocks of 256: 1–7; one 0 in the second (a driver, second of a pair); one 8 in the third (the outcome)
    const x = Array.from({ length: 768 }, (_, i) => [
      1 + ((i * 5) % 7),
      1 + ((i * 3) % 7),
      1 + ((i * i) % 7),
    ]);
    const y = x.map(([a, b], i) => [1 + ((a! + b! + (i % 5)) % 7)]);
    x[300]![1] = 0;
    y[600]![0] = 8;
    for (const careful of [false, true]) {
      // a formatted number (a data type) sends the whole call to the careful reading
      const cells = careful ? x.map((row, i) => (i === 0 ? [formatted(row[0]!), ...row.slice(1)] : row)) : x;
      claims.length = 0;
      narrowClaims.length = 0;
      drivers(y as never, cells as never);
      expect(claims).toEqual([true, true, true]);
      expect(narrowClaims).toEqual([true, false, false]);
    }
    expect(wrongClaims).toEqual([]);
  });

  test("a blank or text answer leaves its respondent out and does not stop the claim", () => {
    const x = Array.from({ length: 300 }, (_, i) => [1 + (i % 7), i === 5 ? "" : 1 + ((i * 3) % 7)]);
    const y = x.map((_, i) => [i === 7 ? null : 1 + ((i * 2) % 7)]);
    claims.length = 0;
    const table = drivers(y as never, x as never);
    expect(table.at(-1)![0]).toBe("R² (n = 298)");
    expect(claims).toEqual([true, true]);
  });
});
