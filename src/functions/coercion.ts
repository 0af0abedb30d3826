/*
 * Range-to-value policies: how the CX functions read the cells Excel passes them. Each policy is
 * written once, named, and used on purpose by the functions.
 *
 * Cells arrive as Excel sends them: numbers, text (a blank may arrive as null or as empty text),
 * booleans, and error values. With the metadata flag `allowErrorForDataTypeAny` the custom-functions
 * runtime passes an error cell as a `CustomFunctions.Error` (`code` "#N/A", `basicValue` "#N/A",
 * `type` "Error"); without it Excel does not call the function at all and shows the error itself.
 * Error texts such as "#N/A" are treated as that error too, so values copied from
 * `Range.values` behave the same way.
 */
import type { Answer, AnswerMatrix, Crosshair, DimensionWeights } from "../core";
import { ExcelFunctionError, type ExcelErrorCode } from "./excelError";
import { extremes } from "./extremes";
import type { MessageCatalogue } from "./messages";

/** A range as it arrives: rows of cells of any kind. */
export type CellRange = ReadonlyArray<ReadonlyArray<unknown>>;

const EXCEL_ERROR_TEXTS = new Set([
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

/**
 * The Excel error a cell holds ("#N/A", "#REF!", …), or undefined for any other cell.
 *
 * @example
 * excelErrorCodeOf({ type: "Error", code: "#N/A" }) // => "#N/A"
 * excelErrorCodeOf("#DIV/0!") // => "#DIV/0!"
 * excelErrorCodeOf("N/A") // => undefined
 */
export function excelErrorCodeOf(cell: unknown): string | undefined {
  if (typeof cell === "string")
    return cell.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_TEXTS.has(cell) ? cell : undefined;
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return undefined;
  const candidate = cell as { code?: unknown; errorCode?: unknown; basicValue?: unknown; type?: unknown };
  for (const field of [candidate.code, candidate.errorCode, candidate.basicValue]) {
    if (typeof field === "string" && field.startsWith("#")) return field;
  }
  if (candidate.type === "Error" || candidate.type === "CustomFunctionError") return "#VALUE!";
  return undefined;
}

/** Excel errors whose meaning carries over unchanged to a CX result; any other becomes #VALUE!. */
const PASSED_ON: ReadonlySet<string> = new Set<ExcelErrorCode>(["#N/A", "#DIV/0!", "#NUM!", "#VALUE!"]);

function errorCellError(code: string, argument: string, row: number, column: number, m: MessageCatalogue) {
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
    if (typeof value === "object") throw new ExcelFunctionError("#VALUE!", m.notARange(argument));
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
  if (typeof cell === "string" || (typeof cell === "object" && cell !== null)) {
    const code = excelErrorCodeOf(cell);
    if (code !== undefined) throw errorCellError(code, argument, row, column, m);
  }
  return null;
}

/** Rows × columns of a range. */
export function sizeOf(range: AnswerMatrix | CellRange): { rows: number; columns: number } {
  return { rows: range.length, columns: range[0]?.length ?? 0 };
}

/** Two survey ranges lined up respondent by respondent and item by item. */
export interface PairedSurvey {
  first: AnswerMatrix;
  second: AnswerMatrix;
  /** True when neither range has respondent rows (both are one row of item means). */
  bothSummaries: boolean;
}

/**
 * Policy "paired survey ranges": two ranges of the same size pair cell by cell. A range of per-item
 * summaries (one row, or one column with one cell per item) is accepted in place of respondent
 * rows and is then used as the item means: it stands against every respondent row of the other
 * range. Any other pair of sizes is a #VALUE! naming both arguments and their sizes.
 */
export function pairedSurvey(
  firstValue: unknown,
  firstArgument: string,
  secondValue: unknown,
  secondArgument: string,
  m: MessageCatalogue,
): PairedSurvey {
  let first = surveyAnswers(firstValue, firstArgument, m);
  let second = surveyAnswers(secondValue, secondArgument, m);
  const a = sizeOf(first);
  const b = sizeOf(second);
  if (a.rows === b.rows && a.columns === b.columns) {
    return { first, second, bothSummaries: a.rows === 1 };
  }
  const firstSummary = summaryRow(first, b.columns);
  const secondSummary = summaryRow(second, a.columns);
  if (secondSummary !== undefined && a.columns === secondSummary.length && a.rows > 1) {
    second = repeatRow(secondSummary, a.rows);
  } else if (firstSummary !== undefined && b.columns === firstSummary.length && b.rows > 1) {
    first = repeatRow(firstSummary, b.rows);
  } else if (
    firstSummary !== undefined &&
    secondSummary !== undefined &&
    firstSummary.length === secondSummary.length
  ) {
    return { first: [firstSummary], second: [secondSummary], bothSummaries: true };
  } else {
    throw new ExcelFunctionError("#VALUE!", m.pairedShape(firstArgument, a, secondArgument, b));
  }
  return { first, second, bothSummaries: false };
}

/** The range as one row of item values if it is one row, or one column with `items` (> 1) cells. */
function summaryRow(range: AnswerMatrix, items: number): readonly Answer[] | undefined {
  if (range.length === 1) return range[0];
  if (items > 1 && range.length === items && range[0]!.length === 1)
    return range.map((row) => row[0] ?? null);
  return undefined;
}

function repeatRow(row: readonly Answer[], times: number): AnswerMatrix {
  return new Array<readonly Answer[]>(times).fill(row);
}

/** One value per item, with the smallest and largest answer the range holds. */
export interface ItemValues {
  values: number[];
  /**
   * Smallest and largest number in the range: the answers themselves for respondent rows (what the
   * rating scale is inferred from, since item means never reach the ends of the scale), else the
   * values.
   */
  smallest: number;
  largest: number;
}

/**
 * Policy "per-item values" (importance, performance, expectations of factors): one row or one column
 * gives one value per item and every item needs a number; a range of respondent rows (several rows
 * and several columns) gives each column's mean over its numeric answers.
 *
 * @example
 * itemValues([[4.2], [3.9]], "importance", m) // => [4.2, 3.9]
 * itemValues([[4, 5], [2, ""]], "importance", m) // => [3, 5]
 */
export function itemValues(value: unknown, argument: string, m: MessageCatalogue): number[] {
  return itemValuesWithExtremes(value, argument, m).values;
}

/**
 * The "per-item values" policy, also giving the smallest and largest answer of the range.
 *
 * @example
 * itemValuesWithExtremes([[2, 7], [4, 2]], "performance", m) // => { values: [3, 4.5], smallest: 2, largest: 7 }
 */
export function itemValuesWithExtremes(value: unknown, argument: string, m: MessageCatalogue): ItemValues {
  const answers = surveyAnswers(value, argument, m);
  const { rows, columns } = sizeOf(answers);
  if (rows === 1 || columns === 1) {
    const cells = rows === 1 ? answers[0]! : answers.map((row) => row[0] ?? null);
    const values = cells.map((cell, index) => {
      if (cell === null) throw new ExcelFunctionError("#VALUE!", m.itemValueMissing(argument, index + 1));
      return cell;
    });
    return { values, ...extremes(values) };
  }
  const means: number[] = [];
  let smallest = Infinity;
  let largest = -Infinity;
  for (let c = 0; c < columns; c++) {
    let sum = 0;
    let count = 0;
    for (const row of answers) {
      const answer = row[c];
      if (typeof answer === "number") {
        sum += answer;
        count++;
        if (answer < smallest) smallest = answer;
        if (answer > largest) largest = answer;
      }
    }
    if (count === 0) throw new ExcelFunctionError("#VALUE!", m.itemHasNoAnswers(argument, c + 1));
    const mean = sum / count;
    if (!Number.isFinite(mean)) throw new ExcelFunctionError("#NUM!", m.notFinite(argument, 1, c + 1));
    means.push(mean);
  }
  return { values: means, smallest, largest };
}

/**
 * Policy "labels as text": one row or one column with one cell per item; text is used as written
 * (never as a formula), numbers and booleans as they display, and a blank cell gets the name that
 * `blank` gives (or is an error when `blank` throws). Omitted labels (or a single blank cell) are
 * all `blank` names.
 */
export function labelList(
  value: unknown,
  argument: string,
  count: number,
  blank: (position: number) => string,
  m: MessageCatalogue,
): string[] {
  if (isOmitted(value)) return Array.from({ length: count }, (_, i) => blank(i + 1));
  const range = rangeOf(value, argument, m);
  const { rows, columns } = sizeOf(range);
  if (rows !== 1 && columns !== 1) throw new ExcelFunctionError("#VALUE!", m.listShape(argument));
  const cells = rows === 1 ? range[0]! : range.map((row) => row[0]);
  cells.forEach((cell, index) => {
    const code = excelErrorCodeOf(cell);
    if (code !== undefined)
      throw errorCellError(code, argument, rows === 1 ? 0 : index, rows === 1 ? index : 0, m);
  });
  if (cells.length !== count)
    throw new ExcelFunctionError("#VALUE!", m.labelCount(argument, cells.length, count));
  return cells.map((cell, index) => {
    if (typeof cell === "string" && cell.trim() !== "") return cell.trim();
    if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
    if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
    return blank(index + 1);
  });
}

/** Stands for "more than one cell" where a single value was expected. */
const NOT_SINGLE = Symbol("not a single cell");

/** Policy "a TRUE/FALSE switch": omitted or blank is FALSE; numbers are TRUE unless 0; "TRUE"/"FALSE" text. */
export function flag(value: unknown, argument: string, m: MessageCatalogue): boolean {
  const cell = singleCell(value, argument, m);
  if (cell === undefined || cell === null || cell === "") return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  if (typeof cell === "string") {
    const text = cell.trim().toUpperCase();
    if (text === "TRUE") return true;
    if (text === "FALSE") return false;
  }
  throw new ExcelFunctionError("#VALUE!", m.notTrueOrFalse(argument));
}

/** The one cell of a scalar argument (a 1 × 1 range is unwrapped); an error cell is that error. */
function singleCell(value: unknown, argument: string, m: MessageCatalogue): unknown {
  let cell = value;
  if (Array.isArray(cell)) {
    const range = rangeOf(cell, argument, m);
    if (range.length !== 1 || range[0]!.length !== 1) return NOT_SINGLE;
    cell = range[0]![0];
  }
  const code = excelErrorCodeOf(cell);
  if (code !== undefined) throw errorCellError(code, argument, 0, 0, m);
  return cell;
}

const CROSSHAIR_WORDS: Readonly<Record<string, "mean" | "median" | "scale">> = {
  mean: "mean",
  average: "mean",
  均值: "mean",
  平均: "mean",
  平均值: "mean",
  median: "median",
  中位数: "median",
  scale: "scale",
  量表: "scale",
  量表中点: "scale",
};

/**
 * Policy "crosshair": omitted or blank is "mean"; the words "mean", "median" or "scale" (any case;
 * also 均值, 中位数, 量表中点); or two numbers {importance, performance} in one row or column.
 */
export function crosshairOf(value: unknown, m: MessageCatalogue): Crosshair {
  const argument = "crosshair";
  if (isOmitted(value)) return "mean";
  const range = rangeOf(value, argument, m);
  const cells = range.flat();
  cells.forEach((cell, index) => {
    const code = excelErrorCodeOf(cell);
    const columns = range[0]!.length;
    if (code !== undefined)
      throw errorCellError(code, argument, Math.floor(index / columns), index % columns, m);
  });
  if (cells.length === 1 && typeof cells[0] === "string") {
    const word = CROSSHAIR_WORDS[cells[0].trim().toLowerCase()];
    if (word !== undefined) return word;
  }
  if (cells.length === 2) {
    const [importance, performance] = cells;
    if (typeof importance === "number" && Number.isFinite(importance)) {
      if (typeof performance === "number" && Number.isFinite(performance)) return { importance, performance };
    }
  }
  throw new ExcelFunctionError("#VALUE!", m.crosshairInvalid());
}

/** What KEYEXP measures shortfalls against. */
export type ShortfallReference = { scaleTop: number } | { expectation: readonly number[] } | undefined;

/**
 * Policy "reference": omitted or blank means "infer the scale top"; a single number is the scale top;
 * a range of several cells gives one expectation per factor ("per-item values" policy).
 */
export function referenceOf(value: unknown, m: MessageCatalogue): ShortfallReference {
  const argument = "reference";
  if (isOmitted(value)) return undefined;
  const range = rangeOf(value, argument, m);
  if (range.length === 1 && range[0]!.length === 1) {
    const cell = singleCell(range, argument, m);
    if (typeof cell === "number" && Number.isFinite(cell)) return { scaleTop: cell };
    throw new ExcelFunctionError("#VALUE!", m.referenceInvalid());
  }
  return { expectation: itemValues(range, argument, m) };
}

/**
 * Policy "weights" (SERVQUAL importance points): omitted means unweighted; one row (or one column)
 * with a number for each dimension is shared by all respondents; as many rows as respondents, one
 * column per dimension, weights each respondent separately (a row with a blank cell leaves that
 * respondent out of the weighted score). Negative points, or points adding up to 0 (shared, or in
 * a complete respondent row), are a #VALUE! explaining the allocation.
 */
export function dimensionWeights(
  value: unknown,
  dimensions: readonly string[],
  respondents: number,
  m: MessageCatalogue,
): DimensionWeights | undefined {
  const argument = "weights";
  if (isOmitted(value)) return undefined;
  const points = surveyAnswers(value, argument, m);
  const { rows, columns } = sizeOf(points);
  const count = dimensions.length;
  let shared: readonly Answer[] | undefined;
  if (rows === 1 && columns === count) shared = points[0]!;
  else if (columns === 1 && rows === count && count > 1 && respondents !== count)
    shared = points.map((row) => row[0] ?? null);
  if (shared !== undefined) {
    const numbers = shared.map((point, index) => {
      if (point === null)
        throw new ExcelFunctionError("#VALUE!", m.weightMissing(dimensions[index] ?? String(index + 1)));
      if (point < 0) throw new ExcelFunctionError("#VALUE!", m.weightsNegative());
      return point;
    });
    if (numbers.every((point) => point === 0)) throw new ExcelFunctionError("#VALUE!", m.weightsAllZero());
    return { kind: "shared", points: numbers };
  }
  if (columns !== count) throw new ExcelFunctionError("#VALUE!", m.weightsShape(count, respondents));
  if (rows !== respondents) throw new ExcelFunctionError("#VALUE!", m.weightsRowCount(rows, respondents));
  points.forEach((row, index) => {
    let complete = true;
    let total = 0;
    for (const point of row) {
      if (point === null) complete = false;
      else if (point < 0) throw new ExcelFunctionError("#VALUE!", m.weightsNegative());
      else total += point;
    }
    if (complete && total === 0)
      throw new ExcelFunctionError("#VALUE!", m.respondentWeightsAllZero(index + 1));
  });
  return { kind: "perRespondent", points };
}

/**
 * Policy "survey answers, read in place": the same reading as "survey answers" (numbers are answers;
 * blanks, text and booleans are missing; the first error cell, row by row, is that error; an infinite
 * number is #NUM!), but the range is only checked, never copied: for a million rows that hold empty
 * text as blanks, copying rows costs more than the statistics. Returns the range itself; the caller
 * must treat every cell that is not a number as a missing answer. A NaN (never sent by Excel) makes it
 * fall back to the copying policy, which turns it into a missing answer.
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
      answerOf(cell, argument, r, c, m);
    }
  }
  return range;
}
