import {
  KANO_CELL_OF_CODES,
  KANO_TABLE_CELLS,
  kanoAnswerCode,
  kanoAnswerCodeOfText,
  type KanoAnswerScale,
} from "../core";
import { errorCellError, excelErrorCodeOf, READ_CAREFULLY, type CellRange } from "./coercion";
import type { MessageCatalogue } from "./messages";

/**
 * Policy "Kano answers": a number is the answer it codes on the scale (1–5, or 1–3); a text is the
 * answer it reads as (KANO_ANSWER_TEXTS in core: "I like it", 理所当然, …); every other cell (blank,
 * other numbers or text, TRUE/FALSE) is no answer; the first error cell (row by row) makes the result
 * that error, naming the argument and the cell. Returns one column of 5-point codes per feature (0: no
 * answer). The careful reading; kanoPairTalliesAsTheyCame is the usual one.
 *
 * @example
 * kanoAnswerColumns([[1, "I dislike it"], ["", 7]], "functional", 5, m) // => [[1, 0], [5, 0]] (as Uint8Arrays)
 */
export function kanoAnswerColumns(
  range: CellRange,
  argument: string,
  scale: KanoAnswerScale,
  m: MessageCatalogue,
): Uint8Array[] {
  const rows = range.length;
  const features = range[0]!.length;
  const columns = Array.from({ length: features }, () => new Uint8Array(rows));
  const codeOf = kanoAnswerCode;
  // typed answers repeat: each distinct text is read once
  const codeOfText = new Map<string, number>();
  // row by row, as the cells lie: each respondent's row is visited once
  for (let r = 0; r < rows; r++) {
    const row = range[r]!;
    for (let c = 0; c < features; c++) {
      const cell = row[c];
      if (typeof cell === "number") {
        columns[c]![r] = codeOf(cell, scale);
        continue;
      }
      const answer = codeOfOtherCell(cell, codeOfText);
      if (answer === ERROR_CELL) throw errorCellError(excelErrorCodeOf(cell)!, argument, r, c, m);
      columns[c]![r] = answer;
    }
  }
  return columns;
}

/**
 * core's table and code of a number, read once: in the CommonJS build the benches and tests run, an
 * imported binding is a property read through a getter, which would be paid per cell.
 */
const CELL_OF_CODES = KANO_CELL_OF_CODES;
const TABLE_CELLS = KANO_TABLE_CELLS;
const codeOfNumber = kanoAnswerCode;

/**
 * kanoAnswerColumns of both ranges as they came, tallied at once: for each feature c, the count of its
 * answer pairs in each cell of the evaluation table at `tallies[c * KANO_TABLE_CELLS + cell]` (cells as
 * KANO_CELL_OF_CODES gives them; cell 9, a pair without two answers). No column of codes is written and
 * no second pass made. A row of another width, or any error cell, throws READ_CAREFULLY: the careful
 * reading (kanoAnswerColumns) then finds the first error cell of each range in its order. A module-level
 * function ending with its loop (see README, Tests and benchmarks).
 */
export function kanoPairTalliesAsTheyCame(
  functional: CellRange,
  dysfunctional: CellRange,
  scale: KanoAnswerScale,
  tallies: Float64Array,
  codeOfText: Map<string, number>,
): void {
  const rows = functional.length;
  const features = functional[0]!.length;
  if (dysfunctional.length !== rows) throw READ_CAREFULLY;
  for (let r = 0; r < rows; r++) {
    const functionalRow = functional[r]!;
    const dysfunctionalRow = dysfunctional[r]!;
    if (!Array.isArray(functionalRow) || functionalRow.length !== features) throw READ_CAREFULLY;
    if (!Array.isArray(dysfunctionalRow) || dysfunctionalRow.length !== features) throw READ_CAREFULLY;
    for (let c = 0; c < features; c++) {
      const f = functionalRow[c];
      const d = dysfunctionalRow[c];
      const fCode = typeof f === "number" ? codeOfNumber(f, scale) : codeOfOtherCellAsItCame(f, codeOfText);
      const dCode = typeof d === "number" ? codeOfNumber(d, scale) : codeOfOtherCellAsItCame(d, codeOfText);
      tallies[c * TABLE_CELLS + CELL_OF_CODES[fCode * 6 + dCode]!]!++;
    }
  }
}

/** What codeOfOtherCell gives an error cell. */
const ERROR_CELL = -1;

/**
 * The 5-point code of a cell that is not a number: a typed answer's (each distinct text read once, kept
 * in `codeOfText`), else 0 (no answer); ERROR_CELL for an error cell. Both readings decode cells with it.
 */
function codeOfOtherCell(cell: unknown, codeOfText: Map<string, number>): number {
  if (typeof cell === "string") {
    if (cell === "") return 0;
    if (excelErrorCodeOf(cell) !== undefined) return ERROR_CELL;
    let answer = codeOfText.get(cell);
    if (answer === undefined) {
      answer = kanoAnswerCodeOfText(cell);
      codeOfText.set(cell, answer);
    }
    return answer;
  }
  if (typeof cell === "object" && cell !== null && excelErrorCodeOf(cell) !== undefined) return ERROR_CELL;
  return 0;
}

/** codeOfOtherCell for cells as they came: an error cell is left to the careful reading. */
function codeOfOtherCellAsItCame(cell: unknown, codeOfText: Map<string, number>): number {
  const code = codeOfOtherCell(cell, codeOfText);
  if (code === ERROR_CELL) throw READ_CAREFULLY;
  return code;
}
