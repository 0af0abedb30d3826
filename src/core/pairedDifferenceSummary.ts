import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { studentTQuantile, studentTTwoSidedPValue } from "./studentT";

/** Mean, spread and paired t inference of differences (after − before). */
export interface PairedDifferenceSummary {
  /** Rows where both answers are numbers. */
  n: number;
  /** Mean difference; undefined when n = 0. */
  mean: number | undefined;
  /** Sample SD of the differences (n − 1); undefined when n < 2. */
  sd: number | undefined;
  /** sd / √n; undefined when n < 2. */
  standardError: number | undefined;
  /** Confidence interval of the mean (95 % by default); undefined when n < 2. */
  ciLow: number | undefined;
  ciHigh: number | undefined;
  /** mean / standardError; undefined when n < 2 or sd = 0. */
  t: number | undefined;
  /** Two-sided p-value of t; undefined when n < 2 or sd = 0. */
  p: number | undefined;
  /** n − 1; undefined when n < 2. */
  degreesOfFreedom: number | undefined;
}

/**
 * Summary of the paired differences after − before over rows where both are numbers: n, mean, SD,
 * standard error, confidence interval and the paired t-test (Student, 1908) against zero.
 *
 * In CX terms: after = experience, before = expectation, and the mean is the satisfaction gap of
 * an item (negative = expectations not met), with its uncertainty. Fewer than two pairs is not an
 * error here: the statistics that need them are `undefined`, so a table can still show n.
 *
 * @throws CoreInputError `shape` when the two lists differ in length, `range` for a confidence level
 * outside (0, 1) or a non-finite number.
 * @example
 * pairedDifferenceSummary([4, 5, 3, null], [5, 5, 5, 4])
 * // => { n: 3, mean: -1, sd: 1, standardError: 0.5773502691896258, ciLow: -3.4841377117503303,
 * //      ciHigh: 1.4841377117503303, t: -1.732050807568877, p: 0.22540333075851673, degreesOfFreedom: 2 }
 */
export function pairedDifferenceSummary(
  after: readonly Answer[],
  before: readonly Answer[],
  confidence = 0.95,
): PairedDifferenceSummary {
  return summarizePairs("pairedDifferenceSummary", after, before, confidence);
}

/** pairedDifferenceSummary reporting errors in the name of `name` (shared with satisfactionGap). */
export function summarizePairs(
  name: string,
  after: readonly Answer[],
  before: readonly Answer[],
  confidence: number,
): PairedDifferenceSummary {
  if (after.length !== before.length) {
    throw new CoreInputError(
      name,
      "shape",
      `the two lists of paired answers to have the same length (got ${after.length} and ${before.length})`,
    );
  }
  checkConfidence(name, confidence);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (typeof a !== "number" || typeof b !== "number") continue;
    const difference = a - b;
    if (!Number.isFinite(difference)) {
      throw new CoreInputError(name, "range", `finite numbers (pair ${i + 1} is ${a}, ${b})`);
    }
    n++;
    sum += difference;
  }
  const first = n > 0 ? sum / n : 0;
  let residual = 0;
  let squares = 0;
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (typeof a !== "number" || typeof b !== "number") continue;
    const deviation = a - b - first;
    residual += deviation;
    squares += deviation * deviation;
  }
  return summaryFromMoments(name, n, first, residual, squares, confidence);
}

/** Refuses a confidence level outside (0, 1). */
export function checkConfidence(functionName: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new CoreInputError(functionName, "range", `a confidence level between 0 and 1 (got ${confidence})`);
  }
}

/**
 * Builds the summary from two-pass moments: n differences, a first estimate of their mean, the sum of
 * residuals from it and the sum of squared residuals. Shared by pairedDifferenceSummary and itemGaps.
 */
export function summaryFromMoments(
  functionName: string,
  n: number,
  firstMean: number,
  residual: number,
  squares: number,
  confidence: number,
): PairedDifferenceSummary {
  const summary: PairedDifferenceSummary = {
    n,
    mean: undefined,
    sd: undefined,
    standardError: undefined,
    ciLow: undefined,
    ciHigh: undefined,
    t: undefined,
    p: undefined,
    degreesOfFreedom: undefined,
  };
  if (n === 0) return summary;
  const mean = firstMean + residual / n;
  summary.mean = mean;
  if (n < 2) return summary;
  // Chan, Golub & LeVeque (1983) corrected two-pass sum of squares.
  const sumOfSquares = Math.max(0, squares - (residual * residual) / n);
  if (!Number.isFinite(mean) || !Number.isFinite(sumOfSquares)) {
    throw new CoreInputError(functionName, "range", "differences small enough to square (|x| < 1e150)");
  }
  const degreesOfFreedom = n - 1;
  const sd = Math.sqrt(sumOfSquares / degreesOfFreedom);
  const standardError = sd / Math.sqrt(n);
  const margin = standardError * studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom);
  summary.sd = sd;
  summary.standardError = standardError;
  summary.ciLow = mean - margin;
  summary.ciHigh = mean + margin;
  summary.degreesOfFreedom = degreesOfFreedom;
  if (standardError > 0) {
    const t = mean / standardError;
    summary.t = t;
    summary.p = studentTTwoSidedPValue(t, degreesOfFreedom);
  }
  return summary;
}
