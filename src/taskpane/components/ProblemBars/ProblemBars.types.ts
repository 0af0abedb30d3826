import type { SurveyProblem } from "../../../survey";

export interface ProblemBarsProps {
  problems: readonly SurveyProblem[];
}
