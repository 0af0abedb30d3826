import type { SurveyAnalysis } from "../../../survey";

export interface ReviewStepProps {
  analysis: SurveyAnalysis | undefined;
  analyzing: boolean;
  /** how many key experiences to list */
  topKeyExperiences?: number;
  /** item key → the item's name in the survey's headers; items without one are shown as "Item 6" */
  itemLabels?: Readonly<Record<string, string>>;
}
