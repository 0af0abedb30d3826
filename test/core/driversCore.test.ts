import { describe, expect, it } from "@jest/globals";
import { completeCovariance, keyDrivers, relativeWeights, shapleyR2, symmetricEigen } from "../../src/core";
import { expectRelativelyClose } from "./helpers";

describe("symmetricEigen", () => {
  it("matches NumPy 2.4 numpy.linalg.eigh", () => {
    const matrix = Float64Array.of(4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2);
    const { values, vectors } = symmetricEigen(matrix, 3);
    expect([...matrix]).toEqual([4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2]);
    const sorted = [...values].sort((a, b) => a - b);
    [1.8800869029150529, 2.3983430193369966, 4.72157007774795].forEach((value, i) =>
      expectRelativelyClose(sorted[i], value, 1e-14),
    );
    // A·v = λ·v for every column
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        let product = 0;
        for (let j = 0; j < 3; j++) product += matrix[i * 3 + j]! * vectors[j * 3 + k]!;
        expect(Math.abs(product - values[k]! * vectors[i * 3 + k]!)).toBeLessThan(1e-14);
      }
    }
  });
});

describe("completeCovariance", () => {
  it("keeps its digits on data far from zero (exact rational arithmetic on the same doubles: 0.07798993997238512)", () => {
    const rows = Array.from({ length: 200 }, (_, i) => 1e9 + [0.1, 0.2, 0.4, 0.3, 0.9][i % 5]!);
    const { n, covariance } = completeCovariance(rows.length, 1, (r, into, at) => {
      into[at] = rows[r]!;
      return true;
    });
    expect(n).toBe(200);
    expectRelativelyClose(covariance[0], 0.07798993997238512, 1e-14);
  });

  it("a constant column has a variance of exactly 0", () => {
    const { covariance } = completeCovariance(300, 2, (r, into, at, stride) => {
      into[at] = 0.1;
      into[at + stride] = r;
      return true;
    });
    expect([covariance[0], covariance[1], covariance[2]]).toEqual([0, 0, 0]);
  });
});

describe("relativeWeights and shapleyR2", () => {
  it("with uncorrelated drivers both are the squared correlations (Johnson 2000: R = I)", () => {
    const among = Float64Array.of(1, 0, 0, 1);
    const withOutcome = Float64Array.of(0.6, 0.3);
    const { weights, beta, rSquared } = relativeWeights(among, withOutcome);
    expectRelativelyClose(weights[0], 0.36, 1e-15);
    expectRelativelyClose(weights[1], 0.09, 1e-15);
    expectRelativelyClose(beta[0], 0.6, 1e-15);
    expectRelativelyClose(rSquared, 0.45, 1e-15);
    const shapley = shapleyR2(among, withOutcome);
    expectRelativelyClose(shapley[0], 0.36, 1e-15);
    expectRelativelyClose(shapley[1], 0.09, 1e-15);
  });

  it("refuses perfectly collinear drivers", () => {
    expect(() => relativeWeights(Float64Array.of(1, 1, 1, 1), Float64Array.of(0.5, 0.5))).toThrow(
      expect.objectContaining({ functionName: "relativeWeights", reason: "insufficient" }),
    );
  });
});

describe("keyDrivers", () => {
  it("refuses too few respondents and a variable that does not vary", () => {
    const summary = (n: number, variance: number) => ({
      n,
      means: Float64Array.of(0, 0),
      covariance: Float64Array.of(1, 0.5, 0.5, variance),
    });
    expect(() => keyDrivers(summary(2, 1))).toThrow(expect.objectContaining({ reason: "insufficient" }));
    expect(() => keyDrivers(summary(10, 0))).toThrow(expect.objectContaining({ reason: "insufficient" }));
    expect(keyDrivers(summary(10, 1)).rSquared).toBeCloseTo(0.25, 15);
  });
});
