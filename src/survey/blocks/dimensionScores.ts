import { groupDimensions, servqualScores } from "../../core";
import type { Answer, DimensionWeights } from "../../core";
import { valueForText } from "../textKeys";
import type { AnalysisSettings, DimensionScoreResult, SurveyProblem } from "../types";
import { attempt, type SurveyBlock } from "./context";

export interface DimensionScoresFields {
  /** SERVQUAL averaging per dimension, optionally weighted; empty when no item has a dimension with answers */
  dimensions: DimensionScoreResult[];
  overall?: { expectation: number; perception: number; gap: number; weightedScore?: number };
}

/** Dimension scores over the items that have a dimension with answers (SERVQUAL averaging, optionally weighted). */
export const dimensionScoresBlock: SurveyBlock<"dimensionScores", DimensionScoresFields> = {
  key: "dimensionScores",
  analyze(context, analysis) {
    const { pairs, matrices, settings, problems } = context;
    if (settings.framework === "servqual22") {
      const missing = 22 - pairs.filter((pair) => /^([1-9]|1\d|2[0-2])$/.test(pair.item)).length;
      if (missing > 0) problems.push({ code: "servqualItemsMissing", severity: "warning", count: missing });
    }
    const answeredDimensions = new Set(
      analysis.items
        .filter((item) => item.n > 0 && item.dimension !== undefined)
        .map((item) => item.dimension),
    );
    const used: number[] = [];
    const dimensions: string[] = [];
    const reported = new Set<string>();
    analysis.items.forEach((item, index) => {
      const dimension = item.dimension;
      if (dimension === undefined) {
        problems.push({ code: "itemWithoutDimension", severity: "warning", item: item.item });
      } else if (!answeredDimensions.has(dimension)) {
        if (!reported.has(dimension))
          problems.push({ code: "dimensionWithoutAnswers", severity: "warning", dimension });
        reported.add(dimension);
      } else {
        used.push(index);
        dimensions.push(dimension);
      }
    });
    if (used.length === 0) return { dimensions: [] };
    const pick = (matrix: Answer[][]): Answer[][] => matrix.map((row) => used.map((i) => row[i] ?? null));
    const weights = dimensionWeights(settings, dimensions, problems);
    const result = attempt(problems, () =>
      servqualScores(pick(matrices.perception), pick(matrices.expectation), dimensions, weights),
    );
    if (!result) return { dimensions: [] };
    context.scoredDimensions = weights ? { used, dimensions, weights } : { used, dimensions };
    return { dimensions: result.dimensions.map((d) => ({ ...d })), overall: { ...result.overall } };
  },
};

function dimensionWeights(
  settings: AnalysisSettings,
  dimensions: readonly string[],
  problems: SurveyProblem[],
): DimensionWeights | undefined {
  if (!settings.weights) return undefined;
  const order = groupDimensions(dimensions).names;
  const points = order.map((d) => valueForText(settings.weights, d));
  const valid = points.every((p) => typeof p === "number" && Number.isFinite(p) && p >= 0);
  if (!valid || points.every((p) => p === 0)) {
    problems.push({ code: "invalidWeights", severity: "warning" });
    return undefined;
  }
  return { kind: "shared", points: points as number[] };
}
