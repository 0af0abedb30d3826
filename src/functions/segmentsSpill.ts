import { segmentComparison, type PValueAdjustment } from "../core";
import {
  answerCells,
  excelErrorCodeOf,
  rangeOf,
  READ_CAREFULLY,
  rowsAsTheyCame,
  sizeOf,
  type CellRange,
} from "./coercion";
import { coreProblemError, passedOnError, refusal } from "./errorPolicy";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor, type MeasureMessageCatalogue } from "./measureMessages";
import { confidenceSetting, wordSetting } from "./optionArguments";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";

const ADJUST_WORDS: ReadonlyMap<string, PValueAdjustment> = new Map([
  ["holm", "holm"],
  ["bh", "bh"],
  ["fdr", "bh"],
  ["none", "none"],
]);

/**
 * The segment of a label not seen before in exactly this spelling, found or added by its key as Excel
 * compares labels: text ignoring case ("North" and "north" are one segment; Excel's = and its lookups
 * ignore case, only EXACT does not: https://support.microsoft.com/en-us/excel/exact-function), numbers
 * apart from the same digits as text (="12"=12 is FALSE in Excel; its MATCH orders numbers, text and
 * logical values as three kinds, "…, -2, -1, 0, 1, 2, …, A-Z, FALSE, TRUE", and ignores case:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.worksheetfunction.match). `exact` holds each spelling's
 * segment, so a label is lower-cased once per distinct spelling, not once per respondent; `shown` each
 * segment's label as first written. Labels live in Maps, never as object keys, so "constructor" or
 * "__proto__" are ordinary segment names.
 */
function segmentOfSpelling(
  label: string | number | boolean,
  exact: Map<unknown, number>,
  folded: Map<string, number>,
  shown: SpillCell[],
): number {
  const key = typeof label === "string" ? `t${label.toLowerCase()}` : `${typeof label}${String(label)}`;
  let index = folded.get(key);
  if (index === undefined) {
    index = shown.length;
    folded.set(key, index);
    shown.push(typeof label === "boolean" ? (label ? "TRUE" : "FALSE") : label);
  }
  exact.set(label, index);
  return index;
}

/** The respondents with a score and a label: scores[i] belongs to segment groupOf[i], for i < count. */
interface Respondents {
  used: Float64Array;
  groupOf: Int32Array;
  count: number;
  /** Each segment's label as first written, in order of first appearance. */
  shown: SpillCell[];
}

/**
 * The respondents of values and segments: read as they came when they can be (one pass over both
 * ranges, which checks their shape and cells as it goes), else carefully (each range checked whole
 * first, so errors are reported in their usual order: values before segments).
 */
function respondentsOf(values: unknown, segments: unknown, m: MeasureMessageCatalogue): Respondents {
  const valueRows = rowsAsTheyCame(values);
  const labelRows = rowsAsTheyCame(segments);
  if (valueRows !== undefined && labelRows !== undefined) {
    try {
      return respondentsAsTheyCame(valueRows, labelRows);
    } catch (error) {
      if (error !== READ_CAREFULLY) throw error;
    }
  }
  return respondentsReadCarefully(values, segments, m);
}

/**
 * One pass over both ranges as they came, for the common call (two columns of plain cells): each row
 * an array of the first row's width in both; scores finite numbers, blanks, text or TRUE/FALSE; labels
 * blanks, text, finite numbers or TRUE/FALSE. Anything else (a ragged or mismatched range, an error
 * cell or error text in either, a data type, an infinite number) throws READ_CAREFULLY, for the careful
 * reading to report or convert. The careful reading visits each range three times; on a million rows
 * those visits, not the statistics, were most of the cost.
 */
function respondentsAsTheyCame(valueRows: CellRange, labelRows: CellRange): Respondents {
  const rows = valueRows.length;
  const columns = valueRows[0]!.length;
  if (labelRows.length !== rows) throw READ_CAREFULLY;
  // the segments in local Maps and an array, not in an object of a class of ours: after a garbage
  // collection with no such object alive, the optimized loop lost its type feedback for the class's
  // fields and was compiled again on every call
  const exact = new Map<unknown, number>();
  const folded = new Map<string, number>();
  const shown: SpillCell[] = [];
  const used = new Float64Array(rows * columns);
  const groupOf = new Int32Array(rows * columns);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const scoreRow = valueRows[r];
    const labelRow = labelRows[r];
    if (
      !Array.isArray(scoreRow) ||
      scoreRow.length !== columns ||
      !Array.isArray(labelRow) ||
      labelRow.length !== columns
    )
      throw READ_CAREFULLY;
    for (let c = 0; c < columns; c++) {
      const score: unknown = scoreRow[c];
      const label: unknown = labelRow[c];
      let scored = false;
      if (typeof score === "number") {
        if (score - score !== 0) throw READ_CAREFULLY;
        scored = true;
      } else if (typeof score === "string") {
        if (score.charCodeAt(0) === 35 /* # */) throw READ_CAREFULLY;
      } else if (score !== null && score !== undefined && typeof score !== "boolean") throw READ_CAREFULLY;
      if (typeof label === "string") {
        if (label === "") continue;
        if (label.charCodeAt(0) === 35) throw READ_CAREFULLY;
      } else if (typeof label === "number") {
        if (label - label !== 0) throw READ_CAREFULLY;
      } else if (label === null || label === undefined) continue;
      else if (typeof label !== "boolean") throw READ_CAREFULLY;
      if (!scored) continue;
      let group = exact.get(label);
      if (group === undefined) group = segmentOfSpelling(label, exact, folded, shown);
      used[count] = score as number;
      groupOf[count++] = group;
    }
  }
  return { used, groupOf, count, shown };
}

/**
 * The careful reading: values under the policy "survey answers, read in place" (its first error cell
 * is that error), then segments as a range of the same size, then the labels cell by cell.
 */
function respondentsReadCarefully(
  values: unknown,
  segments: unknown,
  m: MeasureMessageCatalogue,
): Respondents {
  const scores = answerCells(values, "values", m);
  const labels = rangeOf(segments, "segments", m);
  const a = sizeOf(scores);
  const b = sizeOf(labels);
  if (a.rows !== b.rows || a.columns !== b.columns) throw refusal("fixable", m.segmentsShape(a, b));
  const exact = new Map<unknown, number>();
  const folded = new Map<string, number>();
  const shown: SpillCell[] = [];
  const used = new Float64Array(a.rows * a.columns);
  const groupOf = new Int32Array(a.rows * a.columns);
  let count = 0;
  for (let r = 0; r < a.rows; r++) {
    const scoreRow = scores[r]!;
    const labelRow = labels[r]!;
    for (let c = 0; c < a.columns; c++) {
      const label = labelRow[c];
      if (label === null || label === undefined || label === "") continue;
      if (typeof label !== "number" && typeof label !== "boolean") {
        const code =
          typeof label === "string" && label.charCodeAt(0) !== 35 ? undefined : excelErrorCodeOf(label);
        if (code !== undefined) {
          throw passedOnError(code, m.errorCell("segments", code, r + 1, c + 1));
        }
        if (typeof label !== "string") continue;
      } else if (typeof label === "number" && !Number.isFinite(label)) continue;
      const score = scoreRow[c];
      if (typeof score !== "number") continue;
      used[count] = score;
      groupOf[count++] = exact.get(label) ?? segmentOfSpelling(label, exact, folded, shown);
    }
  }
  return { used, groupOf, count, shown };
}

/** The arguments of CX.SEGMENTS, by the names of its declaration. */
export type SegmentsArguments = SpillArguments<"values" | "segments" | "adjust" | "confidence">;

/**
 * CX.SEGMENTS: each segment against the rest of the respondents, in order of first appearance, then
 * everyone: the header Segment, n, Mean, SD, Difference, Statistic, df, p, Adjusted p, Significant.
 * A respondent counts when values holds a number and segments a label (blank labels leave the
 * respondent out). Segments with fewer than 2 values show n and mean only.
 *
 * Policies: "survey answers, read in place" (values), "a word setting" (adjust), "a confidence level" (confidence);
 * segments: text, numbers and TRUE/FALSE are labels, blanks are missing, an error cell is that error.
 */
export function segmentsSpill(args: SegmentsArguments, locale: Locale): Spill {
  const { values, segments, adjust, confidence } = args;
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale).segments;
  const respondents = respondentsOf(values, segments, m);
  const method = wordSetting(adjust, "adjust", ADJUST_WORDS, "holm", () => m.adjustInvalid(), m);
  const level = confidenceSetting(confidence, m);
  const { used, groupOf, count, shown } = respondents;
  if (count === 0) throw refusal("fixable", m.segmentsNoData());
  const result = fromCore("CX.SEGMENTS", m, () =>
    segmentComparison(used.subarray(0, count), groupOf.subarray(0, count), shown.length, method, level),
  );

  const overflow = () => coreProblemError({ functionName: "CX.SEGMENTS" }, { code: "tooLarge" }, m);
  const cell = (value: number | undefined): SpillCell =>
    value === undefined ? "" : numberCell(value, overflow);
  const rows: Spill = [[...text.header]];
  result.segments.forEach((segment, g) => {
    const name = shown[g]!;
    const row: SpillCell[] = [
      name,
      segment.n,
      cell(segment.mean),
      cell(segment.sd),
      cell(segment.difference),
    ];
    if (segment.noSpread) {
      const undefinedTest = refusal("noValue", m.segmentNoSpread(String(name)));
      row.push(undefinedTest, undefinedTest, undefinedTest, undefinedTest, undefinedTest);
    } else {
      const test = segment.test;
      row.push(
        cell(test?.statistic),
        cell(test?.df),
        cell(test?.p),
        cell(segment.adjustedP),
        segment.significant ?? "",
      );
    }
    rows.push(row);
  });
  const { all } = result;
  const anova: SpillCell[] = all.noSpread
    ? Array.from({ length: 3 }, () => refusal("noValue", m.anovaNoSpread()))
    : [cell(all.anova?.statistic), cell(all.anova?.df), cell(all.anova?.p)];
  rows.push([text.all, all.n, cell(all.mean), cell(all.sd), "", ...anova, "", ""]);
  return rows;
}
