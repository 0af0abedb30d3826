import {
  CoreInputError,
  groupDimensions,
  servqualScores,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
  type AnswerMatrix,
} from "../core";
import {
  dimensionWeights,
  isOmitted,
  labelList,
  pairedSurvey,
  READ_CAREFULLY,
  refuseUnexpectedCell,
  respondentRowsAsTheyCame,
  sizeOf,
  type PairedSurvey,
} from "./coercion";
import { coreProblemError, refusal } from "./errorPolicy";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor } from "./messages";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";

/** The summary row's name in both languages, lower-cased: no dimension may take it. */
const SUMMARY_ROW_NAMES: ReadonlySet<string> = new Set(
  [labelsFor("en").overall, labelsFor("zh-CN").overall].map((name) => name.toLowerCase()),
);

/** The arguments of CX.SERVQUAL, by the names of its declaration. */
export type ServqualArguments = SpillArguments<"perception" | "expectation" | "dimensions" | "weights">;

/**
 * CX.SERVQUAL: SERVQUAL scores, a table with the header Dimension, Expectation, Perception, Gap,
 * Weight, Weighted gap; one row per dimension in order of first appearance, then Overall
 * (unweighted mean gap; with weights, the weighted score in the Weighted gap column). Gap is
 * Perception − Expectation of the two cells beside it, exactly.
 *
 * Policies: "paired survey ranges", "survey answers", "labels as text" (dimensions: every item
 * column needs one), "weights".
 */
export function servqualSpill(args: ServqualArguments, locale: Locale): Spill {
  const { perception, expectation, dimensions, weights } = args;
  const m = messagesFor(locale);
  // Respondent rows of the same shape are first read as they came (no copy of a million rows): core
  // takes numbers as answers and skips the rest, and any cell the cell policy does not simply skip
  // (an error value, a data type, a number that is not finite) sends the call down the careful path,
  // which converts every cell and reports it exactly as before.
  const asTheyCame = respondentRowsAsTheyCame(perception, expectation, 2);
  if (asTheyCame !== undefined) {
    try {
      return servqualOfSurvey(asTheyCame, dimensions, weights, locale, true);
    } catch {
      // READ_CAREFULLY, or an error: the careful path reports errors in their usual order.
    }
  }
  const survey = summaryColumnsAsRows(
    pairedSurvey(perception, "perception", expectation, "expectation", m),
    dimensions,
  );
  return servqualOfSurvey(survey, dimensions, weights, locale, false);
}

function servqualOfSurvey(
  survey: PairedSurvey,
  dimensions: unknown,
  weights: unknown,
  locale: Locale,
  asTheyCame: boolean,
): Spill {
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  const check = asTheyCame ? refuseUnexpectedCell : undefined;
  const { rows: respondents, columns: items } = sizeOf(survey.first);

  let dimensionOfItem: string[];
  if (isOmitted(dimensions)) {
    if (items !== STANDARD_SERVQUAL_DIMENSION_OF_ITEM.length) {
      throw refusal("fixable", m.dimensionsRequired("perception", items));
    }
    dimensionOfItem = STANDARD_SERVQUAL_DIMENSION_OF_ITEM.map((key) => text.servqualDimensions[key]);
  } else {
    dimensionOfItem = labelList(
      dimensions,
      "dimensions",
      items,
      (position) => {
        throw refusal("fixable", m.dimensionLabelMissing(position));
      },
      m,
    );
  }
  // Labels differing only in case are one dimension (as Excel compares text), named as first written.
  const { names: dimensionNames, indexOfItem } = groupDimensions(dimensionOfItem);
  // The summary row is Overall (总体 in Chinese): a dimension of that name, in either language and
  // any case, would make two Overall rows, so it is refused with a request to rename it.
  const namedOverall = dimensionNames.find((name) => SUMMARY_ROW_NAMES.has(name.toLowerCase()));
  if (namedOverall !== undefined) throw refusal("fixable", m.dimensionNamedOverall(namedOverall));
  const missing = dimensionWithoutPairs(survey.first, survey.second, indexOfItem, dimensionNames, check);
  if (missing !== undefined) throw refusal("fixable", m.dimensionWithoutPairs(missing));
  const weightsGiven = dimensionWeights(weights, dimensionNames, respondents, m);

  // Every dimension has a pair (checked above), so the only shortage core can still find is a
  // weighted score without a respondent who has weights and answers in every dimension.
  const result = fromCore(
    "CX.SERVQUAL",
    m,
    () => {
      try {
        return servqualScores(survey.first, survey.second, dimensionOfItem, weightsGiven, check);
      } catch (error) {
        if (!(error instanceof CoreInputError) || error.reason !== "range" || error.subject === undefined)
          throw error;
        // A non-finite number read as it came is the careful path's to report (NaN is a blank there).
        if (asTheyCame) throw READ_CAREFULLY;
        const dimension = locale === "zh-CN" ? `维度“${error.subject}”` : `Dimension "${error.subject}"`;
        throw refusal("fixable", m.answersTooLarge(dimension, "perception, expectation"));
      }
    },
    { insufficient: m.noRespondentForWeights },
  );
  const overflow = () => coreProblemError({ functionName: "CX.SERVQUAL" }, { code: "tooLarge" }, m);
  const optional = (value: number | undefined): SpillCell =>
    weightsGiven === undefined ? "" : numberCell(value, overflow);
  return [
    [text.dimension, text.expectation, text.perception, text.gap, text.weight, text.weightedGap],
    ...result.dimensions.map((dimension) => [
      dimension.key,
      numberCell(dimension.expectation, overflow),
      numberCell(dimension.perception, overflow),
      numberCell(dimension.gap, overflow),
      optional(dimension.weight),
      optional(dimension.weightedGap),
    ]),
    [
      text.overall,
      numberCell(result.overall.expectation, overflow),
      numberCell(result.overall.perception, overflow),
      numberCell(result.overall.gap, overflow),
      weightsGiven === undefined ? "" : 1,
      optional(result.overall.weightedScore),
    ],
  ];
}

/**
 * Two single columns of the same length are per-item summaries (one cell per item), not answers to
 * one item, when the item count says so: a SERVQUAL of one item makes no sense, so the columns are
 * items when dimensions is omitted and they have the standard 22 cells, or when dimensions has one
 * label for each of their cells. They are then laid out as one row each, like summaries given as rows.
 */
function summaryColumnsAsRows(survey: PairedSurvey, dimensions: unknown): PairedSurvey {
  const { rows, columns } = sizeOf(survey.first);
  if (columns !== 1 || rows < 2) return survey;
  const labelCells = isOmitted(dimensions)
    ? STANDARD_SERVQUAL_DIMENSION_OF_ITEM.length
    : listLength(dimensions);
  if (labelCells !== rows) return survey;
  const asRow = (range: AnswerMatrix) => [range.map((row) => row[0] ?? null)];
  return { first: asRow(survey.first), second: asRow(survey.second), bothSummaries: true };
}

/** Cells in a single row or column of labels (0 for anything else; labelList reports it later). */
function listLength(value: unknown): number {
  if (!Array.isArray(value) || value.length === 0) return 0;
  const rows = value as unknown[];
  const first = rows[0];
  if (!Array.isArray(first)) return 0;
  if (rows.length === 1) return first.length;
  return first.length === 1 ? rows.length : 0;
}

/**
 * The first dimension no respondent answered in both ranges, if any. Each item column is scanned
 * only until its first pair, so on real surveys this reads a handful of rows.
 */
function dimensionWithoutPairs(
  perception: AnswerMatrix,
  expectation: AnswerMatrix,
  indexOfItem: Int32Array,
  dimensionNames: readonly string[],
  check: ((entry: unknown) => void) | undefined,
): string | undefined {
  const paired = new Set<number>();
  for (let item = 0; item < indexOfItem.length; item++) {
    const dimension = indexOfItem[item]!;
    if (paired.has(dimension)) continue;
    for (let row = 0; row < perception.length; row++) {
      const p = perception[row]![item];
      const e = expectation[row]![item];
      if (typeof p === "number" && typeof e === "number") {
        paired.add(dimension);
        break;
      }
      if (check !== undefined) {
        if (p !== null && typeof p !== "number") check(p);
        if (e !== null && typeof e !== "number") check(e);
      }
    }
  }
  return dimensionNames.find((_, index) => !paired.has(index));
}
