import type { Answer } from "../core";
import { answerOf, isBlank } from "./answers";
import type { AnswerScale, Cell, ItemPair, SurveyProblem } from "./types";

/** The survey's answers as core wants them, plus what was set aside and why. */
export interface SurveyMatrices {
  /** rows = respondents, columns = pairs */
  expectation: Answer[][];
  perception: Answer[][];
  /** one column per pair; null where the pair has no importance column */
  importanceColumns: Array<Answer[] | null>;
  overall: Answer[] | null;
  /** smallest and largest stated importance answer (undefined without any) */
  importanceRange?: { smallest: number; largest: number };
  missingAnswers: number;
  problems: SurveyProblem[];
}

/**
 * Applies the survey's missing-value policy column by column: expectation and perception answers outside the
 * scale are missing (reported as outOfScale), text is missing (nonNumericAnswers); importance and overall
 * satisfaction keep their own scales.
 */
export function surveyMatrices(
  rows: readonly (readonly Cell[])[],
  headers: readonly string[],
  pairs: readonly ItemPair[],
  overallColumn: number | undefined,
  scale: AnswerScale,
): SurveyMatrices {
  const width = pairs.length;
  const textCount = new Map<number, number>();
  const outOfScale = new Map<number, number>();
  let missingAnswers = 0;
  const bump = (counts: Map<number, number>, column: number): void => {
    counts.set(column, (counts.get(column) ?? 0) + 1);
  };
  /** the cell's answer; a blank or text cell is a missing answer (text is counted for its column) */
  const plain = (cell: Cell | undefined, column: number): Answer => {
    const answer = answerOf(cell);
    if (answer === null) {
      missingAnswers += 1;
      if (!isBlank(cell)) bump(textCount, column);
    }
    return answer;
  };
  /** as `plain`, and an answer outside the scale is missing too (counted for its column) */
  const scaled = (cell: Cell | undefined, column: number): Answer => {
    const answer = plain(cell, column);
    if (answer !== null && (answer < scale.bottom || answer > scale.top)) {
      missingAnswers += 1;
      bump(outOfScale, column);
      return null;
    }
    return answer;
  };

  const expectation: Answer[][] = new Array<Answer[]>(rows.length);
  const perception: Answer[][] = new Array<Answer[]>(rows.length);
  const importanceColumns = pairs.map((pair) =>
    pair.importanceColumn === undefined ? null : new Array<Answer>(rows.length),
  );
  const overall = overallColumn === undefined ? null : new Array<Answer>(rows.length);
  let smallest = Infinity;
  let largest = -Infinity;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const e = new Array<Answer>(width);
    const p = new Array<Answer>(width);
    for (let i = 0; i < width; i++) {
      const pair = pairs[i]!;
      e[i] = scaled(row[pair.expectationColumn], pair.expectationColumn);
      p[i] = scaled(row[pair.perceptionColumn], pair.perceptionColumn);
      const target = importanceColumns[i];
      if (target && pair.importanceColumn !== undefined) {
        const value = plain(row[pair.importanceColumn], pair.importanceColumn);
        target[r] = value;
        if (value !== null) {
          if (value < smallest) smallest = value;
          if (value > largest) largest = value;
        }
      }
    }
    expectation[r] = e;
    perception[r] = p;
    if (overall && overallColumn !== undefined) overall[r] = plain(row[overallColumn], overallColumn);
  }

  const problems: SurveyProblem[] = [];
  for (const [column, count] of textCount) {
    problems.push({
      code: "nonNumericAnswers",
      severity: "warning",
      column,
      header: headers[column] ?? "",
      count,
    });
  }
  for (const [column, count] of outOfScale) {
    problems.push({ code: "outOfScale", severity: "warning", column, header: headers[column] ?? "", count });
  }
  const result: SurveyMatrices = {
    expectation,
    perception,
    importanceColumns,
    overall,
    missingAnswers,
    problems,
  };
  if (smallest !== Infinity) result.importanceRange = { smallest, largest };
  return result;
}
