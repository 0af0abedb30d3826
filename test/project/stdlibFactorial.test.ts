/**
 * The stand-in for @stdlib/math-base-special-factorial (src/vendor/stdlibFactorial.js, aliased in
 * webpack.config.js) gives the same double as the real package for every argument: the package's own table of
 * n! (n = 0…170) is the reference, entry by entry, to the last bit.
 */
import stdlibFactorial from "@stdlib/math-base-special-factorial";

const factorial = require("../../src/vendor/stdlibFactorial.js") as (x: number) => number;

describe("stdlib factorial stand-in", () => {
  it("equals the package's table for n = 0…170 and gives +∞ beyond", () => {
    const differing: number[] = [];
    for (let n = 0; n <= 175; n++) if (!Object.is(factorial(n), stdlibFactorial(n))) differing.push(n);
    expect(differing).toEqual([]);
    expect(factorial(170)).toBe(7.257415615307999e306);
    expect(factorial(171)).toBe(Infinity);
  });

  it("follows the package for negative, non-integer and non-finite arguments", () => {
    for (const x of [-1, -0.5, 0.5, 3.7, 170.5, NaN, Infinity, -Infinity, -0]) {
      expect(Object.is(factorial(x), stdlibFactorial(x))).toBe(true);
    }
  });
});
