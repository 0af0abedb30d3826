/* global __dirname */
import { expect } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";

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
