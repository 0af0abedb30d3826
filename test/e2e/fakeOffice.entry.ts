/**
 * The browser end-to-end test serves this bundle in place of Office.js from Microsoft's CDN: the recording fake
 * of Office and Excel (test/doubles), seeded with the sample survey selected on its sheet. The page's query
 * string chooses the display language (?lang=zh-CN) and the highest ExcelApi 1.x minor version (?excelApi=7);
 * ?respondents=200000 repeats the sample's answers (with new ids) to that many rows, for the responsiveness check;
 * ?survey=journey seeds the journey sample (test/e2e/sample-journey-survey.json) instead of the SERVQUAL one.
 * The test reads what the add-in wrote from window.__cxFakeOffice.
 */
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import servqualSample from "./sample-survey.json";
import journeySample from "./sample-journey-survey.json";

declare global {
  interface Window {
    __cxFakeOffice?: FakeOffice;
  }
}

const query = new URLSearchParams(window.location.search);
const sample: { sheetName: string; headers: string[]; rows: Array<Array<string | number | null>> } =
  query.get("survey") === "journey" ? journeySample : servqualSample;
const respondents = Number(query.get("respondents") ?? sample.rows.length);
const answers = sample.rows.map((row) => row.map((cell) => cell ?? ""));
const rows = [
  sample.headers,
  ...Array.from({ length: respondents }, (_, r) => {
    const row = [...(answers[r % answers.length] ?? [])];
    row[0] = 1001 + r;
    return row;
  }),
];
const lastColumn = columnLetters(sample.headers.length - 1);
window.__cxFakeOffice = installFakeOffice(window, {
  sheets: [{ name: sample.sheetName, rows }],
  selection: `'${sample.sheetName}'!A1:${lastColumn}${rows.length}`,
  displayLanguage: query.get("lang") ?? "en-US",
  excelApiMinor: Number(query.get("excelApi") ?? "17"),
});

function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
