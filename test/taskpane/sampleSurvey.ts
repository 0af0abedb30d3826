import type { RawSurvey } from "../../src/survey";
import sample from "../e2e/sample-survey.json";

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

/** The sample's address on its sheet, header row included ("A1:BR61"). */
export const SAMPLE_ADDRESS = `A1:${columnLetters(sample.headers.length)}${sample.rows.length + 1}`;

/** 1 → "A", 27 → "AA", 70 → "BR": the sample grows columns at its end, so its address follows. */
export function columnLetters(columns: number): string {
  let letters = "";
  for (let n = columns; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
