import { dimensionReliability } from "../reliability";
import type { DimensionReliability } from "../types";
import { attempt, type SurveyBlock } from "./context";

export interface ReliabilityFields {
  /** per dimension with items, in the order dimensions first appear */
  reliability?: DimensionReliability[];
}

/** Cronbach's alpha of each dimension's perception items with Feldt's interval, flagged below 0.7. */
export const reliabilityBlock: SurveyBlock<"reliability", ReliabilityFields> = {
  key: "reliability",
  analyze(context, analysis) {
    const reliability = attempt(context.problems, () =>
      dimensionReliability(context.matrices.perception, analysis.items),
    );
    return reliability && reliability.length > 0 ? { reliability } : {};
  },
};
