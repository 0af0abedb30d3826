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
import { ExcelFunctionError, type ExcelErrorCode } from "./excelError";
import type { MessageCatalogue } from "./messages";

export { excelErrorCodeOf } from "../core";

/** A range as it arrives: rows of cells of any kind. */
export type CellRange = ReadonlyArray<ReadonlyArray<unknown>>;

/** Excel errors whose meaning carries over unchanged to a CX result; any other becomes #VALUE!. */
const PASSED_ON: ReadonlySet<string> = new Set<ExcelErrorCode>(["#N/A", "#DIV/0!", "#NUM!", "#VALUE!"]);

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
  const passedOn = (PASSED_ON.has(code) ? code : "#VALUE!") as ExcelErrorCode;
  return new ExcelFunctionError(passedOn, m.errorCell(argument, code, row + 1, column + 1));
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
  if (value === undefined || value === null) throw new ExcelFunctionError("#VALUE!", m.emptyRange(argument));
  if (!Array.isArray(value)) {
    const code = excelErrorCodeOf(value);
    if (code !== undefined) throw errorCellError(code, argument, 0, 0, m);
    // A single data-type cell (a formatted number) is a 1 × 1 range; any other object is not a range.
    if (typeof basicValueOf(value) === "object")
      throw new ExcelFunctionError("#VALUE!", m.notARange(argument));
    return [[value]];
  }
  const rows = value as unknown[];
  if (rows.length === 0) throw new ExcelFunctionError("#VALUE!", m.emptyRange(argument));
  const first = rows[0];
  if (!Array.isArray(first)) throw new ExcelFunctionError("#VALUE!", m.notARange(argument));
  const width = first.length;
  if (width === 0) throw new ExcelFunctionError("#VALUE!", m.emptyRange(argument));
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== width) {
      throw new ExcelFunctionError("#VALUE!", m.notRectangular(argument));
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
    for (let c = 0; c < width; c++) converted[c] = answerOf(row[c], argument, r, c, m);
    answers.push(converted);
  }
  return answers ?? (range as AnswerMatrix);
}

function answerOf(cell: unknown, argument: string, row: number, column: number, m: MessageCatalogue): Answer {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    if (Number.isNaN(cell)) return null;
    throw new ExcelFunctionError("#NUM!", m.notFinite(argument, row + 1, column + 1));
  }
  const code = excelErrorCodeOf(cell);
  if (code !== undefined) throw errorCellError(code, argument, row, column, m);
  return worksheetFunctionAnswer(cell);
}

/** Rows × columns of a range. */
export function sizeOf(range: AnswerMatrix | CellRange): { rows: number; columns: number } {
  return { rows: range.length, columns: range[0]?.length ?? 0 };
}
