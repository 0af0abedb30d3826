import { CoreInputError, inferScaleRange, mean, pearsonCorrelation } from "../../core";
import type { SurveyMatrices } from "../surveyMatrices";
import type { ImportanceSource, SurveyAnalysis, SurveyProblem } from "../types";
import { attempt, type AnalysisContext } from "./context";

/** An item that has an importance, with the numbers the key experiences and the priority matrix place it by. */
export interface ImportanceFactor {
  item: string;
  importance: number;
  performance: number;
  expectation: number;
  gap: number;
}

export interface ImportanceFactors {
  source: ImportanceSource;
  factors: ImportanceFactor[];
}

/**
 * The items' importance, shared by the key experiences and the priority matrix (computed once, by whichever
 * block asks first): the mean of an item's importance column ("stated"), or without importance columns the
 * Pearson correlation of the item's perception with overall satisfaction ("derivedFromOverall").
 * Undefined, with a problem, when the survey has neither.
 */
export function importanceFactors(
  context: AnalysisContext,
  analysis: Readonly<SurveyAnalysis>,
): ImportanceFactors | undefined {
  return context.once("importanceFactors", () => computeFactors(context, analysis));
}

function computeFactors(
  { pairs, matrices, problems }: AnalysisContext,
  analysis: Readonly<SurveyAnalysis>,
): ImportanceFactors | undefined {
  const stated = matrices.importanceColumns.some((column) => column !== null);
  let source: ImportanceSource;
  if (stated) source = "stated";
  else if (matrices.overall) source = "derivedFromOverall";
  else {
    problems.push({ code: "importanceUnavailable", severity: "warning" });
    return undefined;
  }
  if (source === "derivedFromOverall") problems.push({ code: "importanceDerived", severity: "info" });
  const factors: ImportanceFactor[] = [];
  pairs.forEach((pair, i) => {
    const item = analysis.items[i];
    if (!item || item.perceptionMean === undefined || item.expectationMean === undefined) return;
    const importance = itemImportance(matrices, i, source, problems, pair.item);
    if (importance === undefined) return;
    factors.push({
      item: pair.item,
      importance,
      performance: item.perceptionMean,
      expectation: item.expectationMean,
      gap: item.gap ?? item.perceptionMean - item.expectationMean,
    });
  });
  return { source, factors };
}

function itemImportance(
  matrices: SurveyMatrices,
  index: number,
  source: ImportanceSource,
  problems: SurveyProblem[],
  item: string,
): number | undefined {
  const silent: SurveyProblem[] = [];
  const value =
    source === "stated"
      ? attempt(silent, () => {
          const column = matrices.importanceColumns[index];
          if (!column) throw new CoreInputError("importance", "empty", "an importance column");
          return mean(column);
        })
      : attempt(silent, () =>
          pearsonCorrelation(
            matrices.perception.map((row) => row[index] ?? null),
            matrices.overall ?? [],
          ),
        );
  if (value === undefined || !Number.isFinite(value)) {
    problems.push({ code: "importanceUndefined", severity: "warning", item });
    return undefined;
  }
  return value;
}

/** Scale midpoint of stated importance; correlations have no scale, so their mean stands in. */
export function importanceMidpoint(
  matrices: SurveyMatrices,
  source: ImportanceSource,
  importance: number[],
): number {
  const range = matrices.importanceRange;
  if (source === "stated" && range && range.smallest >= 0 && range.largest <= 100) {
    const { bottom, top } = inferScaleRange([range.smallest, range.largest]);
    return (bottom + top) / 2;
  }
  return mean(importance);
}
