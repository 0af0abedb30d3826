import type { PairedDifferenceSummary } from "./pairedDifferenceSummary";
import { CoreInputError } from "./coreInputError";
import { studentTQuantile, studentTTwoSidedPValue } from "./studentT";

/** Refuses a confidence level outside (0, 1). */
export function checkConfidence(functionName: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new CoreInputError(functionName, "range", `a confidence level between 0 and 1 (got ${confidence})`);
  }
}

/**
 * Builds the summary of n differences from their mean and Σ(d − mean)², the paired t-test included
 * (Student, 1908). Shared by pairedDifferenceSummary and itemGaps.
 */
export function summaryFromMoments(
  functionName: string,
  n: number,
  mean: number,
  sumOfSquares: number,
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
  summary.mean = mean;
  if (n < 2) return summary;
  if (!Number.isFinite(mean) || !Number.isFinite(sumOfSquares)) {
    throw new CoreInputError(functionName, "range", "differences small enough to square (|x| < 1e150)", {
      problem: { code: "tooLarge" },
    });
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
