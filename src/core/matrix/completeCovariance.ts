// Over 300 lines on purpose: the covariance kernels of CX.ALPHA, CX.DRIVERS and the survey side by side (the
// two-pass path, the exact whole-number path, the block readers), so that their summation orders, which the
// tests hold bit for bit, can be compared where they stand.
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
 * is a dot product of two contiguous columns. A block whose values all lie within ±11 whole numbers of
 * the first row's (survey answers on scales up to 0–10) has its sums of products computed exactly, three
 * per multiplication (addWholeProducts), four when its filler says they are from 1 to 7 (1–5 and 1–7
 * scales: addNarrowProducts), before one rounding. A variable that never differs from its
 * first value gets a variance of exactly 0. The shared step of Cronbach's alpha and of driver analysis (regression,
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
  return covarianceOfBlocks(variables, rowsInBlocks(rowCount, read), functionName);
}

/**
 * Fills a block with up to `capacity` rows used (variable j of the block's row t at `into[t + j * capacity]`)
 * from where the previous call stopped; returns how many it wrote, fewer than `capacity` only when the rows
 * have run out.
 */
export type BlockFiller = (into: Float64Array, capacity: number, note: BlockNote) => number;

/**
 * What a filler may say of the block it filled: `smallWhole` true when every value written is a whole number
 * from −SMALL_WHOLE to SMALL_WHOLE (survey answers on scales up to 0–10). The block is then multiplied as it
 * came, without first taking each value relative to the first row (exact either way: see addWholeProducts).
 * covarianceOfBlocks sets it false before each call. variancesOfBlocks reads only `smallWhole`.
 */
export interface BlockNote {
  smallWhole: boolean;
  /**
   * For covarianceOfBlocks: true when every value is also a whole number from NARROW_LOWEST to
   * NARROW_LOWEST + 6 (answers on 1–5 and 1–7 scales), which are multiplied four at a time
   * (addNarrowProducts). Set false before each call.
   */
  narrow?: boolean;
}

/** The rows of a RowReader, a block at a time. */
function rowsInBlocks(rowCount: number, read: RowReader): BlockFiller {
  let next = 0;
  return (into, capacity) => {
    let filled = 0;
    while (filled < capacity && next < rowCount) if (read(next++, into, filled, capacity)) filled++;
    return filled;
  };
}

/**
 * {@link completeCovariance} of rows handed over a block at a time: the caller's own loop reads its rows,
 * so a caller reading a million rows calls no function per row (a per-row reader shared by several
 * callers is a call V8 cannot inline, about as costly as reading the row). A filler that checks the
 * values as it reads them can say a block holds small whole numbers only ({@link BlockNote}), which spares
 * the block a pass of its own.
 */
export function covarianceOfBlocks(
  variables: number,
  fill: BlockFiller,
  functionName = "completeCovariance",
): CovarianceSummary {
  const p = variables;
  const state: CovarianceState = {
    p,
    block: new Float64Array(BLOCK_ROWS * p),
    packed: new Float64Array(BLOCK_ROWS * Math.ceil(p / 3)),
    blockSums: new Float64Array(p),
    blockMeans: new Float64Array(p),
    means: new Float64Array(p),
    // upper triangle of Σ (x − mean)(x − mean)ᵀ, filled in at the end
    squares: new Float64Array(p * p),
    first: new Float64Array(p),
    varies: new Uint8Array(p),
    n: 0,
  };
  const note: BlockNote = { smallWhole: false, narrow: false };
  for (;;) {
    note.smallWhole = false;
    note.narrow = false;
    const size = fill(state.block, BLOCK_ROWS, note);
    // what the filler said (TypeScript would still take the two as set above)
    const { smallWhole, narrow = false } = note as BlockNote;
    if (size > 0) mergeBlock(state, size, smallWhole, narrow);
    if (size < BLOCK_ROWS) break;
  }
  const { n, means, squares, first, varies } = state;
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

/** covarianceOfBlocks's work so far: its buffers, and the means and products of the n rows merged. */
interface CovarianceState {
  p: number;
  block: Float64Array;
  packed: Float64Array;
  blockSums: Float64Array;
  blockMeans: Float64Array;
  means: Float64Array;
  squares: Float64Array;
  first: Float64Array;
  varies: Uint8Array;
  n: number;
}

/**
 * Merges the block's `size` rows into the state. A module-level function, not a closure made per call,
 * so that V8 keeps its optimized code from one call to the next.
 */
function mergeBlock(state: CovarianceState, size: number, smallWhole: boolean, narrow: boolean): void {
  const { p, block, packed, blockSums, blockMeans, means, squares, first, varies } = state;
  const n = state.n;
  if (n === 0) for (let j = 0; j < p; j++) first[j] = block[j * BLOCK_ROWS]!;
  if (smallWhole) {
    // The centred products do not depend on the origin, and Σ(x − o) = Σx − size·o: with these whole
    // numbers both are what the shifted block gives, to the bit, without shifting a value. Narrow blocks
    // are taken relative to NARROW_CENTRE instead, their sums too: Σ(x − c) − size·(o − c) is the same.
    const origin = narrow ? NARROW_CENTRE : 0;
    if (narrow) {
      packNarrowColumns(block, packed, p, size, blockSums);
      addNarrowProducts(block, packed, p, size, blockSums, squares, varies);
    } else {
      packColumns(block, packed, p, size, blockSums);
      addWholeProducts(block, packed, p, size, blockSums, squares, varies);
    }
    for (let j = 0; j < p; j++) {
      blockSums[j]! -= size * (first[j]! - origin);
      if (blockSums[j] !== 0) varies[j] = 1;
      blockMeans[j] = blockSums[j]! / size;
    }
  } else {
    let whole = true;
    for (let j = 0; j < p; j += 2) whole = shiftPair(block, j, p, size, first, varies, blockSums) && whole;
    if (whole) {
      // packColumns adds up the shifted columns again, in the same order: the same sums
      packColumns(block, packed, p, size, blockSums);
      for (let j = 0; j < p; j++) blockMeans[j] = blockSums[j]! / size;
      addWholeProducts(block, packed, p, size, blockSums, squares);
    } else {
      for (let j = 0; j < p; j += 2) centreShiftedPair(block, j, p, size, blockSums, blockMeans);
      addDotProducts(block, p, size, squares);
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
  state.n = total;
}

/**
 * Takes the block's columns j and j + 1 (the last column alone when j is) relative to their first values,
 * adding up each column in `blockSums`; marks in `varies` a column with a value that differs from its
 * first. Two columns at once, each with its own sum in row order: two independent chains of additions,
 * the same result as one column at a time. Returns whether every value taken is a whole number from
 * −SMALL_WHOLE to SMALL_WHOLE (see addWholeProducts).
 */
function shiftPair(
  block: Float64Array,
  j: number,
  p: number,
  size: number,
  first: Float64Array,
  varies: Uint8Array,
  blockSums: Float64Array,
): boolean {
  const k = Math.min(j + 1, p - 1);
  const start0 = j * BLOCK_ROWS;
  const start1 = k * BLOCK_ROWS;
  const origin0 = first[j]!;
  const origin1 = first[k]!;
  let sum0 = 0;
  let sum1 = 0;
  let differs0 = false;
  let differs1 = false;
  let whole = true;
  const pair = k !== j;
  for (let i = 0; i < size; i++) {
    const relative0 = block[start0 + i]! - origin0;
    differs0 ||= relative0 !== 0;
    whole &&= (relative0 | 0) === relative0 && relative0 >= -SMALL_WHOLE && relative0 <= SMALL_WHOLE;
    block[start0 + i] = relative0;
    sum0 += relative0;
    if (pair) {
      const relative1 = block[start1 + i]! - origin1;
      differs1 ||= relative1 !== 0;
      whole &&= (relative1 | 0) === relative1 && relative1 >= -SMALL_WHOLE && relative1 <= SMALL_WHOLE;
      block[start1 + i] = relative1;
      sum1 += relative1;
    }
  }
  if (differs0) varies[j] = 1;
  blockSums[j] = sum0;
  if (pair) {
    if (differs1) varies[k] = 1;
    blockSums[k] = sum1;
  }
  return whole;
}

/**
 * shiftPair that also adds up each shifted column's squares in `blockSquares`, for variances alone;
 * returns whether every value taken is a whole number within ±2^18 of its first, so that size·Σu² and
 * (Σu)² stay below 2^53: exact.
 */
function shiftPairWithSquares(
  block: Float64Array,
  j: number,
  p: number,
  size: number,
  first: Float64Array,
  varies: Uint8Array,
  blockSums: Float64Array,
  blockSquares: Float64Array,
): boolean {
  const k = Math.min(j + 1, p - 1);
  const start0 = j * BLOCK_ROWS;
  const start1 = k * BLOCK_ROWS;
  const origin0 = first[j]!;
  const origin1 = first[k]!;
  let sum0 = 0;
  let sum1 = 0;
  let squares0 = 0;
  let squares1 = 0;
  let differs0 = false;
  let differs1 = false;
  let whole = true;
  const pair = k !== j;
  for (let i = 0; i < size; i++) {
    const relative0 = block[start0 + i]! - origin0;
    differs0 ||= relative0 !== 0;
    whole &&= (relative0 | 0) === relative0 && relative0 >= -WHOLE_SQUARED && relative0 <= WHOLE_SQUARED;
    block[start0 + i] = relative0;
    sum0 += relative0;
    squares0 += relative0 * relative0;
    if (pair) {
      const relative1 = block[start1 + i]! - origin1;
      differs1 ||= relative1 !== 0;
      whole &&= (relative1 | 0) === relative1 && relative1 >= -WHOLE_SQUARED && relative1 <= WHOLE_SQUARED;
      block[start1 + i] = relative1;
      sum1 += relative1;
      squares1 += relative1 * relative1;
    }
  }
  if (differs0) varies[j] = 1;
  blockSums[j] = sum0;
  blockSquares[j] = squares0;
  if (pair) {
    if (differs1) varies[k] = 1;
    blockSums[k] = sum1;
    blockSquares[k] = squares1;
  }
  return whole;
}

/** Whole numbers this far from a variable's first value have their squares added exactly (see above). */
const WHOLE_SQUARED = 2 ** 18;

/**
 * Centres the shifted columns j and j + 1 (the last column alone when j is) on their means, kept in
 * `blockMeans`. With `blockSquares`, also each centred column's sum of squares, added in row order (as
 * addDotProducts adds a column's product with itself).
 */
function centreShiftedPair(
  block: Float64Array,
  j: number,
  p: number,
  size: number,
  blockSums: Float64Array,
  blockMeans: Float64Array,
  blockSquares?: Float64Array,
): void {
  const k = Math.min(j + 1, p - 1);
  const start0 = j * BLOCK_ROWS;
  const start1 = k * BLOCK_ROWS;
  const mean0 = blockSums[j]! / size;
  blockMeans[j] = mean0;
  if (k !== j) {
    const mean1 = blockSums[k]! / size;
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
 * Packs the block's columns three at a time as addWholeProducts reads them, adding up each column in
 * `blockSums`: columns l, l + 1, l + 2 become w = u_l + 2^16·u_(l+1) + 2^32·u_(l+2) (a missing column
 * counts 0), exactly, since the u are small whole numbers.
 */
function packColumns(
  block: Float64Array,
  packed: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
): void {
  const lastColumn = p - 1;
  for (let j = 0; j < p; j += 3) {
    const start0 = j * BLOCK_ROWS;
    const start1 = Math.min(j + 1, lastColumn) * BLOCK_ROWS;
    const start2 = Math.min(j + 2, lastColumn) * BLOCK_ROWS;
    const weight1 = j + 1 < p ? PACK : 0;
    const weight2 = j + 2 < p ? PACK_SQUARED : 0;
    const target = (j / 3) * BLOCK_ROWS;
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    for (let i = 0; i < size; i++) {
      const value0 = block[start0 + i]!;
      const value1 = block[start1 + i]!;
      const value2 = block[start2 + i]!;
      sum0 += value0;
      sum1 += value1;
      sum2 += value2;
      packed[target + i] = value0 + weight1 * value1 + weight2 * value2;
    }
    blockSums[j] = sum0;
    if (j + 1 < p) blockSums[j + 1] = sum1;
    if (j + 2 < p) blockSums[j + 2] = sum2;
  }
}

/**
 * Whole numbers this far from a variable's first value are multiplied three at a time (addWholeProducts):
 * a block's Σ u·v then stays below 2^15 = 256 · 11² + 1,737 in magnitude, half the 2^16 that packs them.
 */
export const SMALL_WHOLE = 11;
const PACK = 2 ** 16;
const PACK_SQUARED = PACK * PACK;

/**
 * Adds to the upper triangle of `squares` the centred sums of products Σ (u − ū)(v − v̄) of a block
 * whose values u (shifted, or as they came when they already are) are all whole numbers within
 * ±SMALL_WHOLE (survey answers on scales up to 0–10 are), computed exactly. Columns are packed three to
 * a number, w = u_l + 2^16·u_(l+1) + 2^32·u_(l+2) (packColumns), so that Σ u_j·w = Σ u_j·u_l +
 * 2^16·Σ u_j·u_(l+1) + 2^32·Σ u_j·u_(l+2) gives three sums of products for one multiplication: each sum
 * is below 2^15 in magnitude, so every step is an integer below 2^48, exact, and the three are read back
 * by rounding. Then Σ (u − ū)(v − v̄) = (size·Σ uv − Σu·Σv)/size with an exact numerator and a single
 * rounding: at least as accurate as the two-pass sum of floating-point products it replaces, in about a
 * third of the multiplications. With `varies` (values as they came), marks each column whose centred
 * squares are not 0.
 *
 * Three columns against two packed numbers at a time: six independent chains of additions, five values
 * loaded for six multiplications, few enough to stay in the processor's registers (four columns against
 * two numbers measured slower), and three against the last packed number when one is left over. Indices
 * past the last column read the last again, and those sums, like those below the diagonal, are dropped.
 */
function addWholeProducts(
  block: Float64Array,
  packed: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
  squares: Float64Array,
  varies?: Uint8Array,
): void {
  const triples = Math.ceil(p / 3);
  const lastColumn = p - 1;
  const lastTriple = triples - 1;
  for (let g = 0; g < triples; g++) {
    const j = 3 * g;
    const x0 = j * BLOCK_ROWS;
    const x1 = Math.min(j + 1, lastColumn) * BLOCK_ROWS;
    const x2 = Math.min(j + 2, lastColumn) * BLOCK_ROWS;
    let t = g;
    for (; t < lastTriple; t += 2) {
      const y0 = t * BLOCK_ROWS;
      const y1 = y0 + BLOCK_ROWS;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      let s20 = 0;
      let s21 = 0;
      for (let i = 0; i < size; i++) {
        const a0 = block[x0 + i]!;
        const a1 = block[x1 + i]!;
        const a2 = block[x2 + i]!;
        const w0 = packed[y0 + i]!;
        const w1 = packed[y1 + i]!;
        s00 += a0 * w0;
        s01 += a0 * w1;
        s10 += a1 * w0;
        s11 += a1 * w1;
        s20 += a2 * w0;
        s21 += a2 * w1;
      }
      addPackedSums(squares, p, size, blockSums, varies, j, 3 * t, 3, PACK, s00);
      addPackedSums(squares, p, size, blockSums, varies, j, 3 * (t + 1), 3, PACK, s01);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 3 * t, 3, PACK, s10);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 3 * (t + 1), 3, PACK, s11);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 3 * t, 3, PACK, s20);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 3 * (t + 1), 3, PACK, s21);
    }
    if (t === lastTriple) {
      // the last packed number left over: three columns against it alone
      const y0 = t * BLOCK_ROWS;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < size; i++) {
        const w0 = packed[y0 + i]!;
        s0 += block[x0 + i]! * w0;
        s1 += block[x1 + i]! * w0;
        s2 += block[x2 + i]! * w0;
      }
      addPackedSums(squares, p, size, blockSums, varies, j, 3 * t, 3, PACK, s0);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 3 * t, 3, PACK, s1);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 3 * t, 3, PACK, s2);
    }
  }
}

/**
 * The lowest of the seven whole numbers a narrow block holds (BlockNote.narrow): 1, so that answers on 1–5
 * and 1–7 scales are narrow. Taken relative to NARROW_CENTRE they lie within ±3, so a block's Σ u·v stays
 * below 2^12 = 256 · 3² + 1,792 in magnitude, half the 2^13 that packs four of them into one number.
 */
export const NARROW_LOWEST = 1;
const NARROW_CENTRE = NARROW_LOWEST + 3;
const QUAD = 2 ** 13;
const QUAD_2 = QUAD * QUAD;
const QUAD_3 = QUAD_2 * QUAD;

/**
 * packColumns for a narrow block: columns l … l + 3, each relative to NARROW_CENTRE, become
 * w = u_l + 2^13·u_(l+1) + 2^26·u_(l+2) + 2^39·u_(l+3) (a missing column counts 0), and `blockSums`
 * gets each column's sum relative to NARROW_CENTRE. Exact: every step is a whole number below 2^42.
 */
function packNarrowColumns(
  block: Float64Array,
  packed: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
): void {
  const lastColumn = p - 1;
  for (let j = 0; j < p; j += 4) {
    const start0 = j * BLOCK_ROWS;
    const start1 = Math.min(j + 1, lastColumn) * BLOCK_ROWS;
    const start2 = Math.min(j + 2, lastColumn) * BLOCK_ROWS;
    const start3 = Math.min(j + 3, lastColumn) * BLOCK_ROWS;
    const weight1 = j + 1 < p ? QUAD : 0;
    const weight2 = j + 2 < p ? QUAD_2 : 0;
    const weight3 = j + 3 < p ? QUAD_3 : 0;
    const target = (j / 4) * BLOCK_ROWS;
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    let sum3 = 0;
    for (let i = 0; i < size; i++) {
      const value0 = block[start0 + i]! - NARROW_CENTRE;
      const value1 = block[start1 + i]! - NARROW_CENTRE;
      const value2 = block[start2 + i]! - NARROW_CENTRE;
      const value3 = block[start3 + i]! - NARROW_CENTRE;
      sum0 += value0;
      sum1 += value1;
      sum2 += value2;
      sum3 += value3;
      packed[target + i] = value0 + weight1 * value1 + weight2 * value2 + weight3 * value3;
    }
    blockSums[j] = sum0;
    if (j + 1 < p) blockSums[j + 1] = sum1;
    if (j + 2 < p) blockSums[j + 2] = sum2;
    if (j + 3 < p) blockSums[j + 3] = sum3;
  }
}

/**
 * addWholeProducts for a narrow block (BlockNote.narrow): four sums of products per multiplication, the
 * values taken relative to NARROW_CENTRE (within ±3) as they are loaded, each packed number of four columns
 * (packNarrowColumns) against four columns at a time, two packed numbers a step: eight independent chains
 * of additions, measured about a third faster than three columns against packed triples. Every sum is
 * below 2^51 in magnitude, exact, and read back by rounding (addPackedSums).
 */
function addNarrowProducts(
  block: Float64Array,
  packed: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
  squares: Float64Array,
  varies: Uint8Array,
): void {
  const quads = Math.ceil(p / 4);
  const lastColumn = p - 1;
  const lastQuad = quads - 1;
  for (let g = 0; g < quads; g++) {
    const j = 4 * g;
    const x0 = j * BLOCK_ROWS;
    const x1 = Math.min(j + 1, lastColumn) * BLOCK_ROWS;
    const x2 = Math.min(j + 2, lastColumn) * BLOCK_ROWS;
    const x3 = Math.min(j + 3, lastColumn) * BLOCK_ROWS;
    let t = g;
    for (; t < lastQuad; t += 2) {
      const y0 = t * BLOCK_ROWS;
      const y1 = y0 + BLOCK_ROWS;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      let s20 = 0;
      let s21 = 0;
      let s30 = 0;
      let s31 = 0;
      for (let i = 0; i < size; i++) {
        const a0 = block[x0 + i]! - NARROW_CENTRE;
        const a1 = block[x1 + i]! - NARROW_CENTRE;
        const a2 = block[x2 + i]! - NARROW_CENTRE;
        const a3 = block[x3 + i]! - NARROW_CENTRE;
        const w0 = packed[y0 + i]!;
        const w1 = packed[y1 + i]!;
        s00 += a0 * w0;
        s01 += a0 * w1;
        s10 += a1 * w0;
        s11 += a1 * w1;
        s20 += a2 * w0;
        s21 += a2 * w1;
        s30 += a3 * w0;
        s31 += a3 * w1;
      }
      addPackedSums(squares, p, size, blockSums, varies, j, 4 * t, 4, QUAD, s00);
      addPackedSums(squares, p, size, blockSums, varies, j, 4 * (t + 1), 4, QUAD, s01);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 4 * t, 4, QUAD, s10);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 4 * (t + 1), 4, QUAD, s11);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 4 * t, 4, QUAD, s20);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 4 * (t + 1), 4, QUAD, s21);
      addPackedSums(squares, p, size, blockSums, varies, j + 3, 4 * t, 4, QUAD, s30);
      addPackedSums(squares, p, size, blockSums, varies, j + 3, 4 * (t + 1), 4, QUAD, s31);
    }
    if (t === lastQuad) {
      // the last packed number left over: four columns against it alone
      const y0 = t * BLOCK_ROWS;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < size; i++) {
        const w0 = packed[y0 + i]!;
        s0 += (block[x0 + i]! - NARROW_CENTRE) * w0;
        s1 += (block[x1 + i]! - NARROW_CENTRE) * w0;
        s2 += (block[x2 + i]! - NARROW_CENTRE) * w0;
        s3 += (block[x3 + i]! - NARROW_CENTRE) * w0;
      }
      addPackedSums(squares, p, size, blockSums, varies, j, 4 * t, 4, QUAD, s0);
      addPackedSums(squares, p, size, blockSums, varies, j + 1, 4 * t, 4, QUAD, s1);
      addPackedSums(squares, p, size, blockSums, varies, j + 2, 4 * t, 4, QUAD, s2);
      addPackedSums(squares, p, size, blockSums, varies, j + 3, 4 * t, 4, QUAD, s3);
    }
  }
}

/**
 * Reads back the `fields` sums of products packed in `sum`, Σ u_row·u_(column+k) for k = 0 … fields − 1 at
 * base^k (see addWholeProducts, base 2^16, and addNarrowProducts, base 2^13), and adds them centred. Each
 * part is below half of `base` in magnitude, so the parts below base^k stay below half of it: rounding
 * splits them, highest first.
 */
function addPackedSums(
  squares: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
  varies: Uint8Array | undefined,
  row: number,
  column: number,
  fields: number,
  base: number,
  sum: number,
): void {
  if (row >= p || column >= p) return;
  let unit = base;
  for (let k = 2; k < fields; k++) unit *= base;
  let rest = sum;
  for (let k = fields - 1; k > 0; k--, unit /= base) {
    const part = Math.round(rest / unit);
    rest -= part * unit;
    addCentred(squares, p, size, blockSums, varies, row, column + k, part);
  }
  addCentred(squares, p, size, blockSums, varies, row, column, rest);
}

/**
 * Adds to `squares` (upper triangle) the centred sum of products of columns `row` and `column` of a block,
 * from their sum of products and sums; marks in `varies`, when given, a column whose centred squares are
 * not 0.
 */
function addCentred(
  squares: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
  varies: Uint8Array | undefined,
  row: number,
  column: number,
  products: number,
): void {
  if (column >= p || column < row) return;
  const centredProducts = (size * products - blockSums[row]! * blockSums[column]!) / size;
  // a column whose values are not all one number has a positive sum of centred squares
  if (varies !== undefined && column === row && centredProducts !== 0) varies[row] = 1;
  squares[row * p + column]! += centredProducts;
}

/**
 * Adds to the upper triangle of `squares` the dot products of every pair of the block's p columns, sixteen
 * at a time: columns j … j + 3 against l … l + 3 (indices past the last column read the last column again,
 * and those sums, like those below the diagonal, are dropped). Each product still has its own running sum,
 * added in row order from 0 — the same additions in the same order as one pair at a time, so the same
 * result to the last bit — but sixteen independent chains of additions instead of one that waits on the
 * previous sum at every row, and each value loaded once for four products.
 */
function addDotProducts(block: Float64Array, p: number, size: number, squares: Float64Array): void {
  const last = p - 1;
  const at = (column: number) => Math.min(column, last) * BLOCK_ROWS;
  const add = (row: number, column: number, sum: number) => {
    if (row < p && column < p && column >= row) squares[row * p + column]! += sum;
  };
  for (let j = 0; j < p; j += 4) {
    const x0 = at(j);
    const x1 = at(j + 1);
    const x2 = at(j + 2);
    const x3 = at(j + 3);
    for (let l = j; l < p; l += 4) {
      const y0 = at(l);
      const y1 = at(l + 1);
      const y2 = at(l + 2);
      const y3 = at(l + 3);
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      let s20 = 0;
      let s21 = 0;
      let s22 = 0;
      let s23 = 0;
      let s30 = 0;
      let s31 = 0;
      let s32 = 0;
      let s33 = 0;
      for (let i = 0; i < size; i++) {
        const a0 = block[x0 + i]!;
        const a1 = block[x1 + i]!;
        const a2 = block[x2 + i]!;
        const a3 = block[x3 + i]!;
        const b0 = block[y0 + i]!;
        const b1 = block[y1 + i]!;
        const b2 = block[y2 + i]!;
        const b3 = block[y3 + i]!;
        s00 += a0 * b0;
        s01 += a0 * b1;
        s02 += a0 * b2;
        s03 += a0 * b3;
        s10 += a1 * b0;
        s11 += a1 * b1;
        s12 += a1 * b2;
        s13 += a1 * b3;
        s20 += a2 * b0;
        s21 += a2 * b1;
        s22 += a2 * b2;
        s23 += a2 * b3;
        s30 += a3 * b0;
        s31 += a3 * b1;
        s32 += a3 * b2;
        s33 += a3 * b3;
      }
      add(j, l, s00);
      add(j, l + 1, s01);
      add(j, l + 2, s02);
      add(j, l + 3, s03);
      add(j + 1, l, s10);
      add(j + 1, l + 1, s11);
      add(j + 1, l + 2, s12);
      add(j + 1, l + 3, s13);
      add(j + 2, l, s20);
      add(j + 2, l + 1, s21);
      add(j + 2, l + 2, s22);
      add(j + 2, l + 3, s23);
      add(j + 3, l, s30);
      add(j + 3, l + 1, s31);
      add(j + 3, l + 2, s32);
      add(j + 3, l + 3, s33);
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
 * merging; a block of whole numbers within ±2^18 of the first row's has its squares summed exactly, as
 * completeCovariance sums whole-number products, so each variance is the number completeCovariance puts
 * on its diagonal (to its last digit or two where only one of them could sum exactly).
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
  return variancesOfBlocks(variables, rowsInBlocks(rowCount, read), functionName);
}

/**
 * The largest whole number (in magnitude) a block may hold for variancesOfBlocks to add up its values and
 * squares as they came, when its filler says so (BlockNote): then the values taken relative to the first
 * row's lie within ±2^18 (WHOLE_SQUARED), where the shifted path sums exactly too.
 */
export const WHOLE_AS_THEY_CAME = 2 ** 17;

/**
 * Adds up each of the block's columns and its squares, as they came, into `blockSums` and `blockSquares`:
 * for a block of whole numbers within ±WHOLE_AS_THEY_CAME, whose sums (below 2^25) and sums of squares
 * (below 2^42) are exact in any order. Two columns at a time, four independent chains of additions. With
 * `withTotal`, the last column is first made each row's total of the others, added a pair of columns at a
 * time (exact too: the filler vouches for the totals as well).
 */
function addWholeSquares(
  block: Float64Array,
  p: number,
  size: number,
  blockSums: Float64Array,
  blockSquares: Float64Array,
  withTotal: boolean,
): void {
  const columns = withTotal ? p - 1 : p;
  const totals = columns * BLOCK_ROWS;
  if (withTotal) block.fill(0, totals, totals + size);
  for (let j = 0; j < columns; j += 2) {
    const start0 = j * BLOCK_ROWS;
    let sum0 = 0;
    let squares0 = 0;
    if (j + 1 < columns) {
      const start1 = start0 + BLOCK_ROWS;
      let sum1 = 0;
      let squares1 = 0;
      for (let i = 0; i < size; i++) {
        const value0 = block[start0 + i]!;
        const value1 = block[start1 + i]!;
        sum0 += value0;
        squares0 += value0 * value0;
        sum1 += value1;
        squares1 += value1 * value1;
        if (withTotal) block[totals + i]! += value0 + value1;
      }
      blockSums[j + 1] = sum1;
      blockSquares[j + 1] = squares1;
    } else {
      for (let i = 0; i < size; i++) {
        const value0 = block[start0 + i]!;
        sum0 += value0;
        squares0 += value0 * value0;
        if (withTotal) block[totals + i]! += value0;
      }
    }
    blockSums[j] = sum0;
    blockSquares[j] = squares0;
  }
  if (withTotal) {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < size; i++) {
      const total = block[totals + i]!;
      sum += total;
      squares += total * total;
    }
    blockSums[columns] = sum;
    blockSquares[columns] = squares;
  }
}

/**
 * Makes the block's last column each row's total of the others, added up in column order from 0: the
 * same number, to the bit, as a running sum kept while the row is read.
 */
function addTotals(block: Float64Array, p: number, size: number): void {
  const totals = (p - 1) * BLOCK_ROWS;
  block.fill(0, totals, totals + size);
  for (let j = 0; j < p - 1; j++) {
    const start = j * BLOCK_ROWS;
    for (let i = 0; i < size; i++) block[totals + i]! += block[start + i]!;
  }
}

/**
 * {@link completeVariances} of rows handed over a block at a time (see {@link covarianceOfBlocks}). Here a
 * filler's `smallWhole` (BlockNote) says that every value it wrote is a whole number within
 * ±WHOLE_AS_THEY_CAME (not ±SMALL_WHOLE: no products are packed here); such a block's values and squares
 * are added up as they came, sparing it the shifting pass, with the same bits as the shifted path. With
 * `withTotal`, the filler leaves the last of the `variables` columns to the core, which makes it each row's
 * total of the others (Cronbach's alpha needs the total's variance): the filler's loop then keeps no running
 * sum, and a block it vouches for has its totals added up in the same pass as its sums (it vouches for the
 * totals too).
 */
export function variancesOfBlocks(
  variables: number,
  fill: BlockFiller,
  functionName = "completeVariances",
  withTotal = false,
): VarianceSummary {
  const p = variables;
  const state: VarianceState = {
    p,
    withTotal,
    block: new Float64Array(BLOCK_ROWS * p),
    blockMeans: new Float64Array(p),
    blockSquares: new Float64Array(p),
    blockSums: new Float64Array(p),
    means: new Float64Array(p),
    squares: new Float64Array(p),
    first: new Float64Array(p),
    varies: new Uint8Array(p),
    n: 0,
  };
  const note: BlockNote = { smallWhole: false };
  for (;;) {
    note.smallWhole = false;
    const size = fill(state.block, BLOCK_ROWS, note);
    if (size > 0) mergeVarianceBlock(state, size, note.smallWhole);
    if (size < BLOCK_ROWS) break;
  }
  const { n, means, squares, first, varies } = state;
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

/** variancesOfBlocks's work so far: its buffers, and the means and sums of squares of the n rows merged. */
interface VarianceState {
  p: number;
  withTotal: boolean;
  block: Float64Array;
  blockMeans: Float64Array;
  blockSquares: Float64Array;
  blockSums: Float64Array;
  means: Float64Array;
  squares: Float64Array;
  first: Float64Array;
  varies: Uint8Array;
  n: number;
}

/**
 * Merges the block's `size` rows into the state (see mergeBlock: a module-level function, so that V8 keeps
 * its optimized code from one call to the next).
 */
function mergeVarianceBlock(state: VarianceState, size: number, smallWhole: boolean): void {
  const { p, withTotal, block, blockMeans, blockSquares, blockSums, means, squares, first, varies } = state;
  const n = state.n;
  // the totals first (the first row's is an origin like the others')
  if (smallWhole) addWholeSquares(block, p, size, blockSums, blockSquares, withTotal);
  else if (withTotal) addTotals(block, p, size);
  if (n === 0) for (let j = 0; j < p; j++) first[j] = block[j * BLOCK_ROWS]!;
  if (smallWhole) {
    // Σu = Σx − size·first and size·Σu² − (Σu)² = size·Σx² − (Σx)², every term a whole number below
    // 2^53: the shifted block's sums and centred squares to the bit, without shifting a value
    for (let j = 0; j < p; j++) {
      const sum = blockSums[j]! - size * first[j]!;
      const centred = (size * blockSquares[j]! - blockSums[j]! * blockSums[j]!) / size;
      if (sum !== 0 || centred !== 0) varies[j] = 1;
      blockMeans[j] = sum / size;
      blockSquares[j] = centred;
    }
  } else {
    let whole = true;
    for (let j = 0; j < p; j += 2)
      whole = shiftPairWithSquares(block, j, p, size, first, varies, blockSums, blockSquares) && whole;
    if (whole) {
      // Σ(u − ū)² = (size·Σu² − (Σu)²)/size, the numerator exact, one rounding
      for (let j = 0; j < p; j++) {
        blockMeans[j] = blockSums[j]! / size;
        blockSquares[j] = (size * blockSquares[j]! - blockSums[j]! * blockSums[j]!) / size;
      }
    } else {
      for (let j = 0; j < p; j += 2)
        centreShiftedPair(block, j, p, size, blockSums, blockMeans, blockSquares);
    }
  }
  const total = n + size;
  const factor = (n * size) / total;
  for (let j = 0; j < p; j++) {
    const dj = blockMeans[j]! - means[j]!;
    squares[j]! += blockSquares[j]!;
    squares[j]! += factor * dj * dj;
    means[j]! += (dj * size) / total;
  }
  state.n = total;
}
