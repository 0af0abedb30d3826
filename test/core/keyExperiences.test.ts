import { describe, it, expect } from "@jest/globals";
import fc from "fast-check";
import { inferScaleRange, inferScaleTop, keyExperiences } from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";
import { assertProperty } from "../seededProperty";

const importance = deepFreeze([0.62, 0.48, 0.71, 0.55, 0.62, 0.3]);
const performance = deepFreeze([3.9, 4.4, 3.6, 4.1, 3.9, 2.8]);

describe("keyExperiences", () => {
  it("ranks importance × (scale top − performance), ties in input order (NumPy stable argsort)", () => {
    const ranked = keyExperiences(importance, performance, deepFreeze({ scaleTop: 7 }));
    // NumPy 2.4: argsort(-score, kind="stable") = [2, 0, 4, 3, 5, 1]; factors 0 and 4 tie at 1.922
    expect(ranked.map((k) => k.index)).toEqual([2, 0, 4, 3, 5, 1]);
    expect(ranked.map((k) => k.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const scores = [2.4139999999999997, 1.922, 1.922, 1.5950000000000004, 1.26, 1.2479999999999998]; // NumPy 2.4
    const shortfalls = [3.4, 3.1, 3.1, 2.9000000000000004, 4.2, 2.5999999999999996]; // NumPy 2.4
    ranked.forEach((k, position) => {
      expectRelativelyClose(k.score, scores[position]!, 1e-15);
      expectRelativelyClose(k.shortfall, shortfalls[position]!, 1e-15);
      expect(k.importance).toBe(importance[k.index]);
      expect(k.performance).toBe(performance[k.index]);
    });
  });

  it("counts only the shortfall below expectation (NumPy)", () => {
    const expectation = deepFreeze([4.5, 4.2, 4.6, 4.8, 4.0, 2.5]);
    const ranked = keyExperiences(importance, performance, { expectation });
    // NumPy 2.4: maximum(expectation − performance, 0); factors 1 and 5 exceed expectations (score 0, tie)
    expect(ranked.map((k) => k.index)).toEqual([2, 3, 0, 4, 1, 5]);
    const scores = [0.7099999999999996, 0.3850000000000001, 0.37200000000000005, 0.062000000000000055, 0, 0];
    ranked.forEach((k, position) => expectRelativelyClose(k.score, scores[position]!, 1e-15, 1));
    expect(ranked[4]!.shortfall).toBe(0);
  });

  it("sorts by score descending with ties in input order and ranks 1..n (fast-check)", () => {
    const factor = fc.record({
      importance: fc.integer({ min: 0, max: 4 }).map((v) => v / 2),
      performance: fc.integer({ min: 1, max: 5 }),
    });
    assertProperty(
      fc.property(fc.array(factor, { minLength: 1, maxLength: 25 }), (factors) => {
        const ranked = keyExperiences(
          factors.map((f) => f.importance),
          factors.map((f) => f.performance),
          { scaleTop: 5 },
        );
        expect(ranked.map((k) => k.rank)).toEqual(factors.map((_, i) => i + 1));
        expect([...ranked.map((k) => k.index)].sort((a, b) => a - b)).toEqual(factors.map((_, i) => i));
        for (let i = 1; i < ranked.length; i++) {
          const before = ranked[i - 1]!;
          const after = ranked[i]!;
          expect(before.score).toBeGreaterThanOrEqual(after.score);
          if (before.score === after.score) expect(before.index).toBeLessThan(after.index);
        }
        for (const k of ranked) expect(k.score).toBe(k.importance * (5 - k.performance));
      }),
    );
  });

  it("needs lists of the same length", () => {
    expect(() => keyExperiences([1, 2], [3], { scaleTop: 5 })).toThrow(
      expect.objectContaining({ functionName: "keyExperiences", reason: "shape" }),
    );
  });

  it("needs at least one factor", () => {
    expect(() => keyExperiences([], [], { scaleTop: 5 })).toThrow("keyExperiences needs at least one factor");
  });

  it("needs one expectation per factor", () => {
    expect(() => keyExperiences([1, 2], [3, 4], { expectation: [5] })).toThrow(
      expect.objectContaining({ functionName: "keyExperiences", reason: "shape" }),
    );
  });

  it("refuses a scale top below the data", () => {
    expect(() => keyExperiences([1, 2], [3, 6], { scaleTop: 5 })).toThrow(
      "keyExperiences needs a scale top of at least the largest performance value (6; got 5)",
    );
  });

  it.each([
    ["importance", [NaN], [3], { scaleTop: 5 }],
    ["performance", [1], [Infinity], { scaleTop: 5 }],
    ["scale top", [1], [3], { scaleTop: NaN }],
    ["expectation", [1], [3], { expectation: [NaN] }],
    ["score", [1e300], [-1e300], { scaleTop: 5 }],
  ])("refuses a non-finite %s", (_, imp, perf, reference) => {
    expect(() => keyExperiences(imp, perf, reference)).toThrow(
      expect.objectContaining({ functionName: "keyExperiences", reason: "range" }),
    );
  });
});

describe("inferScaleTop and inferScaleRange", () => {
  it.each([
    [[1, 3, 5], 5],
    [[3.2, 4.8, 6], 7],
    [[7.01], 10],
    [[10], 10],
    [[12, 55], 100],
    [[100], 100],
  ])("infers the top of %p as %p", (values, top) => {
    expect(inferScaleTop(values)).toBe(top);
    expect(inferScaleRange(values).top).toBe(top);
  });

  it("takes bottom 0 only when a value is below 1", () => {
    expect(inferScaleRange([0, 6, 9])).toEqual({ bottom: 0, top: 10 });
    expect(inferScaleRange([0.5, 4])).toEqual({ bottom: 0, top: 5 });
    expect(inferScaleRange([1, 4])).toEqual({ bottom: 1, top: 5 });
  });

  it("needs values", () => {
    expect(() => inferScaleTop([])).toThrow(
      expect.objectContaining({ functionName: "inferScaleTop", reason: "empty" }),
    );
    expect(() => inferScaleRange([])).toThrow(
      expect.objectContaining({ functionName: "inferScaleRange", reason: "empty" }),
    );
  });

  it.each([[[101]], [[-1, 3]], [[NaN]], [[Infinity]]])("refuses %p", (values) => {
    expect(() => inferScaleTop(values)).toThrow(
      expect.objectContaining({ functionName: "inferScaleTop", reason: "range" }),
    );
    expect(() => inferScaleRange(values)).toThrow(
      expect.objectContaining({ functionName: "inferScaleRange", reason: "range" }),
    );
  });
});
