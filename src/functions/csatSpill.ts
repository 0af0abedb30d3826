import { inferScaleTop, RECOGNISED_SCALE_TOPS, wilsonScoreInterval } from "../core";
import { isOmitted } from "./coercion";
import { ExcelFunctionError } from "./excelError";
import { groupedScores } from "./groupedScores";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor } from "./messages";
import { optionalNumber } from "./optionalNumber";
import { fromCore, type Spill, type SpillCell } from "./spill";

/**
 * CX.CSAT: the share of satisfied customers, those whose answer is among the top `top_box` points of
 * the scale (at least scale_top − top_box + 1), with Wilson's score interval; a table with the header
 * Group, n, Satisfied, CSAT, CI low, CI high: one row per group in order of first appearance, then All
 * (the All row only without groups). The scale top is inferred as CX.KEYEXP infers it, from the answers.
 *
 * Policies: "scores by group" (numbers are answers), "an optional number" (top_box a whole number from
 * 1 to scale_top − 1, default 2; scale_top a whole number ≥ 2; confidence strictly between 0 and 1).
 */
export function csatSpill(
  scores: unknown,
  topBox: unknown,
  scaleTop: unknown,
  groups: unknown,
  confidence: unknown,
  locale: Locale,
): Spill {
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  const whole = (x: number) => Number.isInteger(x) && x >= 1;
  const givenTop = isOmitted(scaleTop)
    ? undefined
    : optionalNumber(scaleTop, "scale_top", 0, (x) => whole(x) && x >= 2, m.scaleTopInvalid, m);
  const level = optionalNumber(confidence, "confidence", 0.95, (x) => x > 0 && x < 1, m.confidenceInvalid, m);
  const answers = groupedScores(
    scores,
    groups,
    (value, row, column) => {
      if (!Number.isFinite(value))
        throw new ExcelFunctionError("#NUM!", m.notFinite("scores", row + 1, column + 1));
    },
    m,
  );
  const { scores: values, groups: groupOf } = answers;
  if (values.length === 0) throw new ExcelFunctionError("#VALUE!", m.noCsatScores());
  let smallest = Infinity;
  let largest = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  let top: number;
  if (givenTop === undefined) {
    if (smallest < 0 || largest > RECOGNISED_SCALE_TOPS[RECOGNISED_SCALE_TOPS.length - 1]!)
      throw new ExcelFunctionError("#VALUE!", m.scaleUnknown("scores", smallest, largest, m.scaleTopFix()));
    top = fromCore("CX.CSAT", m, () => inferScaleTop([smallest, largest]));
  } else {
    if (largest > givenTop) throw new ExcelFunctionError("#VALUE!", m.scaleTopBelowData(givenTop, largest));
    top = givenTop;
  }
  const box = optionalNumber(
    topBox,
    "top_box",
    2,
    (x) => whole(x) && x < top,
    () => m.topBoxInvalid(top),
    m,
  );
  const lowestSatisfied = top - box + 1;

  const groupCount = answers.names.length;
  // respondents and satisfied ones of each group, then of everyone
  const tallies = new Float64Array(2 * (groupCount + 1));
  for (let i = 0; i < values.length; i++) {
    const satisfied = values[i]! >= lowestSatisfied ? 1 : 0;
    const group = groupOf[i]!;
    if (group >= 0) {
      tallies[2 * group]!++;
      tallies[2 * group + 1]! += satisfied;
    }
    tallies[2 * groupCount]!++;
    tallies[2 * groupCount + 1]! += satisfied;
  }
  const row = (label: string, index: number): SpillCell[] => {
    const n = tallies[2 * index]!;
    const satisfied = tallies[2 * index + 1]!;
    const { low, high } = fromCore("CX.CSAT", m, () => wilsonScoreInterval(satisfied, n, level));
    return [label, n, satisfied, satisfied / n, low, high];
  };
  return [[...text.csatHeader], ...answers.names.map(row), row(text.all, groupCount)];
}
