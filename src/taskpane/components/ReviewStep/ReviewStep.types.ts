import type { SurveyAnalysis } from "../../../core/survey/types";

export interface ReviewStepProps {
  analysis: SurveyAnalysis | undefined;
  analyzing: boolean;
  /** how many key experiences to list */
  topKeyExperiences?: number;
}
