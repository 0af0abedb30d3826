import { journeyOf } from "../journey";
import type { JourneyAnalysis } from "../types";
import type { SurveyBlock } from "./context";

export interface JourneyFields {
  /** with the journey framework: each stage's gap and the stage where expectations are missed most */
  journey?: JourneyAnalysis;
}

/** The customer journey: an optional block, present when the items are grouped by the journey's stages. */
export const journeyBlock: SurveyBlock<"journey", JourneyFields> = {
  key: "journey",
  analyze(context, analysis) {
    if (context.settings.framework !== "journey") return {};
    const journey = journeyOf(analysis.dimensions, analysis.items);
    return journey ? { journey } : {};
  },
};
