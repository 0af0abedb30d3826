import { inferScaleRange } from "../core";
import { answerOf } from "./answers";
import type { AnswerScale, Cell, ItemPair } from "./types";

/** Used when no expectation or perception column holds a number. */
const DEFAULT_SCALE: AnswerScale = { bottom: 1, top: 5 };

/**
 * The rating scale of the expectation and perception answers: 1–5, 1–7, 0/1–10 or 0–100 as core's
 * inferScaleRange decides from the smallest and largest answer; outside 0–100 the observed range itself.
 *
 * @example
 * detectScale([[4, 6], [2, 7]], [{ item: "1", expectationColumn: 0, perceptionColumn: 1 }]) // => { bottom: 1, top: 7 }
 */
export function detectScale(rows: readonly (readonly Cell[])[], pairs: readonly ItemPair[]): AnswerScale {
  let smallest = Infinity;
  let largest = -Infinity;
  const columns = pairs.flatMap((pair) => [pair.expectationColumn, pair.perceptionColumn]);
  for (const row of rows) {
    for (const column of columns) {
      const answer = answerOf(row[column]);
      if (answer === null) continue;
      if (answer < smallest) smallest = answer;
      if (answer > largest) largest = answer;
    }
  }
  if (smallest === Infinity) return { ...DEFAULT_SCALE };
  if (smallest < 0 || largest > 100) return { bottom: smallest, top: largest };
  return inferScaleRange([smallest, largest]);
}
