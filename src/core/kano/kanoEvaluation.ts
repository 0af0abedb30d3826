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
 * How many answer pairs of one feature fall into each category. A respondent counts where both answers
 * are given (`undefined` or `null` is no answer); the two lists are the same respondents in the same order.
 *
 * @throws CoreInputError `shape` when the lists differ in length.
 * @example
 * kanoCounts(["like", "like", null], ["dislike", "neutral", "dislike"])
 * // => { mustBe: 0, oneDimensional: 1, attractive: 1, indifferent: 0, reverse: 0, questionable: 0 }
 */
export function kanoCounts(
  functional: ReadonlyArray<KanoAnswer | null | undefined>,
  dysfunctional: ReadonlyArray<KanoAnswer | null | undefined>,
): KanoCounts {
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
    const f = functional[r];
    const d = dysfunctional[r];
    if (f != null && d != null) tally[LEVEL[f] * 3 + LEVEL[d]]!++;
  }
  const counts = { mustBe: 0, oneDimensional: 0, attractive: 0, indifferent: 0, reverse: 0, questionable: 0 };
  tally.forEach((count, cell) => (counts[TABLE[cell]!] += count));
  return counts;
}
