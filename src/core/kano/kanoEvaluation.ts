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

/** The table's cells (functional level · 3 + dysfunctional level), and one more for a pair not answered. */
export const KANO_TABLE_CELLS = 10;

/**
 * The table cell of a pair of 5-point codes (index functional · 6 + dysfunctional; codes 0–5, 0 no answer):
 * 0–8 as in TABLE, 9 when either code is 0. A typed array, so that a loop over a million pairs can tally
 * `cells[KANO_CELL_OF_CODES[f * 6 + d]]++` without a test.
 */
export const KANO_CELL_OF_CODES: Uint8Array = Uint8Array.from({ length: 36 }, (_, pair) => {
  const f = LEVEL_OF_CODE[Math.floor(pair / 6)]!;
  const d = LEVEL_OF_CODE[pair % 6]!;
  return f < 0 || d < 0 ? 9 : f * 3 + d;
});

/**
 * The counts by category of a tally over the table's cells (`tally[offset + cell]`, cells as
 * KANO_CELL_OF_CODES gives them; cell 9, pairs not answered, is not counted).
 *
 * @example
 * kanoCountsOfCells([0, 1, 2, 0, 0, 0, 0, 0, 0, 4], 0)
 * // => { mustBe: 0, oneDimensional: 2, attractive: 1, indifferent: 0, reverse: 0, questionable: 0 }
 */
export function kanoCountsOfCells(tally: ArrayLike<number>, offset: number): KanoCounts {
  const counts = { mustBe: 0, oneDimensional: 0, attractive: 0, indifferent: 0, reverse: 0, questionable: 0 };
  for (let cell = 0; cell < 9; cell++) counts[TABLE[cell]!] += tally[offset + cell]!;
  return counts;
}

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
  const tally = new Float64Array(KANO_TABLE_CELLS);
  for (let r = 0; r < n; r++) {
    const f = functional[r]!;
    const d = dysfunctional[r]!;
    // codes other than the whole numbers 0–5 are no answer, as 0 is
    const codes = f >= 0 && f <= 5 && d >= 0 && d <= 5 && (f | 0) === f && (d | 0) === d;
    tally[codes ? KANO_CELL_OF_CODES[f * 6 + d]! : 9]!++;
  }
  return kanoCountsOfCells(tally, 0);
}
