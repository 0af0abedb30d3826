/* global __dirname */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_PROPERTY_SEED, assertProperty, propertySeed } from "../seededProperty";

const TEST_ROOT = path.resolve(__dirname, "..");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

describe("property tests are seeded", () => {
  it("every property test runs through assertProperty (a fixed seed, printed on failure)", () => {
    const unseeded = sourceFiles(TEST_ROOT)
      .filter((file) => path.basename(file) !== "seededProperty.ts")
      .filter((file) => /\bfc\.(assert|check)\s*\(|\bfc\.asyncProperty\b/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(TEST_ROOT, file));
    expect(unseeded).toEqual([]);
  });

  it("uses the fixed seed unless FC_SEED names another", () => {
    expect(propertySeed({})).toBe(DEFAULT_PROPERTY_SEED);
    expect(propertySeed({ FC_SEED: "42" })).toBe(42);
    expect(Number.isSafeInteger(propertySeed({ FC_SEED: "random" }))).toBe(true);
    expect(() => propertySeed({ FC_SEED: "4.5" })).toThrow(
      'FC_SEED must be an integer or "random" (got "4.5")',
    );
  });

  it("draws the same cases on every run", () => {
    const draws = () => {
      const seen: number[] = [];
      assertProperty(
        fc.property(fc.integer(), (n) => {
          seen.push(n);
        }),
        { numRuns: 20 },
      );
      return seen;
    };
    expect(draws()).toEqual(draws());
  });

  it("names the seed and how to repeat the run when a property fails", () => {
    const previous = process.env.FC_SEED;
    process.env.FC_SEED = "7";
    try {
      expect(() => assertProperty(fc.property(fc.integer(), (n) => n < 10))).toThrow(
        /Property failed with seed 7; repeat with FC_SEED=7 npx jest test\/project\/propertySeeds\.test\.ts/,
      );
    } finally {
      if (previous === undefined) delete process.env.FC_SEED;
      else process.env.FC_SEED = previous;
    }
  });
});
