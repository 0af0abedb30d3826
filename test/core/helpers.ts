/* global __dirname */
import { expect } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import type { BlockFiller } from "../../src/core";

/** Freezes an object and everything reachable from it, so a test proves its input is not mutated. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Asserts |actual − expected| ≤ relativeTolerance · scale, scale defaulting to |expected|
 * (pass a larger scale for a difference of two larger numbers, e.g. a CI bound near zero).
 */
export function expectRelativelyClose(
  actual: number | undefined,
  expected: number,
  relativeTolerance = 1e-14,
  scale = Math.abs(expected),
): void {
  expect(typeof actual).toBe("number");
  const error = Math.abs((actual as number) - expected);
  if (!(error <= relativeTolerance * scale)) {
    throw new Error(
      `expected ${actual} to be within ${relativeTolerance} (relative to ${scale}) of ${expected}; off by ${error}`,
    );
  }
}

/** Rows of a CSV fixture in test/fixtures (header first), split on commas; fixtures have no quoted fields. */
export function readFixtureRows(name: string): string[][] {
  const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", name), "utf8");
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}

/**
 * `rows` rows of `p` values, value(r, j), as a BlockFiller (covarianceOfBlocks, variancesOfBlocks) that
 * says of every block what `say` says (BlockNote): true vouches for whole numbers within ±11, "narrow" also
 * for whole numbers from 1 to 7, false sends the block through the shifted path.
 */
export function fillerOf(
  rows: number,
  p: number,
  value: (r: number, j: number) => number,
  say: boolean | "narrow",
): BlockFiller {
  let next = 0;
  return (into, capacity, note) => {
    let filled = 0;
    for (; filled < capacity && next < rows; filled++, next++) {
      for (let j = 0; j < p; j++) into[filled + j * capacity] = value(next, j);
    }
    note.smallWhole = say !== false;
    note.narrow = say === "narrow";
    return filled;
  };
}

/**
 * Four columns over 700 rows (blocks of 256): column 0 is 7 in the first 256 rows, then 1–7; column 1 is 3
 * throughout; column 2 is 0–10; column 3 is 7 in the first block and 5 after it (no block varies, the
 * column does: 256 sevens and 444 fives, variance 4·256·444/(700·699) = 454,656/489,300 exactly).
 */
export function constantWithinBlocks(r: number, j: number): number {
  if (j === 0) return r < 256 ? 7 : 1 + (r % 7);
  if (j === 1) return 3;
  if (j === 2) return (r * 5) % 11;
  return r < 256 ? 7 : 5;
}
