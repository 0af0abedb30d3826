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
// computed cell by cell, not held as rows: 200,000 rows of arrays would sit in the page's heap, where Excel
// keeps the workbook in its own process, and every garbage collection of the pane would walk them
const cell = (row: number, column: number): string | number => {
  if (row === 0) return sample.headers[column] ?? "";
  if (column === 0) return 1000 + row;
  return answers[(row - 1) % answers.length]?.[column] ?? "";
};
const lastColumn = columnLetters(sample.headers.length - 1);
window.__cxFakeOffice = installFakeOffice(window, {
  sheets: [{ name: sample.sheetName, rowCount: respondents + 1, columnCount: sample.headers.length, cell }],
  selection: `'${sample.sheetName}'!A1:${lastColumn}${respondents + 1}`,
  displayLanguage: query.get("lang") ?? "en-US",
  excelApiMinor: Number(query.get("excelApi") ?? "17"),
  // the pane parses each response as it does in Office on the web
  jsonResponses: true,
  // and each sync is a round trip across tasks, as a message to Excel and its answer are
  roundTrips: true,
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
