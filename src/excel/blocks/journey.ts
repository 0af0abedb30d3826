import { ownValue, type SurveyAnalysis } from "../../survey";
import { itemName } from "../../core/domainNames";
import { changeLabelsFor } from "../changeLabels";
import type { ResultLabels } from "../resultLabels";
import type { ResultBlockPlan, SummarySection } from "./context";

export const declaration = { key: "journey", live: false, charts: [] } as const;

/** The summary sheet's lines on the journey: where expectations are missed most, and each stage's gap. */
export function journeySummaryLines(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
): SummarySection | undefined {
  const journey = analysis.journey;
  if (!journey) return undefined;
  const text = changeLabelsFor(labels.language);
  const stageName = (key: string): string => ownValue(labels.dimensionNames, key) ?? key;
  const lines: string[] = [];
  const missed = journey.missedMost;
  if (missed) {
    const worst =
      missed.worstItem === undefined ? undefined : analysis.items.find((i) => i.item === missed.worstItem);
    lines.push(
      text.journeyLine(
        stageName(missed.stage),
        missed.gap,
        worst?.gap === undefined
          ? undefined
          : { name: itemName(worst.item, labels.language, worst.name), gap: worst.gap },
      ),
    );
  } else lines.push(text.journeyMet);
  lines.push(
    text.journeyStageGaps(
      journey.stages.map(
        (s) => `${stageName(s.stage)} ${s.gap < 0 ? "−" : "+"}${Math.abs(s.gap).toFixed(2)}`,
      ),
    ),
  );
  return { heading: text.journeyHeading, lines, firstScreen: true };
}

/**
 * The customer journey: its stages are the dimension table's rows (the dimension block shows them), so the
 * block adds only the summary's lines: the stage where expectations are missed most and each stage's gap.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan() {
    // the stages' scores are the dimension table and charts
  },
  summary({ analysis, labels }) {
    return journeySummaryLines(analysis, labels);
  },
};
