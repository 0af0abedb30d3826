/**
 * Writing results the way real Excel takes them, against the strict fake (test/doubles, each rule tested in
 * test/doubles/fakeExcelRules.test.ts): text shown as written, table names kept across a re-write, charts
 * right while formula cells are still empty, point labels that cannot cost a chart, and no sheet deleted
 * unless it is provably the add-in's own and the user confirmed it.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import type { WriteOptions } from "../../src/excel/types";
import { installFakeOffice, type FakeOffice, type WorkbookSeed } from "../doubles/installFakeOffice";
import { STORE_SURVEY } from "../survey/fixtures";

const RESULTS = "CX Gap results";

export const storeSeed = (change: Partial<WorkbookSeed> = {}): WorkbookSeed => ({
  sheets: [
    { name: "Survey", rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][])] },
    { name: "Notes" },
  ],
  selection: "Survey!A1:L9",
  ...change,
});

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

async function write(
  options: WriteOptions = { replaceExisting: false },
  change: (settings: AnalysisSettings, survey: RawSurvey) => AnalysisSettings = (s) => s,
) {
  const gateway = createExcelGateway();
  const survey = await gateway.readSurvey();
  const settings = change(
    {
      ...defaultSettings(survey, detectColumnRoles(survey)),
      dimensionOfItem: { speed: "service", staff: "service", price: "price" },
    },
    survey,
  );
  const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels("en-US"), survey);
  return gateway.writeResults(plan, options);
}

describe("text is shown as written", () => {
  it("keeps a leading apostrophe: the title row names 'Survey'!A1:L9 (github.com/OfficeDev/office-js/issues/6687)", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    const sheet = office.state.sheet(RESULTS)!;
    // D2 holds the survey's address, quoted as Excel quotes a sheet name in a reference
    expect(sheet.cellAt(1, 3)).toBe("'Survey'!A1:L9");
  });
});
