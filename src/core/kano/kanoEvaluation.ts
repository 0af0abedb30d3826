import { CoreInputError } from "../coreInputError";
import type { KanoAnswer } from "./kanoAnswer";
import type { KanoCategory, KanoCounts } from "./kanoCategory";

/*
 * Berger et al. (1993) evaluation table, rows the functional answer, columns the dysfunctional one:
 *
 *                  Like  Must-be  Neutral  Live with  Dislike
 *   Like            Q      A        A         A         O
 *   Must-be         R      I        I         I         M
 *   Neutral         R      I        I         I         M
 *   Live with       R      I        I         I         M
 *   Dislike         R      R        R         R         Q
 *
 * Must-be, neutral and live-with rows (and columns) are the same, so the table is kept as 3 × 3 over
 * like / in between / dislike; the 3-point form (like, neutral, dislike) reads it at answers 1, 3, 5.
 */
const LEVEL: Readonly<Record<KanoAnswer, number>> = {
  like: 0,
  mustBe: 1,
  neutral: 1,
  liveWith: 1,
  dislike: 2,
};

/** LEVEL by 5-point code (index 0: no answer). */
const LEVEL_OF_CODE = [-1, 0, 1, 1, 1, 2];

const TABLE: readonly KanoCategory[] = [
  "questionable", "attractive", "oneDimensional",
  "reverse", "indifferent", "mustBe",
  "reverse", "reverse", "questionable",
]; // prettier-ignore

/**
 * The Kano category of one respondent's answer pair for one feature (Berger et al. 1993 evaluation table).
 *
 * @example
 * kanoCategoryOf("like", "dislike") // => "oneDimensional"
 * kanoCategoryOf("neutral", "dislike") // => "mustBe"
 * kanoCategoryOf("like", "liveWith") // => "attractive"
 */
export function kanoCategoryOf(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[LEVEL[functional] * 3 + LEVEL[dysfunctional]]!;
}

/**
 * How many answer pairs of one feature fall into each category. Answers are 5-point codes (1 like,
 * 2 must-be, 3 neutral, 4 live with, 5 dislike; see kanoAnswerCode); a respondent counts where both codes
 * are 1–5 (0 is no answer). The two lists are the same respondents in the same order.
 *
 * @throws CoreInputError `shape` when the lists differ in length.
 * @example
 * kanoCounts([1, 1, 0], [5, 3, 5])
 * // => { mustBe: 0, oneDimensional: 1, attractive: 1, indifferent: 0, reverse: 0, questionable: 0 }
 */
export function kanoCounts(functional: ArrayLike<number>, dysfunctional: ArrayLike<number>): KanoCounts {
  const n = functional.length;
  if (dysfunctional.length !== n) {
    throw new CoreInputError(
      "kanoCounts",
      "shape",
      `as many dysfunctional answers as functional ones (${n})`,
    );
  }
  const tally = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let r = 0; r < n; r++) {
    const f = LEVEL_OF_CODE[functional[r]!] ?? -1;
    const d = LEVEL_OF_CODE[dysfunctional[r]!] ?? -1;
    if (f >= 0 && d >= 0) tally[f * 3 + d]!++;
  }
  const counts = { mustBe: 0, oneDimensional: 0, attractive: 0, indifferent: 0, reverse: 0, questionable: 0 };
  tally.forEach((count, cell) => (counts[TABLE[cell]!] += count));
  return counts;
}
