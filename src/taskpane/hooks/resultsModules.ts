// The statistics: needed only from the Review step on (and only where no Web Worker runs them), so they load on
// demand (a separate chunk) and the pane opens with less JavaScript.
export { analyzeSurvey } from "../../survey";
