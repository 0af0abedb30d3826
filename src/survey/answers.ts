import type { Answer } from "../core";
import type { AnswerScale, Cell } from "./types";

/**
 * The survey's missing-value policy, written once: an answer is a finite number, or text that reads as one
 * (" 4 ", "4.5": surveys pasted from CSV often arrive as text); blanks, other text and logical values are
 * missing. Within a scale, numbers outside [bottom, top] are missing too (codes such as 9 = "don't know").
 */
export function answerOf(cell: Cell | undefined): Answer {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
    return Number(text);
  }
  return null;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** answerOf, then outside-the-scale numbers become missing. */
export function scaledAnswerOf(cell: Cell | undefined, scale: AnswerScale): Answer {
  const answer = answerOf(cell);
  return answer !== null && answer >= scale.bottom && answer <= scale.top ? answer : null;
}
