import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { pairedColumns } from "./itemGaps";
import { checkConfidence, summaryFromMoments } from "./summaryFromMoments";

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
  /** True when the answers are too large to average or square as doubles (near 1e308): no statistics then. */
  tooLarge?: boolean;
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
  if (after.length === 0) return summaryFromMoments(name, 0, 0, 0, confidence);
  const summary = pairedColumns(
    name,
    after.map((answer) => [answer]),
    before.map((answer) => [answer]),
    confidence,
  )[0]!;
  if (summary.tooLarge) {
    throw new CoreInputError(name, "range", "differences small enough to square (|x| < 1e150)", {
      problem: { code: "tooLarge" },
    });
  }
  return summary;
}
