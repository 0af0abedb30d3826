import type { AnswerMatrix } from "./answer";
import { differenceAsExcelShows } from "./asExcelShows";
import { CoreInputError } from "./coreInputError";
import { ExactSum } from "./exactSum";
import { checkPairedWidths, pairedRows } from "./pairedMatrices";
import type { PairedDifferenceSummary } from "./pairedDifferenceSummary";
import { checkConfidence, summaryFromMoments } from "./summaryFromMoments";

/** 2^53: integers up to here, and sums of them that stay below it, are exact in doubles. */
const EXACT_INTEGERS = 2 ** 53;
/** the two matrices as the messages name them */
const SIDES = "experience and expectation";

/**
 * Satisfaction gap of every item column: experience − expectation over the respondents who answered
 * both, with n, SD, confidence interval and paired t-test (see pairedDifferenceSummary).
 *
 * The per-item gap table of a CX survey (Parasuraman, Zeithaml & Berry's disconfirmation of
 * expectations, item by item). Means are exact sums rounded once, then divided by n: for whole-number
 * answers (the usual ratings) the sums of the differences and of their squares are integers that
 * doubles hold exactly, found in one pass; any other column is summed again with ExactSum (Shewchuk's
 * algorithm, Python's math.fsum). So 1,000 × 3, 999 × 1 and one 2 against an expectation of 2 give a
 * gap of exactly 0.0005. Differences that Excel shows as the same number (4.1 − 4 and 3.1 − 3) have
 * SD 0. Per-column accumulators in typed arrays and no allocation per cell: 1,048,576 respondents ×
 * 22 items take well under a second.
 *
 * `notAnAnswer`, if given, is called with every entry that is neither a number nor null (text, a
 * logical value…), so a caller handing over cells as they came can refuse the unexpected.
 *
 * An item whose answers are too large to subtract, sum or square as doubles (near 1e308) has
 * `tooLarge` set and no statistics; the other items are still computed.
 *
 * @throws CoreInputError `empty` without respondents or items, `shape` when the two matrices differ
 * in rows or any row in width, `range` for a confidence level outside (0, 1) or a non-finite answer.
 * @example
 * itemGaps([[4, 5], [3, null], [5, 4]], [[5, 5], [4, 4], [5, 3]]).map((item) => item.mean) // => [-0.6666666666666666, 0.5]
 */
export function itemGaps(
  experience: AnswerMatrix,
  expectation: AnswerMatrix,
  confidence = 0.95,
  notAnAnswer?: (entry: unknown) => void,
): PairedDifferenceSummary[] {
  return pairedColumns("itemGaps", experience, expectation, confidence, notAnAnswer);
}

/** itemGaps reporting errors in the name of `name` (shared with pairedDifferenceSummary). */
export function pairedColumns(
  name: string,
  experience: AnswerMatrix,
  expectation: AnswerMatrix,
  confidence: number,
  notAnAnswer?: (entry: unknown) => void,
): PairedDifferenceSummary[] {
  const rows = pairedRows(name, experience, expectation, SIDES);
  const items = experience[0]!.length;
  if (items === 0) throw new CoreInputError(name, "empty", "at least one item column");
  checkPairedWidths(name, experience, expectation, items, SIDES);
  checkConfidence(name, confidence);

  // One pass: counts, Σd and Σd² in doubles, and whether every difference is a (32-bit) integer.
  const counts = new Float64Array(items);
  const sums = new Float64Array(items);
  const squares = new Float64Array(items);
  const fractional = new Uint8Array(items);
  for (let r = 0; r < rows; r++) {
    const experienceRow = experience[r]!;
    const expectationRow = expectation[r]!;
    for (let j = 0; j < items; j++) {
      const e = experienceRow[j];
      const x = expectationRow[j];
      if (typeof e === "number" && typeof x === "number") {
        const d = e - x;
        counts[j]!++;
        sums[j]! += d;
        squares[j]! += d * d;
        // NaN and ±Infinity fail this too, so they take the careful path below.
        if ((d | 0) !== d) fractional[j] = 1;
      } else if (notAnAnswer !== undefined) {
        if (e !== null && typeof e !== "number") notAnAnswer(e);
        if (x !== null && typeof x !== "number") notAnAnswer(x);
      }
    }
  }

  const summaries = new Array<PairedDifferenceSummary>(items);
  const careful: number[] = [];
  for (let j = 0; j < items; j++) {
    const n = counts[j]!;
    // Integer differences whose squares add up to at most 2^53: every partial Σd² is an exact integer,
    // and |partial Σd| ≤ Σ|d| ≤ Σd², so both sums are exact.
    if (fractional[j] === 0 && squares[j]! <= EXACT_INTEGERS) {
      const sum = sums[j]!;
      const mean = n > 0 ? sum / n : 0;
      // Σ(d − mean)² = (n·Σd² − (Σd)²) / n, the numerator summed exactly (0 when every d is the same).
      const numerator = new ExactSum();
      numerator.addProduct(n, squares[j]!);
      numerator.addProduct(-sum, sum);
      summaries[j] = summaryFromMoments(name, n, mean, n > 0 ? numerator.value / n : 0, confidence);
    } else {
      careful.push(j);
    }
  }
  if (careful.length > 0)
    carefulColumns(name, experience, expectation, careful, counts, confidence, summaries);
  return summaries;
}

/**
 * Visits every answered pair (experience e, expectation x) of the `columns`, row by row; `k` is the column's
 * place in `columns`. Unanswered pairs are skipped.
 */
function forEachPair(
  experience: AnswerMatrix,
  expectation: AnswerMatrix,
  columns: readonly number[],
  visit: (k: number, e: number, x: number) => void,
): void {
  for (let r = 0; r < experience.length; r++) {
    const experienceRow = experience[r]!;
    const expectationRow = expectation[r]!;
    for (let k = 0; k < columns.length; k++) {
      const e = experienceRow[columns[k]!];
      const x = expectationRow[columns[k]!];
      if (typeof e === "number" && typeof x === "number") visit(k, e, x);
    }
  }
}

/** Exact means and two-pass spreads of the columns that are not whole-number differences. */
function carefulColumns(
  name: string,
  experience: AnswerMatrix,
  expectation: AnswerMatrix,
  columns: readonly number[],
  counts: Float64Array,
  confidence: number,
  summaries: PairedDifferenceSummary[],
): void {
  const sums = columns.map(() => new ExactSum());
  forEachPair(experience, expectation, columns, (k, e, x) => {
    if (!Number.isFinite(e) || !Number.isFinite(x)) {
      throw new CoreInputError(
        name,
        "range",
        `finite answers (item ${columns[k]! + 1} has a NaN or infinite answer)`,
        { problem: { code: "notFinite" } },
      );
    }
    // e and −x, not e − x: the sum is then exactly Σe − Σx, whatever the subtraction would round.
    sums[k]!.add(e);
    sums[k]!.add(-x);
  });
  const means = columns.map((j, k) => sums[k]!.value / counts[j]!);
  const deviations = new Float64Array(columns.length);
  const squares = new Float64Array(columns.length);
  forEachPair(experience, expectation, columns, (k, e, x) => {
    const deviation = e - x - means[k]!;
    deviations[k]! += deviation;
    squares[k]! += deviation * deviation;
  });
  columns.forEach((j, k) => {
    const n = counts[j]!;
    const mean = means[k]!;
    // Chan, Golub & LeVeque (1983) corrected two-pass sum of squares.
    let sumOfSquares = Math.max(0, squares[k]! - (deviations[k]! * deviations[k]!) / n);
    if (!Number.isFinite(mean) || !Number.isFinite(sumOfSquares)) {
      summaries[j] = { ...summaryFromMoments(name, 0, 0, 0, confidence), n, tooLarge: true };
      return;
    }
    // A spread far below the mean's last digits may be binary noise on differences Excel shows as equal.
    if (sumOfSquares > 0 && Math.sqrt(sumOfSquares / n) <= Math.abs(mean) * 1e-13) {
      if (showsAsOneNumber(experience, expectation, j)) sumOfSquares = 0;
    }
    summaries[j] = summaryFromMoments(name, n, mean, sumOfSquares, confidence);
  });
}

/** True when every paired difference of column `j` shows in Excel as the same number. */
function showsAsOneNumber(experience: AnswerMatrix, expectation: AnswerMatrix, j: number): boolean {
  let shown: number | undefined;
  for (let r = 0; r < experience.length; r++) {
    const e = experience[r]![j];
    const x = expectation[r]![j];
    if (typeof e !== "number" || typeof x !== "number") continue;
    const difference = differenceAsExcelShows(e, x);
    if (shown === undefined) shown = difference;
    else if (difference !== shown) return false;
  }
  return true;
}
