import { kanoAnswerCode, kanoAnswerCodeOfText, type KanoAnswerScale } from "../core";
import { answerOf, isBlank } from "./answers";
import { readKanoHeader, type KanoHeaderReading } from "./kanoHeaders";
import { columnsByKey } from "./pairItems";
import type { Cell, ColumnAssignment, ColumnRole, KanoFeaturePair, SurveyProblem } from "./types";

/** Share of a column's filled cells that must read as Kano answers for its header's reading to stand. */
const KANO_ANSWER_SHARE = 0.8;

/**
 * The 5-point Kano code (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike) of one survey cell: a number
 * (or a number typed as text) is the answer it codes on the scale, a text the answer it reads as
 * (KANO_ANSWER_TEXTS in core: "I like it", 理所当然 …); 0 for a blank or anything else (no answer).
 *
 * @example
 * kanoCodeOfCell(2, 3) // => 3 (neutral on the 3-point form)
 * kanoCodeOfCell("理所当然", 5) // => 2
 */
export function kanoCodeOfCell(cell: Cell | undefined, scale: KanoAnswerScale): number {
  if (isBlank(cell)) return 0;
  const number = answerOf(cell);
  if (number !== null) return kanoAnswerCode(number, scale);
  return typeof cell === "string" ? kanoAnswerCodeOfText(cell) : 0;
}

/** Whether a filled cell reads as a Kano answer on the 5-point scale (every 3-point answer does too). */
function isKanoAnswer(cell: Cell | undefined): boolean {
  return kanoCodeOfCell(cell, 5) !== 0;
}

/**
 * The columns that are Kano questions: a header read as one side of a feature (readKanoHeader) whose
 * partner, the other side of the same feature, is there too, and whose filled cells read as Kano answers
 * (at least 80 %). A lone side is left to the other readings of its header.
 *
 * @example
 * detectKanoColumns(["K1 功能", "K1 反向", "F_x"], [[1, 5, 2]]).get(0) // => { side: "functional", feature: "1" }
 */
export function detectKanoColumns(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): Map<number, KanoHeaderReading> {
  const readings = headers.map((header, column) => {
    const reading = readKanoHeader(String(header ?? ""));
    return reading && answersLookKano(rows, column) ? reading : undefined;
  });
  const sides = new Map<string, Set<string>>();
  for (const reading of readings) {
    if (!reading) continue;
    const seen = sides.get(reading.feature) ?? new Set<string>();
    seen.add(reading.side);
    sides.set(reading.feature, seen);
  }
  const found = new Map<number, KanoHeaderReading>();
  readings.forEach((reading, column) => {
    if (reading && sides.get(reading.feature)?.size === 2) found.set(column, reading);
  });
  return found;
}

function answersLookKano(rows: readonly (readonly Cell[])[], column: number): boolean {
  let filled = 0;
  let read = 0;
  for (const row of rows) {
    const cell = row[column];
    if (isBlank(cell)) continue;
    filled += 1;
    if (isKanoAnswer(cell)) read += 1;
  }
  return filled > 0 && read >= KANO_ANSWER_SHARE * filled;
}

/**
 * The Kano answer scale of the numbers in the features' columns: 3 when every number is 1, 2 or 3 (and
 * there is one), otherwise 5. Answer texts say nothing about the scale.
 *
 * @example
 * detectKanoScale([[1, 3], [2, 1]], [{ feature: "1", functionalColumn: 0, dysfunctionalColumn: 1 }]) // => 3
 */
export function detectKanoScale(
  rows: readonly (readonly Cell[])[],
  features: readonly KanoFeaturePair[],
): KanoAnswerScale {
  let numbers = 0;
  for (const row of rows) {
    for (const { functionalColumn, dysfunctionalColumn } of features) {
      for (const column of [functionalColumn, dysfunctionalColumn]) {
        const cell = row[column];
        if (isBlank(cell)) continue;
        const answer = answerOf(cell);
        if (answer === null) continue;
        if (answer > 3) return 5;
        numbers += 1;
      }
    }
  }
  return numbers > 0 ? 3 : 5;
}

/** The side of a Kano feature a role fills: its functional or dysfunctional question. */
function kanoSideOf(role: ColumnRole): "functional" | "dysfunctional" | undefined {
  return role === "kanoFunctional"
    ? "functional"
    : role === "kanoDysfunctional"
      ? "dysfunctional"
      : undefined;
}

/**
 * Pairs each Kano feature's functional and dysfunctional column by the feature key of their assignments,
 * in order of the feature's first column. A side without its partner, or without a key, is an
 * unpairedKanoColumn; a second column of the same side and feature a duplicateHeader.
 *
 * @example
 * pairKanoFeatures([{ column: 3, header: "F_speed", role: "kanoFunctional", item: "speed" },
 *                   { column: 4, header: "D_speed", role: "kanoDysfunctional", item: "speed" }]).features
 * // => [{ feature: "speed", functionalColumn: 3, dysfunctionalColumn: 4 }]
 */
export function pairKanoFeatures(columns: readonly ColumnAssignment[]): {
  features: KanoFeaturePair[];
  problems: SurveyProblem[];
} {
  const { byKey: byFeature, problems } = columnsByKey(columns, kanoSideOf, ({ column, header }) => ({
    code: "unpairedKanoColumn",
    severity: "warning",
    column,
    header,
  }));
  const features: KanoFeaturePair[] = [];
  for (const [feature, { functional, dysfunctional }] of byFeature) {
    if (functional && dysfunctional) {
      features.push({
        feature,
        functionalColumn: functional.column,
        dysfunctionalColumn: dysfunctional.column,
      });
      continue;
    }
    const lone = functional ?? dysfunctional;
    if (lone) {
      problems.push({
        code: "unpairedKanoColumn",
        severity: "warning",
        column: lone.column,
        header: lone.header,
        item: feature,
      });
    }
  }
  return { features, problems };
}
