import { segmentComparison, type PValueAdjustment } from "../core";
import { answerCells, excelErrorCodeOf, rangeOf, sizeOf } from "./coercion";
import { coreProblemError, passedOnError, refusal } from "./errorPolicy";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { confidenceSetting, wordSetting } from "./optionArguments";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";

const ADJUST_WORDS: ReadonlyMap<string, PValueAdjustment> = new Map([
  ["holm", "holm"],
  ["bh", "bh"],
  ["fdr", "bh"],
  ["none", "none"],
]);

/**
 * Segment labels grouped as Excel compares text: ignoring case ("North" and "north" are one segment;
 * Excel's = and its lookups ignore case, only EXACT does not:
 * https://support.microsoft.com/en-us/excel/exact-function). Numbers are labels too (store 12), apart
 * from the text "12", as in Excel (="12"=12 is FALSE). Labels live in Maps, never as object keys, so
 * "constructor" or "__proto__" are ordinary segment names. Exact text is looked up first, so each
 * distinct spelling is lower-cased once, not once per respondent.
 */
class SegmentLabels {
  readonly shown: SpillCell[] = [];
  private readonly exact = new Map<unknown, number>();
  private readonly folded = new Map<string, number>();

  indexOf(label: string | number | boolean): number {
    const known = this.exact.get(label);
    if (known !== undefined) return known;
    const key = typeof label === "string" ? `t${label.toLowerCase()}` : `${typeof label}${String(label)}`;
    let index = this.folded.get(key);
    if (index === undefined) {
      index = this.shown.length;
      this.folded.set(key, index);
      this.shown.push(typeof label === "boolean" ? (label ? "TRUE" : "FALSE") : label);
    }
    this.exact.set(label, index);
    return index;
  }
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
  const scores = answerCells(values, "values", m);
  const labels = rangeOf(segments, "segments", m);
  const a = sizeOf(scores);
  const b = sizeOf(labels);
  if (a.rows !== b.rows || a.columns !== b.columns) throw refusal("fixable", m.segmentsShape(a, b));
  const method = wordSetting(adjust, "adjust", ADJUST_WORDS, "holm", () => m.adjustInvalid(), m);
  const level = confidenceSetting(confidence, m);

  const groups = new SegmentLabels();
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
      groupOf[count++] = groups.indexOf(label);
    }
  }
  if (count === 0) throw refusal("fixable", m.segmentsNoData());
  const result = fromCore("CX.SEGMENTS", m, () =>
    segmentComparison(
      used.subarray(0, count),
      groupOf.subarray(0, count),
      groups.shown.length,
      method,
      level,
    ),
  );

  const overflow = () => coreProblemError({ functionName: "CX.SEGMENTS" }, { code: "tooLarge" }, m);
  const cell = (value: number | undefined): SpillCell =>
    value === undefined ? "" : numberCell(value, overflow);
  const rows: Spill = [[...text.header]];
  result.segments.forEach((segment, g) => {
    const name = groups.shown[g]!;
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
