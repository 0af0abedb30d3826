import { CoreInputError } from "./coreInputError";
import {
  completeCovariance,
  covarianceOfBlocks,
  variancesOfBlocks,
  WHOLE_AS_THEY_CAME,
  type BlockFiller,
  type BlockNote,
} from "./matrix/completeCovariance";

/** How respondents with some items unanswered count in a scale's statistics. */
export type MissingAnswers = "listwise" | "pairwise";

/** The item means, variances, covariances and correlations behind a scale's reliability. */
export interface ItemCovariance {
  /** Items (columns). */
  k: number;
  /** Respondents counted: with every item answered (listwise), or with at least one answer (pairwise). */
  n: number;
  /** Per item: over the rows used (listwise), or over its own answers (pairwise). */
  means: Float64Array;
  /** k × k, row-major, divisor n − 1; the diagonal holds the item variances. */
  covariance: Float64Array;
  /** k × k Pearson correlations (each over the same rows as its covariance). */
  correlation: Float64Array;
  /** The pair of items (0-based) answered together by the fewest respondents, and that count. */
  fewestTogether: { first: number; second: number; respondents: number };
}

/**
 * Means, covariances and correlations of a scale's items: listwise (over the respondents who answered
 * every item) or pairwise (each covariance and correlation over the respondents who answered both
 * items, as R's cov/cor with use = "pairwise.complete.obs"; each variance and mean over the item's own
 * answers). Any cell that is not a number is a missing answer, so survey ranges can be read in place;
 * `notAnAnswer`, if given, is called with every entry that is neither a finite number nor null (text, a
 * logical value, an error value, NaN…), so a caller handing over cells as they came can refuse the
 * unexpected (as with itemGaps).
 *
 * @throws CoreInputError `empty` without rows; `shape` with fewer than two items or ragged rows;
 * `range` for numbers too large to square.
 * @example
 * itemCovariance([[1, 2], [2, 3], [3, 3], [null, 1]], "listwise").covariance // => Float64Array [1, 0.5, 0.5, 0.3333333333333333]
 */
export function itemCovariance(
  items: ReadonlyArray<ReadonlyArray<unknown>>,
  missing: MissingAnswers,
  notAnAnswer?: (entry: unknown) => void,
): ItemCovariance {
  const name = "itemCovariance";
  const rows = items.length;
  if (rows === 0) throw new CoreInputError(name, "empty", "at least one respondent row");
  const k = items[0]!.length;
  if (k < 2) throw new CoreInputError(name, "shape", `at least two item columns (got ${k})`);
  const readColumns =
    (columns: readonly number[]) =>
    (r: number, into: Float64Array, at: number, stride: number): boolean => {
      const row = items[r]!;
      for (let c = 0; c < columns.length; c++) {
        const value = row[columns[c]!];
        if (typeof value !== "number") return false;
        into[at + c * stride] = value;
      }
      return true;
    };
  const correlationOf = (covariance: Float64Array, size: number, i: number, j: number) =>
    covariance[i * size + j]! / Math.sqrt(covariance[i * size + i]! * covariance[j * size + j]!);

  if (missing === "listwise") {
    // rows checked as they are read: one pass over a million rows, not two, by a module-level reader
    // (bound, not wrapped in a closure made per call: see README, Tests and benchmarks)
    const cursor = new Int32Array(1);
    const fill: BlockFiller = fillListwise.bind(undefined, items, k, notAnAnswer, cursor);
    const { n, means, covariance } = covarianceOfBlocks(k, fill, name);
    const correlation = new Float64Array(k * k);
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) correlation[i * k + j] = correlationOf(covariance, k, i, j);
    return { k, n, means, covariance, correlation, fewestTogether: { first: 0, second: 1, respondents: n } };
  }

  let n = 0;
  for (const row of items) {
    if (row.length !== k) throw raggedRows(k);
    if (notAnAnswer !== undefined) {
      for (const value of row) {
        if (typeof value === "number" ? value - value !== 0 : value !== null) notAnAnswer(value);
      }
    }
    if (row.some((value) => typeof value === "number")) n++;
  }
  const means = new Float64Array(k);
  const covariance = new Float64Array(k * k);
  const correlation = new Float64Array(k * k);
  const fewestTogether = { first: 0, second: 1, respondents: Infinity };
  for (let i = 0; i < k; i++) {
    const own = completeCovariance(rows, 1, readColumns([i]), name);
    means[i] = own.means[0]!;
    covariance[i * k + i] = own.covariance[0]!;
    correlation[i * k + i] = 1;
    for (let j = i + 1; j < k; j++) {
      const pair = completeCovariance(rows, 2, readColumns([i, j]), name);
      if (pair.n < fewestTogether.respondents)
        Object.assign(fewestTogether, { first: i, second: j, respondents: pair.n });
      covariance[i * k + j] = covariance[j * k + i] = pair.covariance[1]!;
      correlation[i * k + j] = correlation[j * k + i] = correlationOf(pair.covariance, 2, 0, 1);
    }
  }
  return { k, n, means, covariance, correlation, fewestTogether };
}

/** What Cronbach's alpha alone needs, over the respondents who answered every item (listwise). */
export interface ItemVariances {
  /** Items (columns). */
  k: number;
  /** Respondents with every item answered. */
  n: number;
  /** Per item, divisor n − 1: the diagonal of {@link itemCovariance}'s listwise covariance. */
  variances: Float64Array;
  /** Variance of each respondent's total over the items, divisor n − 1. */
  totalVariance: number;
}

/**
 * The item variances and the variance of the respondents' totals, listwise: all Cronbach's alpha needs,
 * in O(k) work per respondent where the covariance matrix of {@link itemCovariance} takes O(k²). The
 * total is a (k + 1)-th column of the same shifted, blocked two-pass computation, so its variance is
 * as accurate as the items' (no Σx² − (Σx)²/n that cancels). Cells are read as itemCovariance reads them,
 * `notAnAnswer` included; a block whose answers are all whole numbers within ±2^17 / k (survey answers
 * are), so that its totals lie within ±2^17, is said to be so as it is read, and the core adds it up as it
 * came (BlockNote); the totals are the core's (variancesOfBlocks withTotal).
 *
 * @throws CoreInputError `empty` without rows; `shape` with fewer than two items or ragged rows;
 * `range` for numbers too large to square.
 * @example
 * itemVariances([[1, 2], [2, 3], [3, 3], [null, 1]]).totalVariance // => 2.333333333333333
 */
export function itemVariances(
  items: ReadonlyArray<ReadonlyArray<unknown>>,
  notAnAnswer?: (entry: unknown) => void,
): ItemVariances {
  const name = "itemCovariance";
  const rows = items.length;
  if (rows === 0) throw new CoreInputError(name, "empty", "at least one respondent row");
  const k = items[0]!.length;
  if (k < 2) throw new CoreInputError(name, "shape", `at least two item columns (got ${k})`);
  // Every value within ±WHOLE_AS_THEY_CAME / k keeps the row's total within ±WHOLE_AS_THEY_CAME too
  const wholeBound = Math.floor(WHOLE_AS_THEY_CAME / k);
  // The rows are read a block at a time by a module-level function: its optimized code then outlives a
  // call (a closure made per call is compiled again on every call; see README, Tests and benchmarks).
  const cursor = new Int32Array(1);
  // bound, not wrapped in an arrow function: a bound function has no code of its own to compile per call
  const fill: BlockFiller = fillItems.bind(undefined, items, k, wholeBound, notAnAnswer, cursor);
  const { n, variances } = variancesOfBlocks(k + 1, fill, name, true);
  return { k, n, variances: variances.subarray(0, k), totalVariance: variances[k]! };
}

/**
 * fillItems's cursor, where the next block's reading starts: a number in a typed array, not an object
 * literal, so that V8's optimized code for the loop names no object shape that a forced collection between
 * calls could free (its code was dropped, and compiled again, on every call; see README, Tests and
 * benchmarks).
 */
const NEXT_ROW = 0;

/**
 * Up to `capacity` complete respondents into the block (item j of row t at `into[t + j * capacity]`; the
 * last column, the total, is left to variancesOfBlocks), saying in `note` whether every value is a whole
 * number within ±wholeBound (see BlockNote). With `notAnAnswer`, every entry that is not an answer is shown
 * to it, also in a row already known to be left out.
 */
function fillItems(
  items: ReadonlyArray<ReadonlyArray<unknown>>,
  k: number,
  wholeBound: number,
  notAnAnswer: ((entry: unknown) => void) | undefined,
  cursor: Int32Array,
  into: Float64Array,
  capacity: number,
  note: BlockNote,
): number {
  const rows = items.length;
  let filled = 0;
  let blockWhole = true;
  // Nothing but `return` after the loop, and the cursor and note kept up to date inside it: V8 compiles
  // this loop while it runs (on-stack replacement) and reuses that code on later calls; a statement after
  // the loop, not yet run when it was compiled, would send every later call back to the interpreter.
  note.smallWhole = true;
  respondents: while (filled < capacity && cursor[NEXT_ROW]! < rows) {
    const row = items[cursor[NEXT_ROW]!++]!;
    if (row.length !== k) throw raggedRows(k);
    let whole = true;
    for (let j = 0, place = filled; j < k; j++, place += capacity) {
      const value = row[j];
      if (typeof value === "number") {
        // a whole number this small is finite: the usual answer costs these three comparisons
        if (value >= -wholeBound && value <= wholeBound && (value | 0) === value) {
          into[place] = value;
          continue;
        }
        if (notAnAnswer === undefined || value - value === 0) {
          into[place] = value;
          whole = false;
          continue;
        }
      }
      if (notAnAnswer === undefined) continue respondents;
      if (value !== null) notAnAnswer(value);
      // the row is left out: the rest of it is only shown to notAnAnswer
      for (let l = j + 1; l < k; l++) {
        const rest = row[l];
        if (typeof rest === "number" ? rest - rest !== 0 : rest !== null) notAnAnswer(rest);
      }
      continue respondents;
    }
    filled++;
    blockWhole &&= whole;
    note.smallWhole = blockWhole;
  }
  return filled;
}

/** The refusal of a row whose width is not the k items of the first. */
function raggedRows(k: number): CoreInputError {
  return new CoreInputError("itemCovariance", "shape", `every row to have ${k} items`);
}

/**
 * itemCovariance's listwise reader: up to `capacity` respondents with every item answered into the block
 * (item j at `into[t + j * capacity]`), from the row in `cursor[0]` on. With `notAnAnswer`, every entry
 * that is not a finite number or null is shown to it, also in a row already left out. The cursor is kept
 * up to date inside the loop and nothing follows the loop: V8 keeps the loop's compiled code across calls.
 */
function fillListwise(
  items: ReadonlyArray<ReadonlyArray<unknown>>,
  k: number,
  notAnAnswer: ((entry: unknown) => void) | undefined,
  cursor: Int32Array,
  into: Float64Array,
  capacity: number,
): number {
  const rows = items.length;
  let filled = 0;
  respondents: while (filled < capacity && cursor[0]! < rows) {
    const row = items[cursor[0]!++]!;
    if (row.length !== k) throw raggedRows(k);
    let complete = true;
    for (let j = 0, place = filled; j < k; j++, place += capacity) {
      const value = row[j];
      if (typeof value === "number" && (notAnAnswer === undefined || value - value === 0)) {
        into[place] = value;
      } else if (notAnAnswer === undefined) {
        continue respondents;
      } else {
        // the rest of the row is still shown to notAnAnswer
        complete = false;
        if (value !== null) notAnAnswer(value);
      }
    }
    if (complete) filled++;
  }
  return filled;
}
