import type { Answer } from "./answer";
import { CoreInputError } from "./coreInputError";
import { summarizePairs } from "./pairedDifferenceSummary";

/**
 * Mean satisfaction gap of one item: experience − expectation, averaged over the respondents who
 * answered both. Negative means expectations were not met.
 *
 * The disconfirmation-of-expectations score (Oliver, 1980; Parasuraman, Zeithaml & Berry, 1988).
 *
 * @throws CoreInputError `shape` when the lists differ in length, `insufficient` when no respondent
 * answered both, `range` for a non-finite number.
 * @example
 * satisfactionGap([4, 5], [5, 5]) // => -0.5
 */
export function satisfactionGap(experience: readonly Answer[], expectation: readonly Answer[]): number {
  const name = "satisfactionGap";
  const { mean } = summarizePairs(name, experience, expectation, 0.95);
  if (mean === undefined) {
    throw new CoreInputError(
      name,
      "insufficient",
      "at least one respondent with both experience and expectation",
    );
  }
  return mean;
}
