import type { AnalysisSettings, Cell, DetectedLayout, RawSurvey, SurveyAnalysis } from "../../survey";

/**
 * Messages between the pane and the analysis worker. A survey crosses in row chunks (each postMessage
 * copies its data on the sending thread: one copy of 200,000 rows would block the pane for longer than a
 * frame budget), is kept by the worker under an id, and is then detected or analysed by that id.
 */
export type ToWorker =
  | { kind: "surveyStart"; surveyId: number; survey: Omit<RawSurvey, "rows"> }
  | { kind: "surveyRows"; surveyId: number; rows: Cell[][] }
  | { kind: "detect"; requestId: number; surveyId: number }
  | { kind: "analyze"; requestId: number; surveyId: number; settings: AnalysisSettings };

export type FromWorker =
  | { kind: "detected"; requestId: number; layout: DetectedLayout }
  | { kind: "analyzed"; requestId: number; analysis: SurveyAnalysis }
  | { kind: "failed"; requestId: number; message: string };

/** rows per message: small enough that copying one chunk stays far below the 50 ms of a long task */
export const ROWS_PER_MESSAGE = 5_000;
