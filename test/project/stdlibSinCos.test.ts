/**
 * The stand-ins for @stdlib/math-base-special-sin and -cos (src/vendor/stdlibSin.js and stdlibCos.js,
 * aliased in webpack.config.js) are the built-in Math.sin and Math.cos. Two things make that safe:
 * - the distributions CX Gap calls never reach stdlib's sine or cosine (stdlib's gamma and log-gamma use
 *   them only to reflect negative arguments): checked here by counting calls over a sweep of arguments;
 * - where they would, the built-ins are within one ulp of the packages (the same FreeBSD msun
 *   algorithms; V8 differs in the last bit for about 1.6 % of arguments), checked on seeded arguments.
 */
import { seededRandom } from "../../bench/measure";

const calls = { sin: 0, cos: 0 };
jest.mock("@stdlib/math-base-special-sin", () => {
  const real = jest.requireActual("@stdlib/math-base-special-sin") as (x: number) => number;
  return (x: number) => {
    calls.sin++;
    return real(x);
  };
});
jest.mock("@stdlib/math-base-special-cos", () => {
  const real = jest.requireActual("@stdlib/math-base-special-cos") as (x: number) => number;
  return (x: number) => {
    calls.cos++;
    return real(x);
  };
});

// required after the mocks, so that stdlib's own modules see the counting ones
const { studentTQuantile, studentTTwoSidedPValue } =
  require("../../src/core/studentT") as typeof import("../../src/core/studentT");
const { fisherFCdf, fisherFQuantile, fisherFUpperTail } =
  require("../../src/core/distributions/fisherF") as typeof import("../../src/core/distributions/fisherF");
const { normalCdf, normalQuantile } =
  require("../../src/core/distributions/normal") as typeof import("../../src/core/distributions/normal");
const sin = require("../../src/vendor/stdlibSin.js") as (x: number) => number;
const cos = require("../../src/vendor/stdlibCos.js") as (x: number) => number;
const stdlibSin = jest.requireActual("@stdlib/math-base-special-sin") as (x: number) => number;
const stdlibCos = jest.requireActual("@stdlib/math-base-special-cos") as (x: number) => number;
const gamma = require("@stdlib/math-base-special-gamma") as (x: number) => number;

/** the distance of two doubles in units in the last place */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const difference = bits[0]! - bits[1]!;
  return Number(difference < 0n ? -difference : difference);
}

describe("stdlib sine and cosine stand-ins", () => {
  it("are never reached by the t, F and normal distributions as CX Gap calls them", () => {
    calls.sin = 0;
    calls.cos = 0;
    const degrees = [1, 1.5, 2, 3, 4.7, 9, 29, 100, 1e3, 1e6];
    const points = [-40, -3, -1.96, -0.5, 0, 0.01, 0.7, 2.1, 6, 1e3];
    for (const df of degrees) {
      for (const p of [0.0005, 0.025, 0.5, 0.9, 0.975, 0.9995]) studentTQuantile(p, df);
      for (const t of points) studentTTwoSidedPValue(t, df);
      for (const df2 of degrees) {
        for (const x of [0.001, 0.11, 1, 2.5, 40]) {
          fisherFCdf(x, df, df2);
          fisherFUpperTail(x, df, df2);
        }
        fisherFQuantile(0.95, df, df2);
      }
    }
    for (const z of points) normalCdf(z);
    for (const p of [1e-10, 0.025, 0.5, 0.975]) normalQuantile(p);
    expect(calls).toEqual({ sin: 0, cos: 0 });
    // and the count does count: a large negative argument to gamma goes through its reflection
    gamma(-40.5);
    expect(calls.sin).toBeGreaterThan(0);
  });

  it("are within one ulp of the packages' sine and cosine", () => {
    const seed = 20261202;
    const random = seededRandom(seed);
    let worst = 0;
    let worstAt = 0;
    // below 2^-27, up to π/4, and the ranges the argument reduction treats each its own way
    for (const scale of [1e-10, 0.7, 3, 100, 1e6, 1e9, 1e15, 1e300]) {
      for (let i = 0; i < 2000; i++) {
        const x = (random() - 0.5) * 2 * scale;
        const distance = Math.max(ulps(sin(x), stdlibSin(x)), ulps(cos(x), stdlibCos(x)));
        if (distance > worst) [worst, worstAt] = [distance, x];
      }
    }
    if (worst > 1) console.log(`seed ${seed}: ${worst} ulps at ${worstAt}`);
    expect(worst).toBeLessThanOrEqual(1);
    for (const x of [0, -0, NaN, Infinity, -Infinity]) {
      expect(Object.is(sin(x), stdlibSin(x)) && Object.is(cos(x), stdlibCos(x))).toBe(true);
    }
  });
});
