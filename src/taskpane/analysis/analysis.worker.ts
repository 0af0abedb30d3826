/// <reference lib="webworker" />
// The survey analysis off the pane's thread: detection and analyzeSurvey of large surveys take hundreds of
// milliseconds, which on the pane's thread would freeze its progress bar and its buttons.
import { analyzeSurvey, detectColumnRoles, type RawSurvey } from "../../survey";
import type { FromWorker, ToWorker } from "./protocol";

const surveys = new Map<number, RawSurvey>();

function reply(message: FromWorker): void {
  (self as unknown as { postMessage(message: FromWorker): void }).postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case "surveyStart":
      // one survey at a time: the pane reads a new one only to replace the old
      surveys.clear();
      surveys.set(message.surveyId, { ...message.survey, rows: [] });
      return;
    case "surveyRows": {
      const rows = surveys.get(message.surveyId)?.rows;
      if (rows) for (const row of message.rows) rows.push(row);
      return;
    }
    case "detect":
    case "analyze": {
      const survey = surveys.get(message.surveyId);
      try {
        if (!survey) throw new Error(`survey ${message.surveyId} is not in the worker`);
        if (message.kind === "detect")
          reply({ kind: "detected", requestId: message.requestId, layout: detectColumnRoles(survey) });
        else
          reply({
            kind: "analyzed",
            requestId: message.requestId,
            analysis: analyzeSurvey(survey, message.settings),
          });
      } catch (error) {
        reply({
          kind: "failed",
          requestId: message.requestId,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      return;
    }
  }
});
