import { itemGaps, mean } from "../../core";
import type { Answer, PairedDifferenceSummary } from "../../core";
import type { SurveyMatrices } from "../surveyMatrices";
import { ownValue, textKey } from "../textKeys";
import type { AnalysisSettings, ItemGapResult, ItemPair, SurveyProblem } from "../types";
import { attempt, type SurveyBlock } from "./context";

export interface ItemGapsFields {
  /** one per paired item, in the survey's order: gap = P̄ − Ē over respondents who answered both, paired t */
  items: ItemGapResult[];
}

/** Per-item gaps (perception − expectation) with the paired t statistics, each item named and in its dimension. */
export const itemGapsBlock: SurveyBlock<"itemGaps", ItemGapsFields> = {
  key: "itemGaps",
  analyze({ pairs, matrices, problems, settings }) {
    const summaries = attempt(problems, () => itemGaps(matrices.perception, matrices.expectation)) ?? [];
    const dimensionOf = dimensionsByText(pairs, settings);
    const items = pairs.map((pair, i) => {
      const result = itemResult(pair, i, summaries[i], matrices, problems);
      const name = ownValue(settings.itemNames, pair.item)?.trim();
      if (name) result.name = name;
      const dimension = dimensionOf(pair.item);
      if (dimension !== undefined) result.dimension = dimension;
      return result;
    });
    return { items };
  },
};

/**
 * Each item's dimension as the user typed it, read from the map's own entries only (an item or dimension
 * may be called "constructor" or "__proto__"), and spelled as its first item spells it: names that differ
 * only in case are one dimension, as Excel compares text (see textKeys).
 */
function dimensionsByText(
  pairs: readonly ItemPair[],
  settings: AnalysisSettings,
): (item: string) => string | undefined {
  const spelling = new Map<string, string>();
  for (const pair of pairs) {
    const typed = ownValue(settings.dimensionOfItem, pair.item);
    if (typed !== undefined && !spelling.has(textKey(typed))) spelling.set(textKey(typed), typed);
  }
  return (item) => {
    const typed = ownValue(settings.dimensionOfItem, item);
    return typed === undefined ? undefined : spelling.get(textKey(typed));
  };
}

function itemResult(
  pair: ItemPair,
  index: number,
  summary: PairedDifferenceSummary | undefined,
  matrices: SurveyMatrices,
  problems: SurveyProblem[],
): ItemGapResult {
  const { expectationMean, perceptionMean } = pairedMeans(matrices, index);
  const n = summary?.n ?? 0;
  if (n < 2) problems.push({ code: "tooFewRespondents", severity: "warning", item: pair.item, count: n });
  const result: ItemGapResult = {
    item: pair.item,
    expectationMean,
    perceptionMean,
    gap: summary?.mean,
    n,
    missing: matrices.expectation.length - n,
    sd: summary?.sd,
    ciLow: summary?.ciLow,
    ciHigh: summary?.ciHigh,
    t: summary?.t,
    p: summary?.p,
  };
  return result;
}

/** Means of expectation and perception over the respondents who answered both (so gap = P̄ − Ē). */
function pairedMeans(
  matrices: SurveyMatrices,
  index: number,
): { expectationMean?: number; perceptionMean?: number } {
  const e: Answer[] = [];
  const p: Answer[] = [];
  for (let r = 0; r < matrices.expectation.length; r++) {
    const eValue = matrices.expectation[r]![index] ?? null;
    const pValue = matrices.perception[r]![index] ?? null;
    if (eValue !== null && pValue !== null) {
      e.push(eValue);
      p.push(pValue);
    }
  }
  if (e.length === 0) return { expectationMean: undefined, perceptionMean: undefined };
  return { expectationMean: mean(e), perceptionMean: mean(p) };
}
