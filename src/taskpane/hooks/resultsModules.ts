// The statistics and the results-sheet layout: needed only from the Review step on, so they load on demand
// (a separate chunk) and the pane opens with less JavaScript.
export { analyzeSurvey } from "../../survey";
export { buildWritePlan } from "../../excel/buildWritePlan";
export { resultLabels } from "../../excel/resultLabels";
