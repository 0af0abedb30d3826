/*
 * The cell policy: which cells of a survey range are answers. Written once, here, for both readers:
 * the worksheet functions (src/functions) and the survey model behind the pane (src/survey). Core's
 * statistics never see cells; these functions turn a cell into an Answer first.
 *
 * Two policies, named and different on purpose:
 * - worksheetFunctionAnswer, for the CX.* functions: as Excel's own AVERAGE reads a range, numbers
 *   are answers and text (even "4"), logical values and empty cells are not ("If a range or cell
 *   reference argument contains text, logical values, or empty cells, those values are ignored":
 *   https://support.microsoft.com/en-us/office/average-function-047bac88-d466-426c-a32b-8f33eb960cf6),
 *   so =CX.GAP agrees with =AVERAGE over the same cells. The caller decides what an error cell does.
 * - pastedSurveyAnswer, for the wizard: numbers stored as text (" 4 ", "4.5") are answers too, because
 *   surveys pasted from CSV exports arrive that way and the pane says how many it read; error cells
 *   are missing answers (the pane counts them as text).
 *
 * Cells holding data types arrive as objects when the metadata flag allowCustomDataForDataTypeAny is
 * set: a formatted number as { type: "Double" or "FormattedNumber", basicValue: 4, numberFormat: "0.00" },
 * an entity or linked entity (stocks, geography) with its own basicValue
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue: "basicValue: the
 * value that would be returned by Range.values for a cell with this value"). Both policies read the
 * basic value, so such a cell counts as what Range.values would show, never as a blank.
 */
import type { Answer } from "./answer";

/**
 * Excel's error values as Range.values shows them and as the custom-functions runtime passes them
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcellvaluetype lists the kinds).
 * The one list in the project.
 */
export const EXCEL_ERROR_VALUES: readonly string[] = Object.freeze([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

const ERROR_VALUE_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

/**
 * The basic value of a data-type cell (what Range.values would show), or the cell itself.
 *
 * @example
 * basicValueOf({ type: "FormattedNumber", basicValue: 4.5, numberFormat: "0.0" }) // => 4.5
 * basicValueOf(4) // => 4
 */
export function basicValueOf(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return cell;
  const basicValue = (cell as { basicValue?: unknown }).basicValue;
  return basicValue === undefined ? cell : basicValue;
}

/**
 * The Excel error a cell holds ("#N/A", "#REF!", …), or undefined for any other cell. An error text
 * counts (so values copied from Range.values behave like cells), as does an error object of the
 * custom-functions runtime ({ type: "Error", code: "#N/A" }) or a data type whose basic value is one.
 *
 * @example
 * excelErrorCodeOf({ type: "Error", code: "#N/A" }) // => "#N/A"
 * excelErrorCodeOf("#DIV/0!") // => "#DIV/0!"
 * excelErrorCodeOf("N/A") // => undefined
 */
export function excelErrorCodeOf(cell: unknown): string | undefined {
  if (typeof cell === "string")
    return cell.charCodeAt(0) === 35 /* # */ && ERROR_VALUE_SET.has(cell) ? cell : undefined;
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return undefined;
  const candidate = cell as { code?: unknown; errorCode?: unknown; basicValue?: unknown; type?: unknown };
  for (const field of [candidate.code, candidate.errorCode, candidate.basicValue]) {
    if (typeof field === "string" && field.startsWith("#")) return field;
  }
  if (candidate.type === "Error" || candidate.type === "CustomFunctionError") return "#VALUE!";
  return undefined;
}

/**
 * Policy of the worksheet functions, as Excel's AVERAGE reads a range: a finite number (or a data
 * type whose basic value is one) is an answer; anything else is not. Error cells are the caller's
 * to decide (the functions make them the result; see excelErrorCodeOf).
 *
 * @example
 * worksheetFunctionAnswer(4) // => 4
 * worksheetFunctionAnswer("4") // => null
 * worksheetFunctionAnswer({ type: "Double", basicValue: 4, numberFormat: "0.00" }) // => 4
 */
export function worksheetFunctionAnswer(cell: unknown): Answer {
  const value = basicValueOf(cell);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Policy of the pasted survey (the wizard): a finite number, or text that reads as one (" 4 ", "4.5",
 * "-1e3"), is an answer; blanks, other text, logical values and error values are missing.
 *
 * @example
 * pastedSurveyAnswer(" 4 ") // => 4
 * pastedSurveyAnswer("n/a") // => null
 */
export function pastedSurveyAnswer(cell: unknown): Answer {
  const value = basicValueOf(cell);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return numberFromText(value);
  return null;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The number a text spells in plain decimal notation (spaces around it allowed), else null.
 *
 * @example
 * numberFromText(" 4.5 ") // => 4.5
 * numberFromText("4 stars") // => null
 */
export function numberFromText(text: string): Answer {
  const trimmed = text.trim();
  if (trimmed === "" || !NUMBER_TEXT.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * True for a cell that holds nothing: null, undefined, or text of spaces only.
 *
 * @example
 * isBlankCell("  ") // => true
 */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
