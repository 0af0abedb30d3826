import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { sumOfSquaredDeviations } from "./sampleStandardDeviation";
import { meanOfFinite } from "./mean";

/**
 * Pearson's product-moment correlation of the pairs where both answers are present
 * (pairwise complete), between −1 and 1.
 *
 * Derived importance in key-driver analysis: how strongly an item's rating moves with overall
 * satisfaction. Two-pass: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²) (Pearson, 1895).
 *
 * @throws CoreInputError `shape` when x and y differ in length, `insufficient` with fewer than two
 * complete pairs or when either variable does not vary, `range` for a non-finite number.
 * @example
 * pearsonCorrelation([1, 2, 3, null, 5], [2, 4, 5, 1, 9]) // => 0.9944903161976938
 */
export function pearsonCorrelation(x: readonly Answer[], y: readonly Answer[]): number {
  const name = "pearsonCorrelation";
  if (x.length !== y.length) {
    throw new CoreInputError(name, "shape", `x and y of the same length (got ${x.length} and ${y.length})`);
  }
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (typeof xi !== "number" || typeof yi !== "number") continue;
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      throw new CoreInputError(name, "range", `finite numbers (pair ${i + 1} is ${xi}, ${yi})`, {
        problem: { code: "notFinite" },
      });
    }
    n++;
  }
  if (n < 2)
    throw new CoreInputError(name, "insufficient", "at least two pairs where both x and y are numbers");
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0, k = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (typeof xi === "number" && typeof yi === "number") {
      xs[k] = xi;
      ys[k] = yi;
      k++;
    }
  }
  const sxx = sumOfSquaredDeviations(xs, name);
  const syy = sumOfSquaredDeviations(ys, name);
  if (sxx === 0 || syy === 0) {
    throw new CoreInputError(name, "insufficient", "x and y values that vary (one of them is constant)", {
      problem: { code: "noVariation" },
    });
  }
  const mx = meanOfFinite(xs, name);
  const my = meanOfFinite(ys, name);
  let sxy = 0;
  for (let i = 0; i < n; i++) sxy += (xs[i]! - mx) * (ys[i]! - my);
  // One square root of the product is exact more often (perfect lines give exactly ±1); the product of
  // two roots avoids overflow or underflow of sxx · syy.
  const product = sxx * syy;
  const scale =
    Number.isFinite(product) && product > 0 ? Math.sqrt(product) : Math.sqrt(sxx) * Math.sqrt(syy);
  const r = sxy / scale;
  return Math.min(1, Math.max(-1, r));
}
