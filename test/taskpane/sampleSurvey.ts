import type { RawSurvey } from "../../src/survey";
import sample from "../e2e/sample-survey.json";
import { columnLetters } from "../../src/excel/a1";

/** The sample's range on its sheet, headers included: it grows when the sample gains a column at its end. */
export const SAMPLE_ADDRESS = `A1:${columnLetters(sample.headers.length - 1)}${sample.rows.length + 1}`;

/** The sample SERVQUAL survey (scripts/make-sample-workbook.ts) as the gateway returns it: blanks as "". */
export function sampleRawSurvey(): RawSurvey {
  return {
    sheetName: sample.sheetName,
    address: SAMPLE_ADDRESS,
    headers: [...sample.headers],
    rows: sample.rows.map((row) => row.map((cell) => cell ?? "")),
    origin: "selection",
  };
}
