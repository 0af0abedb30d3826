/*
 * The argument policies of the CX functions: how two survey ranges pair up, per-item values, labels,
 * switches, the crosshair, and the KEYEXP reference (SERVQUAL weights: ./coercionWeights). Each is written once, named, and
 * used on purpose by the functions; cells are read by the cell policy in ./coercionCells.
 */
import {
  basicValueOf,
  mean as exactMean,
  excelErrorCodeOf,
  type Answer,
  type AnswerMatrix,
  type Crosshair,
} from "../core";
import { errorCellError, isOmitted, rangeOf, sizeOf, surveyAnswers } from "./coercionCells";
import { extremes } from "./extremes";
import type { MessageCatalogue } from "./messages";
import { refusal } from "./errorPolicy";

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
    throw refusal("fixable", m.pairedShape(firstArgument, a, secondArgument, b));
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
      if (cell === null) throw refusal("fixable", m.itemValueMissing(argument, index + 1));
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
    let whole = answers.length < 2 ** 21;
    for (const row of answers) {
      const answer = row[c];
      if (typeof answer === "number") {
        sum += answer;
        count++;
        if ((answer | 0) !== answer) whole = false;
        if (answer < smallest) smallest = answer;
        if (answer > largest) largest = answer;
      }
    }
    if (count === 0) throw refusal("fixable", m.itemHasNoAnswers(argument, c + 1));
    // Whole-number answers add up exactly; any others take core's exact mean (math.fsum's sum / n).
    const mean = whole ? sum / count : exactMean(answers.map((row) => row[c] ?? null));
    if (!Number.isFinite(mean)) throw refusal("beyondExcel", m.notFinite(argument, 1, c + 1));
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
  if (rows !== 1 && columns !== 1) throw refusal("fixable", m.listShape(argument));
  const cells = rows === 1 ? range[0]! : range.map((row) => row[0]);
  cells.forEach((cell, index) => {
    const code = excelErrorCodeOf(cell);
    if (code !== undefined)
      throw errorCellError(code, argument, rows === 1 ? 0 : index, rows === 1 ? index : 0, m);
  });
  if (cells.length !== count) throw refusal("fixable", m.labelCount(argument, cells.length, count));
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
  throw refusal("fixable", m.notTrueOrFalse(argument));
}

/** The one cell of a scalar argument (a 1 × 1 range is unwrapped); an error cell is that error. */
export function singleCell(value: unknown, argument: string, m: MessageCatalogue): unknown {
  let cell = value;
  if (Array.isArray(cell)) {
    const range = rangeOf(cell, argument, m);
    if (range.length !== 1 || range[0]!.length !== 1) return NOT_SINGLE;
    cell = range[0]![0];
  }
  const code = excelErrorCodeOf(cell);
  if (code !== undefined) throw errorCellError(code, argument, 0, 0, m);
  // A data-type cell (a formatted number) counts as its basic value, as in the cell policy.
  return basicValueOf(cell);
}

/** Keyed by user text, so a Map: a word such as "constructor" must not find Object.prototype's. */
const CROSSHAIR_WORDS: ReadonlyMap<string, "mean" | "median" | "scale"> = new Map([
  ["mean", "mean"],
  ["average", "mean"],
  ["均值", "mean"],
  ["平均", "mean"],
  ["平均值", "mean"],
  ["median", "median"],
  ["中位数", "median"],
  ["scale", "scale"],
  ["量表", "scale"],
  ["量表中点", "scale"],
]);

/**
 * Policy "crosshair": omitted or blank is "mean"; the words "mean", "median" or "scale" (any case;
 * also 均值, 中位数, 量表中点); or two numbers {importance, performance} in one row or column.
 */
export function crosshairOf(value: unknown, m: MessageCatalogue): Crosshair {
  const argument = "crosshair";
  if (isOmitted(value)) return "mean";
  const range = rangeOf(value, argument, m);
  const cells = range.flat().map((cell, index) => {
    const code = excelErrorCodeOf(cell);
    const columns = range[0]!.length;
    if (code !== undefined)
      throw errorCellError(code, argument, Math.floor(index / columns), index % columns, m);
    return basicValueOf(cell);
  });
  if (cells.length === 1 && typeof cells[0] === "string") {
    const word = CROSSHAIR_WORDS.get(cells[0].trim().toLowerCase());
    if (word !== undefined) return word;
  }
  if (cells.length === 2) {
    const [importance, performance] = cells;
    if (typeof importance === "number" && Number.isFinite(importance)) {
      if (typeof performance === "number" && Number.isFinite(performance)) return { importance, performance };
    }
  }
  throw refusal("fixable", m.crosshairInvalid());
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
    throw refusal("fixable", m.referenceInvalid());
  }
  return { expectation: itemValues(range, argument, m) };
}
