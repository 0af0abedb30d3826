import { isBlankCell, pastedSurveyAnswer, type Answer } from "../core";
import type { AnswerScale, Cell } from "./types";

/**
 * The survey's missing-value policy: core's pasted-survey policy (src/core/cellPolicy.ts), under which
 * numbers stored as text are answers because pasted surveys hold them, while the worksheet functions
 * read ranges as Excel's AVERAGE does and skip them. Blanks, other text, logical values and error
 * values are missing.
 *
 * @example
 * answerOf(" 4 ") // => 4
 * answerOf("#N/A") // => null
 */
export function answerOf(cell: Cell | undefined): Answer {
  return pastedSurveyAnswer(cell);
}

/**
 * True for an empty cell (null, undefined, spaces): a missing answer that is not text.
 *
 * @example
 * isBlank("") // => true
 */
export function isBlank(cell: Cell | undefined): boolean {
  return isBlankCell(cell);
}

/**
 * answerOf, then numbers outside [bottom, top] are missing too (codes such as 9 = "don't know").
 *
 * @example
 * scaledAnswerOf(9, { bottom: 1, top: 7 }) // => null
 */
export function scaledAnswerOf(cell: Cell | undefined, scale: AnswerScale): Answer {
  const answer = answerOf(cell);
  return answer !== null && answer >= scale.bottom && answer <= scale.top ? answer : null;
}
