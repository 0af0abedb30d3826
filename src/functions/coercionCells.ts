/*
 * The cell side of reading arguments: what a range is, and which of its cells are answers. The policy
 * itself (numbers are answers, text and logical values are not, as Excel's AVERAGE reads a range;
 * data types by their basic value) is core's worksheetFunctionAnswer, shared with the survey model;
 * this file adds what only a worksheet function does: an error cell makes the result that error,
 * with a message naming the argument and the cell.
 *
 * Cells arrive as Excel sends them: numbers, text (a blank may arrive as null or as empty text),
 * booleans, and error values. With the metadata flag `allowErrorForDataTypeAny` the custom-functions
 * runtime passes an error cell as a `CustomFunctions.Error` (`code` "#N/A", `basicValue` "#N/A",
 * `type` "Error"); without it Excel does not call the function at all and shows the error itself.
 * Error texts such as "#N/A" are treated as that error too, so values copied from
 * `Range.values` behave the same way.
 */
import {
  basicValueOf,
  excelErrorCodeOf,
  worksheetFunctionAnswer,
  type Answer,
  type AnswerMatrix,
} from "../core";
import type { MessageCatalogue } from "./messages";
import { passedOnError, refusal } from "./errorPolicy";

export { excelErrorCodeOf } from "../core";

/** A range as it arrives: rows of cells of any kind. */
export type CellRange = ReadonlyArray<ReadonlyArray<unknown>>;

/**
 * The error a function returns for an error cell in `argument`: #N/A, #DIV/0!, #NUM! and #VALUE!
 * carry over, any other (#REF!, #NAME?…) becomes #VALUE!; the message names the cell (1-based).
 */
export function errorCellError(
  code: string,
  argument: string,
  row: number,
  column: number,
  m: MessageCatalogue,
) {
  return passedOnError(code, m.errorCell(argument, code, row + 1, column + 1));
}

/** True when nothing was given for an optional argument: omitted, or a single blank cell. */
export function isOmitted(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    return (
      Array.isArray(row) && row.length === 1 && (row[0] === null || row[0] === undefined || row[0] === "")
    );
  }
  return false;
}

/**
 * Policy "a range": a rectangular, non-empty 2-D array; a single value is taken as a 1 × 1 range;
 * a single error value is that error.
 */
export function rangeOf(value: unknown, argument: string, m: MessageCatalogue): CellRange {
  if (value === undefined || value === null) throw refusal("fixable", m.emptyRange(argument));
  if (!Array.isArray(value)) {
    const code = excelErrorCodeOf(value);
    if (code !== undefined) throw errorCellError(code, argument, 0, 0, m);
    // A single data-type cell (a formatted number) is a 1 × 1 range; any other object is not a range.
    if (typeof basicValueOf(value) === "object") throw refusal("fixable", m.notARange(argument));
    return [[value]];
  }
  const rows = value as unknown[];
  if (rows.length === 0) throw refusal("fixable", m.emptyRange(argument));
  const first = rows[0];
  if (!Array.isArray(first)) throw refusal("fixable", m.notARange(argument));
  const width = first.length;
  if (width === 0) throw refusal("fixable", m.emptyRange(argument));
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== width) {
      throw refusal("fixable", m.notRectangular(argument));
    }
  }
  return rows as CellRange;
}

/**
 * Policy "survey answers": numbers are answers; blanks (null, undefined, empty text), other text and
 * booleans are missing answers; the first error cell (row by row) makes the result that error,
 * naming the argument and the cell. Rows that already hold only numbers and nulls are used as they
 * are (no copy), so a million clean rows cost no extra memory.
 *
 * @example
 * surveyAnswers([[4, "", true], [null, "n/a", 5]], "experience", m) // => [[4, null, null], [null, null, 5]]
 */
export function surveyAnswers(value: unknown, argument: string, m: MessageCatalogue): AnswerMatrix {
  const range = rangeOf(value, argument, m);
  let answers: Answer[][] | undefined;
  for (let r = 0; r < range.length; r++) {
    const row = range[r]!;
    const width = row.length;
    let clean = true;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      // A finite number (x − x is 0 only for those) or null is already an answer.
      if (typeof cell === "number" ? cell - cell === 0 : cell === null) continue;
      clean = false;
      break;
    }
    if (clean) {
      if (answers !== undefined) answers.push(row as Answer[]);
      continue;
    }
    answers ??= range.slice(0, r) as Answer[][];
    const converted = new Array<Answer>(width);
    for (let c = 0; c < width; c++) converted[c] = argumentCellAnswer(row[c], argument, r, c, m);
    answers.push(converted);
  }
  return answers ?? (range as AnswerMatrix);
}

/** One cell of a range argument under the worksheet-function policy; an error cell makes the function an error. */
function argumentCellAnswer(
  cell: unknown,
  argument: string,
  row: number,
  column: number,
  m: MessageCatalogue,
): Answer {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    if (Number.isNaN(cell)) return null;
    throw refusal("beyondExcel", m.notFinite(argument, row + 1, column + 1));
  }
  const code = excelErrorCodeOf(cell);
  if (code !== undefined) throw errorCellError(code, argument, row, column, m);
  return worksheetFunctionAnswer(cell);
}

/** Rows × columns of a range. */
export function sizeOf(range: AnswerMatrix | CellRange): { rows: number; columns: number } {
  return { rows: range.length, columns: range[0]?.length ?? 0 };
}

/**
 * Thrown while reading respondent rows as they came, for a cell only the careful reading
 * (surveyAnswers) may judge; the caller then reads the ranges carefully.
 */
export const READ_CAREFULLY = Symbol("read the cells carefully");

/**
 * For core's `notAnAnswer` check: lets pass what the cell policy simply skips (blanks, text that is
 * not an error value, logical values) and throws READ_CAREFULLY for anything else (an error value, a
 * data type).
 */
export function refuseUnexpectedCell(entry: unknown): void {
  if (entry === "" || entry === undefined || typeof entry === "boolean") return;
  if (typeof entry === "string" && entry.charCodeAt(0) !== 35 /* # */) return;
  throw READ_CAREFULLY;
}

/**
 * The range itself when it is a rectangle of at least 2 rows and `minColumns` columns; else undefined.
 * Entries other than numbers and null stay in place: core skips them, refuseUnexpectedCell checks them.
 * A module-level function, so that V8 keeps its compiled loop from one call to the next.
 */
function rectangularRows(value: unknown, minColumns: number): AnswerMatrix | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const rows = value as unknown[];
  const top: unknown = rows[0];
  if (!Array.isArray(top) || top.length < minColumns) return undefined;
  const width = top.length;
  for (let r = 1; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== width) return undefined;
  }
  return rows as AnswerMatrix;
}

/**
 * Two survey arguments as they came, without a copy, when both are rectangular ranges of the same
 * size with at least two respondent rows and `minColumns` item columns; else undefined. Core reads
 * only numbers as answers and skips every other entry; the caller passes refuseUnexpectedCell so
 * that a cell needing the careful reading is not skipped, and reads carefully (surveyAnswers) when
 * anything fails — on a million rows, the copy the careful reading makes is most of the cost.
 */
export function respondentRowsAsTheyCame(
  first: unknown,
  second: unknown,
  minColumns: number,
): { first: AnswerMatrix; second: AnswerMatrix; bothSummaries: false } | undefined {
  const a = rectangularRows(first, minColumns);
  const b = rectangularRows(second, minColumns);
  if (a === undefined || b === undefined) return undefined;
  if (a.length !== b.length || a[0]!.length !== b[0]!.length) return undefined;
  return { first: a, second: b, bothSummaries: false };
}

/**
 * The value as rows to read as they came: a non-empty array whose first row is a non-empty array, else
 * undefined. Only the first row is looked at; the reader checks each row's shape as it goes, so that a
 * million rows are visited once, and leaves anything unusual to the careful reading (rangeOf).
 */
export function rowsAsTheyCame(value: unknown): CellRange | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  return Array.isArray(first) && first.length > 0 ? (value as CellRange) : undefined;
}

/**
 * Policy "survey answers, read in place": the same reading as "survey answers" (numbers are answers;
 * blanks, text and booleans are missing; the first error cell, row by row, is that error; an infinite
 * number is #NUM!), but the range is only checked, never copied: for a million rows that hold empty
 * text as blanks, copying rows costs more than the statistics. Returns the range itself; the caller
 * must treat every cell that is not a number as a missing answer. A cell that is an answer without
 * being a number (a data type's basic value) or a NaN (never sent by Excel) makes it fall back to the
 * copying policy, which turns such cells into what they mean.
 *
 * @example
 * answerCells([[4, "", true]], "items", m) // => [[4, "", true]] (4 is the only answer)
 */
export function answerCells(value: unknown, argument: string, m: MessageCatalogue): CellRange {
  const range = rangeOf(value, argument, m);
  for (let r = 0; r < range.length; r++) {
    const row = range[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") {
        if (cell - cell === 0) continue;
        if (Number.isNaN(cell)) return surveyAnswers(range, argument, m);
      } else if (cell === null || cell === "" || typeof cell === "boolean") continue;
      if (argumentCellAnswer(cell, argument, r, c, m) !== null) return surveyAnswers(range, argument, m);
    }
  }
  return range;
}
