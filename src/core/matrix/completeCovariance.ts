import { CoreInputError } from "../coreInputError";

/** Means and covariance matrix (divisor n − 1, row-major p × p) of the rows used. */
export interface CovarianceSummary {
  /** Rows with every variable present. */
  n: number;
  means: Float64Array;
  covariance: Float64Array;
}

/** Rows gathered before they are centred and merged: small enough to stay in cache. */
const BLOCK_ROWS = 128;

/**
 * Means and covariance matrix of `variables` variables over the rows where every one is present
 * (listwise deletion). `read(row, into, at)` copies row `row`'s values into `into` from `at` and says
 * whether all were present; rows are read once, so a million survey rows cost one pass.
 *
 * Accurate where sums of squares would cancel: each block of rows is centred on its own mean (two-pass)
 * and the blocks are merged by Chan, Golub & LeVeque's pairwise update ("Updating formulae and a
 * pairwise algorithm for computing sample variances", 1979). The shared step of Cronbach's alpha and of
 * driver analysis (regression, relative weights and Shapley values all start from this matrix).
 *
 * @throws CoreInputError `range` when the sums overflow (numbers beyond about 1e150).
 * @example
 * const rows = [[1, 2], [2, 4], [null, 1], [3, 7]];
 * completeCovariance(4, 2, (r, into, at) => {
 *   into[at] = rows[r][0] ?? NaN; into[at + 1] = rows[r][1] ?? NaN;
 *   return rows[r].every((v) => v !== null);
 * }).covariance // => Float64Array [1, 2.5, 2.5, 6.333333333333333]
 */
export function completeCovariance(
  rowCount: number,
  variables: number,
  read: (row: number, into: Float64Array, at: number) => boolean,
  functionName = "completeCovariance",
): CovarianceSummary {
  const p = variables;
  const block = new Float64Array(BLOCK_ROWS * p);
  const blockMeans = new Float64Array(p);
  const means = new Float64Array(p);
  // upper triangle of Σ (x − mean)(x − mean)ᵀ, filled in at the end
  const squares = new Float64Array(p * p);
  // the first row used, and whether each variable ever differs from it: a constant column gets a
  // variance of exactly 0 (its block means may be off by an ulp, which would make it look as if it varied)
  const first = new Float64Array(p);
  const varies = new Uint8Array(p);
  let n = 0;
  let filled = 0;
  const merge = () => {
    if (filled === 0) return;
    if (n === 0) first.set(block.subarray(0, p));
    // values are taken relative to the first row (exact for nearby doubles), so that merging means far
    // from zero (1e9 + a few tenths) does not cost the digits the spread lives in
    for (let i = 0; i < filled; i++) {
      for (let j = 0; j < p; j++) {
        const relative = block[i * p + j]! - first[j]!;
        if (relative !== 0) varies[j] = 1;
        block[i * p + j] = relative;
      }
    }
    blockMeans.fill(0);
    for (let i = 0; i < filled; i++) for (let j = 0; j < p; j++) blockMeans[j]! += block[i * p + j]!;
    for (let j = 0; j < p; j++) blockMeans[j]! /= filled;
    for (let i = 0; i < filled; i++) {
      const at = i * p;
      for (let j = 0; j < p; j++) block[at + j]! -= blockMeans[j]!;
      for (let j = 0; j < p; j++) {
        const dj = block[at + j]!;
        const row = j * p;
        for (let l = j; l < p; l++) squares[row + l]! += dj * block[at + l]!;
      }
    }
    // merging a block of `filled` rows into the n rows so far: the means' difference adds n·m/(n + m)·δδᵀ
    const total = n + filled;
    const factor = (n * filled) / total;
    for (let j = 0; j < p; j++) {
      const dj = blockMeans[j]! - means[j]!;
      for (let l = j; l < p; l++) squares[j * p + l]! += factor * dj * (blockMeans[l]! - means[l]!);
    }
    for (let j = 0; j < p; j++) means[j]! += ((blockMeans[j]! - means[j]!) * filled) / total;
    n = total;
    filled = 0;
  };
  for (let r = 0; r < rowCount; r++) {
    if (!read(r, block, filled * p)) continue;
    if (++filled === BLOCK_ROWS) merge();
  }
  merge();
  const covariance = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    means[j] = varies[j] === 0 ? first[j]! : first[j]! + means[j]!;
    for (let l = j; l < p; l++) {
      const value = varies[j] === 0 || varies[l] === 0 ? 0 : squares[j * p + l]! / (n - 1);
      if (!Number.isFinite(value) && n > 1) {
        throw new CoreInputError(functionName, "range", "numbers small enough to square (|x| < 1e150)");
      }
      covariance[j * p + l] = value;
      covariance[l * p + j] = value;
    }
  }
  return { n, means, covariance };
}
