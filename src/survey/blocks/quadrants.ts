import { importancePerformance } from "../../core";
import { priorityMatrixOf } from "../priorities";
import type { CrosshairRule, PriorityMatrix, QuadrantResult } from "../types";
import { attempt, namedBy, type SurveyBlock } from "./context";
import { importanceFactors, importanceMidpoint } from "./importance";

export interface QuadrantsFields {
  /** the priority matrix; absent when importance is unavailable */
  quadrants?: {
    rule: CrosshairRule;
    /** "gap": x is the gap, the vertical line at gap 0 (crosshair.performance is then 0, on the gap axis) */
    matrix: PriorityMatrix;
    crosshair: { importance: number; performance: number };
    items: QuadrantResult[];
  };
}

/**
 * The importance–performance quadrant of every item: by default importance against the gap, the performance
 * line at gap 0; Martilla & James 1977 (importance against performance) as an option.
 */
export const quadrantsBlock: SurveyBlock<"quadrants", QuadrantsFields> = {
  key: "quadrants",
  analyze(context, analysis) {
    const { settings, matrices, problems } = context;
    const factors = importanceFactors(context, analysis);
    if (!factors || factors.factors.length === 0) return {};
    const items = factors.factors;
    const importance = items.map((f) => f.importance);
    const performance = items.map((f) => f.performance);
    const crosshair =
      settings.crosshair === "scale"
        ? {
            importance: importanceMidpoint(matrices, factors.source, importance),
            performance: (settings.scale.bottom + settings.scale.top) / 2,
          }
        : settings.crosshair;
    const classic = attempt(problems, () => importancePerformance(importance, performance, crosshair));
    if (!classic) return {};
    const matrix = priorityMatrixOf(settings);
    // the gap matrix: same importance line, the performance line at gap 0 (meets expectation)
    const placed =
      matrix === "gap"
        ? attempt(problems, () =>
            importancePerformance(
              importance,
              items.map((f) => f.gap),
              { importance: classic.crosshair.importance, performance: 0 },
            ),
          )
        : classic;
    if (!placed) return {};
    const named = namedBy(analysis);
    return {
      quadrants: {
        rule: settings.crosshair,
        matrix,
        crosshair: { ...placed.crosshair },
        items: placed.factors.map((f) =>
          named({
            item: items[f.index]!.item,
            importance: f.importance,
            performance: items[f.index]!.performance,
            gap: items[f.index]!.gap,
            quadrant: f.quadrant,
          }),
        ),
      },
    };
  },
};
