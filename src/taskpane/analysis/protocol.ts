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

/**
 * cells per message: copying one chunk must stay far below the 50 ms of a long task. 5,000 rows of a 69-column
 * survey (345,000 cells) took 60–140 ms to post on a busy machine in the 200,000-respondent browser run; 40,000
 * cells take a fifth of that.
 */
export const CELLS_PER_MESSAGE = 40_000;

/** rows per message for a survey of `columns` columns (at least one row) */
export function rowsPerMessage(columns: number): number {
  return Math.max(1, Math.floor(CELLS_PER_MESSAGE / Math.max(1, columns)));
}
