import { CoreInputError } from "../coreInputError";

/** Means and covariance matrix (divisor n − 1, row-major p × p) of the rows used. */
export interface CovarianceSummary {
  /** Rows with every variable present. */
  n: number;
  means: Float64Array;
  covariance: Float64Array;
}

/**
 * Reads row `row` into the block: variable j goes to `into[at + j * stride]`. Returns false when a
 * value is missing (the row is then left out).
 */
export type RowReader = (row: number, into: Float64Array, at: number, stride: number) => boolean;

/** Rows gathered before they are centred and merged: small enough to stay in cache. */
const BLOCK_ROWS = 256;

/**
 * Means and covariance matrix of `variables` variables over the rows where every one is present
 * (listwise deletion), reading each row once, so a million survey rows cost one pass.
 *
 * Accurate where sums of squares would cancel: values are taken relative to the first row used (exact
 * for nearby doubles), each block of rows is centred on its own mean (two-pass) and the blocks are
 * merged by Chan, Golub & LeVeque's pairwise update ("Updating formulae and a pairwise algorithm for
 * computing sample variances", 1979). A block is stored one variable after another, so each covariance
 * is a dot product of two contiguous columns. A variable that never differs from its first value gets
 * a variance of exactly 0. The shared step of Cronbach's alpha and of driver analysis (regression,
 * relative weights and Shapley values all start from this matrix).
 *
 * @throws CoreInputError `range` when the sums overflow (numbers beyond about 1e150).
 * @example
 * const rows = [[1, 2], [2, 4], [null, 1], [3, 7]];
 * completeCovariance(4, 2, (r, into, at, stride) => {
 *   const [x, y] = rows[r];
 *   if (x === null || y === null) return false;
 *   into[at] = x;
 *   into[at + stride] = y;
 *   return true;
 * }).covariance // => Float64Array [1, 2.5, 2.5, 6.333333333333333]
 */
export function completeCovariance(
  rowCount: number,
  variables: number,
  read: RowReader,
  functionName = "completeCovariance",
): CovarianceSummary {
  const p = variables;
  const block = new Float64Array(BLOCK_ROWS * p);
  const blockMeans = new Float64Array(p);
  const means = new Float64Array(p);
  // upper triangle of Σ (x − mean)(x − mean)ᵀ, filled in at the end
  const squares = new Float64Array(p * p);
  const first = new Float64Array(p);
  const varies = new Uint8Array(p);
  let n = 0;
  let filled = 0;
  const merge = (size: number) => {
    if (n === 0) for (let j = 0; j < p; j++) first[j] = block[j * BLOCK_ROWS]!;
    for (let j = 0; j < p; j++) {
      const start = j * BLOCK_ROWS;
      const origin = first[j]!;
      let sum = 0;
      for (let i = start; i < start + size; i++) {
        const relative = block[i]! - origin;
        if (relative !== 0) varies[j] = 1;
        block[i] = relative;
        sum += relative;
      }
      const mean = sum / size;
      blockMeans[j] = mean;
      for (let i = start; i < start + size; i++) block[i]! -= mean;
    }
    for (let j = 0; j < p; j++) {
      const column = j * BLOCK_ROWS;
      for (let l = j; l < p; l++) {
        const other = l * BLOCK_ROWS;
        let dot = 0;
        for (let i = 0; i < size; i++) dot += block[column + i]! * block[other + i]!;
        squares[j * p + l]! += dot;
      }
    }
    // merging a block of `size` rows into the n rows so far adds n·size/(n + size)·δδᵀ, δ = the means' difference
    const total = n + size;
    const factor = (n * size) / total;
    for (let j = 0; j < p; j++) {
      const dj = blockMeans[j]! - means[j]!;
      for (let l = j; l < p; l++) squares[j * p + l]! += factor * dj * (blockMeans[l]! - means[l]!);
    }
    for (let j = 0; j < p; j++) means[j]! += ((blockMeans[j]! - means[j]!) * size) / total;
    n = total;
  };
  for (let r = 0; r < rowCount; r++) {
    if (!read(r, block, filled, BLOCK_ROWS)) continue;
    if (++filled === BLOCK_ROWS) {
      merge(filled);
      filled = 0;
    }
  }
  if (filled > 0) merge(filled);
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
