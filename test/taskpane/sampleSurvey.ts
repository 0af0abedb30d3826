import type { RawSurvey } from "../../src/survey";
import sample from "../e2e/sample-survey.json";
import { columnLetters } from "../../src/excel/a1";

/**
 * The sample's address with its header row, from its size: teammates append columns to the sample, so no
 * test spells the last column out.
 */
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
