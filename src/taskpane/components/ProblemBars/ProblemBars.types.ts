import type { SurveyProblem } from "../../../core/survey/types";

export interface ProblemBarsProps {
  problems: readonly SurveyProblem[];
}
