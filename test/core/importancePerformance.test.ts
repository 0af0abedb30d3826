import { describe, it, expect } from "@jest/globals";
import fc from "fast-check";
import { importancePerformance, type Quadrant } from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";
import { assertProperty } from "../seededProperty";

const importance = deepFreeze([4.5, 4.6, 3.1, 3.0, 4.1, 3.9]);
const performance = deepFreeze([3.2, 4.4, 3.0, 4.1, 3.8, 3.9]);

const quadrants = (result: ReturnType<typeof importancePerformance>) => result.factors.map((f) => f.quadrant);

describe("importancePerformance", () => {
  it("crosses at the means by Martilla & James's four quadrants", () => {
    const result = importancePerformance(importance, performance, "mean");
    // NumPy 2.4 means: 3.866666666666666, 3.733333333333333
    expectRelativelyClose(result.crosshair.importance, 3.866666666666666, 1e-15);
    expectRelativelyClose(result.crosshair.performance, 3.733333333333333, 1e-15);
    expect(quadrants(result)).toEqual([
      "concentrateHere",
      "keepUpTheGoodWork",
      "lowPriority",
      "possibleOverkill",
      "keepUpTheGoodWork",
      "keepUpTheGoodWork",
    ]);
    expect(result.factors[1]).toEqual({
      index: 1,
      importance: 4.6,
      performance: 4.4,
      quadrant: "keepUpTheGoodWork",
    });
  });

  it("crosses at the medians", () => {
    const result = importancePerformance(importance, performance, "median");
    // NumPy 2.4 medians: 4.0, 3.8499999999999996
    expect(result.crosshair).toEqual({ importance: 4, performance: 3.8499999999999996 });
    expect(quadrants(result)).toEqual([
      "concentrateHere",
      "keepUpTheGoodWork",
      "lowPriority",
      "possibleOverkill",
      "concentrateHere",
      "possibleOverkill",
    ]);
  });

  it("crosses at the inferred scale midpoints, a factor on a line counting as high", () => {
    const result = importancePerformance(importance, performance, "scale");
    expect(result.crosshair).toEqual({ importance: 3, performance: 3 }); // 1–5 scale on both axes
    // Factor 3 has importance 3.0 and factor 2 performance 3.0, exactly on the lines: both high.
    expect(quadrants(result)).toEqual(Array(6).fill("keepUpTheGoodWork"));
    expect(importancePerformance([2, 8], [0, 9], "scale").crosshair).toEqual({
      importance: 5.5,
      performance: 5,
    });
  });

  it("crosses at given values", () => {
    const result = importancePerformance(
      importance,
      performance,
      deepFreeze({ importance: 4, performance: 4 }),
    );
    expect(quadrants(result)).toEqual([
      "concentrateHere",
      "keepUpTheGoodWork",
      "lowPriority",
      "possibleOverkill",
      "concentrateHere",
      "lowPriority",
    ]);
  });

  it("follows the quadrant rule for any factors and crosshair (fast-check)", () => {
    const value = fc.integer({ min: 0, max: 10 }).map((v) => v / 2);
    assertProperty(
      fc.property(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 20 }),
        value,
        value,
        (factors, ci, cp) => {
          const result = importancePerformance(
            factors.map((f) => f[0]),
            factors.map((f) => f[1]),
            { importance: ci, performance: cp },
          );
          result.factors.forEach((factor, i) => {
            const [imp, perf] = factors[i]!;
            const expected: Quadrant =
              imp >= ci
                ? perf >= cp
                  ? "keepUpTheGoodWork"
                  : "concentrateHere"
                : perf >= cp
                  ? "possibleOverkill"
                  : "lowPriority";
            expect(factor).toEqual({ index: i, importance: imp, performance: perf, quadrant: expected });
          });
        },
      ),
    );
  });

  it("needs lists of the same length", () => {
    expect(() => importancePerformance([1, 2], [1], "mean")).toThrow(
      expect.objectContaining({ functionName: "importancePerformance", reason: "shape" }),
    );
  });

  it("needs at least one factor", () => {
    expect(() => importancePerformance([], [], "mean")).toThrow(
      "importancePerformance needs at least one factor",
    );
  });

  it("refuses non-finite values", () => {
    expect(() => importancePerformance([1, NaN], [1, 2], "mean")).toThrow(
      expect.objectContaining({ functionName: "importancePerformance", reason: "range" }),
    );
  });

  it("refuses a non-finite crosshair", () => {
    expect(() => importancePerformance([1], [1], { importance: NaN, performance: 3 })).toThrow(
      expect.objectContaining({ functionName: "importancePerformance", reason: "range" }),
    );
  });

  it("refuses a scale crosshair for values outside 0–100", () => {
    expect(() => importancePerformance([150], [3], "scale")).toThrow(
      expect.objectContaining({ functionName: "inferScaleRange", reason: "range" }),
    );
  });
});
