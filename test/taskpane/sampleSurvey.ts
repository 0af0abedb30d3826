import type { RawSurvey } from "../../src/survey";
import sample from "../e2e/sample-survey.json";

/** The sample SERVQUAL survey (scripts/make-sample-workbook.ts) as the gateway returns it: blanks as "". */
export function sampleRawSurvey(): RawSurvey {
  return {
    sheetName: sample.sheetName,
    address: "A1:BQ61",
    headers: [...sample.headers],
    rows: sample.rows.map((row) => row.map((cell) => cell ?? "")),
    origin: "selection",
  };
}
