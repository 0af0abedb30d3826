import { describe, it, expect } from "@jest/globals";
import {
  CoreInputError,
  mean,
  SERVQUAL_DIMENSION_KEYS,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
} from "../../src/core";

describe("CoreInputError", () => {
  it("carries the function, the reason and a message naming both the function and the need", () => {
    let caught: unknown;
    try {
      mean([]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CoreInputError);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({
      name: "CoreInputError",
      functionName: "mean",
      reason: "insufficient",
      message: "mean needs at least one number",
    });
  });
});

describe("STANDARD_SERVQUAL_DIMENSION_OF_ITEM", () => {
  it("maps the 22 items as Parasuraman, Zeithaml & Berry (1988): 1–4, 5–9, 10–13, 14–17, 18–22", () => {
    const itemsOf = (key: string) =>
      STANDARD_SERVQUAL_DIMENSION_OF_ITEM.flatMap((dimension, j) => (dimension === key ? [j + 1] : []));
    expect(STANDARD_SERVQUAL_DIMENSION_OF_ITEM).toHaveLength(22);
    expect(itemsOf("tangibles")).toEqual([1, 2, 3, 4]);
    expect(itemsOf("reliability")).toEqual([5, 6, 7, 8, 9]);
    expect(itemsOf("responsiveness")).toEqual([10, 11, 12, 13]);
    expect(itemsOf("assurance")).toEqual([14, 15, 16, 17]);
    expect(itemsOf("empathy")).toEqual([18, 19, 20, 21, 22]);
    expect(SERVQUAL_DIMENSION_KEYS).toEqual([
      "tangibles",
      "reliability",
      "responsiveness",
      "assurance",
      "empathy",
    ]);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(STANDARD_SERVQUAL_DIMENSION_OF_ITEM)).toBe(true);
    expect(Object.isFrozen(SERVQUAL_DIMENSION_KEYS)).toBe(true);
  });
});
