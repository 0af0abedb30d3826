import type { SurveyAnalysis } from "../survey";
import { measureLabels } from "./measureLabels";
import type { ResultLabels } from "./resultLabels";

/** The summary sheet's headline line, "NPS −11.7 (95% interval …) · CSAT 25.0% (…)", when the survey has either. */
export function headlineLine(analysis: SurveyAnalysis, labels: ResultLabels): string | undefined {
  const headline = analysis.headline;
  if (!headline) return undefined;
  const nps = headline.nps?.overall;
  const csat = headline.csat?.overall;
  return measureLabels(labels.language).headline(
    nps && { nps: nps.nps, low: nps.ciLow, high: nps.ciHigh },
    csat && { csat: csat.csat, low: csat.ciLow, high: csat.ciHigh },
  );
}
