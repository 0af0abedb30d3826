import {
  DEFAULT_KANO_TIE_THRESHOLD,
  kanoClassification,
  kanoCounts,
  kanoCountsOfCells,
  KANO_CATEGORIES,
  KANO_TABLE_CELLS,
  type KanoAnswerScale,
  type KanoCounts,
} from "../core";
import { labelList, rangeOf, rowsAsTheyCame, sizeOf, type CellRange } from "./coercion";
import { kanoAnswerColumns, kanoPairTalliesAsTheyCame } from "./kanoAnswers";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { optionalNumber } from "./optionalNumber";
import { fromCore, type SpillCell, type SpillArguments } from "./spill";
import { refusal } from "./errorPolicy";

/** CX.KANO's spill: Significant is TRUE or FALSE. */
export type KanoSpill = Array<Array<SpillCell | boolean>>;

/** The arguments of CX.KANO, by the names of its declaration. */
export type KanoArguments = SpillArguments<
  "functional" | "dysfunctional" | "labels" | "answerScale" | "tieThreshold"
>;

/**
 * CX.KANO: the Kano classification of every feature (one column of functional and of dysfunctional
 * answers each), a table with the header Feature, n, M, O, A, I, R, Q, Category, Category strength,
 * Total strength, Better, Worse, Significant and one row per feature in input order.
 *
 * Policies: "Kano answers" (functional, dysfunctional: same size), "labels as text" (labels), "an
 * optional number" (answer_scale 5 or 3; tie_threshold from 0 to 1). A feature without a
 * classified pair shows n 0 and #VALUE! naming it; Better and Worse with only R and Q pairs are #DIV/0!.
 */
export function kanoSpill(args: KanoArguments, locale: Locale): KanoSpill {
  const { functional, dysfunctional } = args;
  // First the cells as they came, each read once (see alphaSpill); the careful path reports anything else.
  if (rowsAsTheyCame(functional) && rowsAsTheyCame(dysfunctional)) {
    try {
      return kanoOf(args, locale, false);
    } catch {
      // READ_CAREFULLY, or a refusal: read carefully below.
    }
  }
  return kanoOf(args, locale, true);
}

function kanoOf(args: KanoArguments, locale: Locale, careful: boolean): KanoSpill {
  const { functional, dysfunctional, labels, answerScale, tieThreshold } = args;
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale);
  const functionalRange = careful ? rangeOf(functional, "functional", m) : (functional as CellRange);
  const dysfunctionalRange = careful
    ? rangeOf(dysfunctional, "dysfunctional", m)
    : (dysfunctional as CellRange);
  const a = sizeOf(functionalRange);
  const b = sizeOf(dysfunctionalRange);
  if (a.rows !== b.rows || a.columns !== b.columns)
    throw refusal("fixable", m.sameSize("functional", a, "dysfunctional", b));
  const scale = optionalNumber(
    answerScale,
    "answer_scale",
    5,
    (x) => x === 5 || x === 3,
    m.answerScaleInvalid,
    m,
  );
  const threshold = optionalNumber(
    tieThreshold,
    "tie_threshold",
    DEFAULT_KANO_TIE_THRESHOLD,
    (x) => x >= 0 && x <= 1,
    () => m.numberInvalid("tie_threshold", 0, 1, DEFAULT_KANO_TIE_THRESHOLD, false),
    m,
  );
  let countsOf: (feature: number) => KanoCounts;
  if (careful) {
    const functionalAnswers = kanoAnswerColumns(functionalRange, "functional", scale as KanoAnswerScale, m);
    const dysfunctionalAnswers = kanoAnswerColumns(
      dysfunctionalRange,
      "dysfunctional",
      scale as KanoAnswerScale,
      m,
    );
    countsOf = (feature) =>
      fromCore("CX.KANO", m, () => kanoCounts(functionalAnswers[feature]!, dysfunctionalAnswers[feature]!));
  } else {
    // as they came: both ranges tallied in one pass, without columns of codes (an error cell or a row of
    // another width sends the call to the careful reading above)
    const tallies = new Float64Array(a.columns * KANO_TABLE_CELLS);
    kanoPairTalliesAsTheyCame(
      functionalRange,
      dysfunctionalRange,
      scale as KanoAnswerScale,
      tallies,
      new Map(),
    );
    countsOf = (feature) => kanoCountsOfCells(tallies, feature * KANO_TABLE_CELLS);
  }
  const names = labelList(labels, "labels", a.columns, text.item, m);

  const rows: KanoSpill = [[...text.kanoHeader]];
  names.forEach((name, feature) => {
    const counts = countsOf(feature);
    const tallies = KANO_CATEGORIES.map((category) => counts[category]);
    const n = tallies.reduce((sum, count) => sum + count, 0);
    if (n === 0) {
      const none = refusal("fixable", m.kanoNoPairs(name, scale));
      rows.push([name, 0, ...tallies, none, none, none, none, none, none]);
      return;
    }
    const result = fromCore("CX.KANO", m, () => kanoClassification(counts, threshold));
    const onlyReverseOrQuestionable = () => refusal("noValue", m.kanoOnlyReverseOrQuestionable(name));
    rows.push([
      name,
      n,
      ...tallies,
      text.kanoCategories[result.category],
      result.categoryStrength,
      result.totalStrength,
      result.better ?? onlyReverseOrQuestionable(),
      result.worse ?? onlyReverseOrQuestionable(),
      result.significant,
    ]);
  });
  return rows;
}
