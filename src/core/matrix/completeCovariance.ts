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
    for (let j = 0; j < p; j += 2) centrePair(block, j, p, size, first, varies, blockMeans);
    addDotProducts(block, p, size, squares);
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
        throw new CoreInputError(functionName, "range", "numbers small enough to square (|x| < 1e150)", {
          problem: { code: "tooLarge" },
        });
      }
      covariance[j * p + l] = value;
      covariance[l * p + j] = value;
    }
  }
  return { n, means, covariance };
}

/**
 * Takes the block's columns j and j + 1 (the last column alone when j is) relative to their first values,
 * then centres each on its own mean, kept in `blockMeans`; marks in `varies` a column with a value that
 * differs from its first. Two columns at once, each with its own sums in row order: two independent chains
 * of additions, the same result as one column at a time. With `blockSquares`, also each centred column's
 * sum of squares, added in row order (as addDotProducts adds a column's product with itself).
 */
function centrePair(
  block: Float64Array,
  j: number,
  p: number,
  size: number,
  first: Float64Array,
  varies: Uint8Array,
  blockMeans: Float64Array,
  blockSquares?: Float64Array,
): void {
  const k = Math.min(j + 1, p - 1);
  const start0 = j * BLOCK_ROWS;
  const start1 = k * BLOCK_ROWS;
  const origin0 = first[j]!;
  const origin1 = first[k]!;
  let sum0 = 0;
  let sum1 = 0;
  let differs0 = false;
  let differs1 = false;
  const pair = k !== j;
  for (let i = 0; i < size; i++) {
    const relative0 = block[start0 + i]! - origin0;
    differs0 ||= relative0 !== 0;
    block[start0 + i] = relative0;
    sum0 += relative0;
    if (pair) {
      const relative1 = block[start1 + i]! - origin1;
      differs1 ||= relative1 !== 0;
      block[start1 + i] = relative1;
      sum1 += relative1;
    }
  }
  if (differs0) varies[j] = 1;
  const mean0 = sum0 / size;
  blockMeans[j] = mean0;
  if (pair) {
    if (differs1) varies[k] = 1;
    const mean1 = sum1 / size;
    blockMeans[k] = mean1;
    if (blockSquares === undefined) {
      for (let i = 0; i < size; i++) {
        block[start0 + i]! -= mean0;
        block[start1 + i]! -= mean1;
      }
      return;
    }
    let squares0 = 0;
    let squares1 = 0;
    for (let i = 0; i < size; i++) {
      const centred0 = block[start0 + i]! - mean0;
      const centred1 = block[start1 + i]! - mean1;
      block[start0 + i] = centred0;
      block[start1 + i] = centred1;
      squares0 += centred0 * centred0;
      squares1 += centred1 * centred1;
    }
    blockSquares[j] = squares0;
    blockSquares[k] = squares1;
  } else if (blockSquares === undefined) {
    for (let i = 0; i < size; i++) block[start0 + i]! -= mean0;
  } else {
    let squares0 = 0;
    for (let i = 0; i < size; i++) {
      const centred0 = block[start0 + i]! - mean0;
      block[start0 + i] = centred0;
      squares0 += centred0 * centred0;
    }
    blockSquares[j] = squares0;
  }
}

/**
 * Adds to the upper triangle of `squares` the dot products of every pair of the block's p columns, eight at
 * a time: columns j and j + 1 against l … l + 3 (indices past the last column read the last column again,
 * and those sums are dropped). Each product still has its own running sum, added in row order from 0 — the
 * same additions in the same order as one pair at a time, so the same result to the last bit — but eight
 * independent chains of additions instead of one that waits on the previous sum at every row, and each
 * value loaded once for four products.
 */
function addDotProducts(block: Float64Array, p: number, size: number, squares: Float64Array): void {
  const last = p - 1;
  for (let j = 0; j < p; j += 2) {
    const row0 = j * BLOCK_ROWS;
    const row1 = Math.min(j + 1, last) * BLOCK_ROWS;
    for (let l = j; l < p; l += 4) {
      const a = l * BLOCK_ROWS;
      const b = Math.min(l + 1, last) * BLOCK_ROWS;
      const c = Math.min(l + 2, last) * BLOCK_ROWS;
      const d = Math.min(l + 3, last) * BLOCK_ROWS;
      let a0 = 0;
      let b0 = 0;
      let c0 = 0;
      let d0 = 0;
      let a1 = 0;
      let b1 = 0;
      let c1 = 0;
      let d1 = 0;
      for (let i = 0; i < size; i++) {
        const x0 = block[row0 + i]!;
        const x1 = block[row1 + i]!;
        const ya = block[a + i]!;
        const yb = block[b + i]!;
        const yc = block[c + i]!;
        const yd = block[d + i]!;
        a0 += x0 * ya;
        b0 += x0 * yb;
        c0 += x0 * yc;
        d0 += x0 * yd;
        a1 += x1 * ya;
        b1 += x1 * yb;
        c1 += x1 * yc;
        d1 += x1 * yd;
      }
      const sums0 = [a0, b0, c0, d0];
      const sums1 = [a1, b1, c1, d1];
      for (let t = 0; t < 4 && l + t < p; t++) {
        squares[j * p + l + t]! += sums0[t]!;
        if (j + 1 < p && l + t >= j + 1) squares[(j + 1) * p + l + t]! += sums1[t]!;
      }
    }
  }
}

/** Means and variances (divisor n − 1) of the rows used: the diagonal of {@link CovarianceSummary}. */
export interface VarianceSummary {
  /** Rows with every variable present. */
  n: number;
  means: Float64Array;
  variances: Float64Array;
}

/**
 * The means and variances of {@link completeCovariance} without the products of different variables:
 * O(p) work per row instead of O(p²), for a statistic that needs no covariance (Cronbach's alpha needs
 * only the item variances and the variance of the total). The same shifting, blocks, centring and
 * merging, the squares added in row order as completeCovariance adds its diagonal, so each variance is
 * the very number completeCovariance puts on its diagonal.
 *
 * @throws CoreInputError `range` when the sums overflow (numbers beyond about 1e150).
 * @example
 * const rows = [[1, 2], [2, 4], [null, 1], [3, 7]];
 * completeVariances(4, 2, (r, into, at, stride) => {
 *   const [x, y] = rows[r];
 *   if (x === null || y === null) return false;
 *   into[at] = x;
 *   into[at + stride] = y;
 *   return true;
 * }).variances // => Float64Array [1, 6.333333333333333]
 */
export function completeVariances(
  rowCount: number,
  variables: number,
  read: RowReader,
  functionName = "completeVariances",
): VarianceSummary {
  const p = variables;
  const block = new Float64Array(BLOCK_ROWS * p);
  const blockMeans = new Float64Array(p);
  const blockSquares = new Float64Array(p);
  const means = new Float64Array(p);
  const squares = new Float64Array(p);
  const first = new Float64Array(p);
  const varies = new Uint8Array(p);
  let n = 0;
  let filled = 0;
  const merge = (size: number) => {
    if (n === 0) for (let j = 0; j < p; j++) first[j] = block[j * BLOCK_ROWS]!;
    for (let j = 0; j < p; j += 2) centrePair(block, j, p, size, first, varies, blockMeans, blockSquares);
    const total = n + size;
    const factor = (n * size) / total;
    for (let j = 0; j < p; j++) {
      const dj = blockMeans[j]! - means[j]!;
      squares[j]! += blockSquares[j]!;
      squares[j]! += factor * dj * dj;
      means[j]! += (dj * size) / total;
    }
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
  const variances = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    means[j] = varies[j] === 0 ? first[j]! : first[j]! + means[j]!;
    const value = varies[j] === 0 ? 0 : squares[j]! / (n - 1);
    if (!Number.isFinite(value) && n > 1) {
      throw new CoreInputError(functionName, "range", "numbers small enough to square (|x| < 1e150)", {
        problem: { code: "tooLarge" },
      });
    }
    variances[j] = value;
  }
  return { n, means, variances };
}
