/**
 * Next quarter's respondents, added under a survey kept as a plain range, reach Refresh when the range read
 * was the survey's whole block of data: Refresh reads the block around the saved range's top-left cell
 * (Range.getSurroundingRegion, ExcelApi 1.7, "the surrounding region for the top-left cell in this range":
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)).
 * A range that was only part of its block is read as saved, so a deliberate selection never widens.
 */
import { createExcelGateway } from "../../src/excel/gateway";
import { defaultSettings, detectColumnRoles, type AnalysisSettings } from "../../src/survey";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import { STORE_SURVEY } from "../survey/fixtures";

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

const rows = STORE_SURVEY.rows as (string | number)[][];
/** two respondents of the next wave, answered like the first two */
const nextWave = rows.slice(0, 2).map((row, r) => [900 + r, ...row.slice(1)]);
const lastColumn = String.fromCharCode(64 + STORE_SURVEY.headers.length);

async function savedFrom(selection: string): Promise<AnalysisSettings["source"]> {
  office = installFakeOffice(globalThis, {
    sheets: [{ name: "Survey", rows: [STORE_SURVEY.headers, ...rows] }],
    selection,
  });
  const survey = await createExcelGateway().readSurvey();
  office.uninstall();
  office = undefined;
  return defaultSettings(survey, detectColumnRoles(survey)).source;
}

async function refreshAfterNextWave(source: AnalysisSettings["source"]): Promise<number> {
  office = installFakeOffice(globalThis, {
    sheets: [{ name: "Survey", rows: [STORE_SURVEY.headers, ...rows, ...nextWave] }],
    selection: "Survey!A1",
  });
  const survey = await createExcelGateway().readSurvey({ source });
  return survey.rows.length;
}

describe("Refresh of a survey kept as a plain range", () => {
  it.each([`Survey!A1:${lastColumn}${rows.length + 1}`, "Survey!C4"])(
    "read whole (selected as %s), reads the rows added under it",
    async (selection) => {
      const source = await savedFrom(selection);
      expect(source.wholeRegion).toBe(true);
      expect(await refreshAfterNextWave(source)).toBe(rows.length + 2);
    },
  );

  it("read in part, reads the rows it was saved with", async () => {
    const source = await savedFrom(`Survey!A1:${lastColumn}4`);
    expect(source.wholeRegion).toBeUndefined();
    expect(await refreshAfterNextWave(source)).toBe(3);
  });

  it("saved before this rule (no wholeRegion), reads as saved", async () => {
    const source = await savedFrom(`Survey!A1:${lastColumn}${rows.length + 1}`);
    delete source.wholeRegion;
    expect(await refreshAfterNextWave(source)).toBe(rows.length);
  });
});
