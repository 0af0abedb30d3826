import { inferScaleTop, RECOGNISED_SCALE_TOPS, wilsonScoreInterval } from "../core";
import { countsByGroup, groupedScores } from "./groupedScores";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { confidenceOf, optionalNumber } from "./optionalNumber";
import { fromCore, type Spill, type SpillCell, type SpillArguments } from "./spill";
import { refusal } from "./errorPolicy";

/** The arguments of CX.CSAT, by the names of its declaration. */
export type CsatArguments = SpillArguments<"scores" | "topBox" | "scaleTop" | "groups" | "confidence">;

/**
 * CX.CSAT: the share of satisfied customers, those whose answer is among the top `top_box` points of
 * the scale (at least scale_top − top_box + 1), with Wilson's score interval; a table with the header
 * Group, n, Satisfied, CSAT, CI low, CI high: one row per group in order of first appearance, then All
 * (the All row only without groups). The scale top is inferred as CX.KEYEXP infers it, from the answers.
 *
 * Policies: "scores by group" (numbers are answers), "an optional number" (scale_top at least the
 * largest answer; top_box a whole number from 1 to scale_top − 1, default 2), "confidence".
 */
export function csatSpill(args: CsatArguments, locale: Locale): Spill {
  const { scores, topBox, scaleTop, groups, confidence } = args;
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale);
  const level = confidenceOf(confidence, m);
  const answers = groupedScores(scores, groups, false, m);
  const { names, smallest, largest } = answers;
  if (answers.count === 0) throw refusal("fixable", m.noScores());
  const scaleKnown = smallest >= 0 && largest <= RECOGNISED_SCALE_TOPS[RECOGNISED_SCALE_TOPS.length - 1]!;
  const top = optionalNumber(
    scaleTop,
    "scale_top",
    // NaN: no scale top given, and none inferred (refused below)
    scaleKnown ? fromCore("CX.CSAT", m, () => inferScaleTop([smallest, largest])) : NaN,
    (x) => x >= largest && x >= 1,
    () => m.scaleTopInvalid(Math.max(1, largest)),
    m,
  );
  if (Number.isNaN(top))
    throw refusal("fixable", m.scaleUnknown("scores", smallest, largest, m.scaleTopFix()));
  const box = optionalNumber(
    topBox,
    "top_box",
    2,
    (x) => Number.isInteger(x) && x >= 1 && x < top,
    () => m.numberInvalid("top_box", 1, Math.max(1, Math.ceil(top) - 1), 2, true),
    m,
  );
  const lowestSatisfied = top - box + 1;
  // respondents not satisfied and satisfied of each group, then of everyone
  const tallies = countsByGroup(answers, 2, (score) => (score >= lowestSatisfied ? 1 : 0));
  const all = 2 * names.length;
  const row = (label: string, at: number): SpillCell[] => {
    const satisfied = tallies[at + 1]!;
    const n = tallies[at]! + satisfied;
    const { low, high } = fromCore("CX.CSAT", m, () => wilsonScoreInterval(satisfied, n, level));
    return [label, n, satisfied, satisfied / n, low, high];
  };
  return [[...text.csatHeader], ...names.map((name, index) => row(name, 2 * index)), row(text.all, all)];
}
