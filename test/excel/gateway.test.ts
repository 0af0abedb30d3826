import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { RawSurvey } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { HostError } from "../../src/excel/hostError";
import { resultLabels } from "../../src/excel/resultLabels";
import { installFakeOffice, type FakeOffice, type WorkbookSeed } from "../doubles/installFakeOffice";
import { STORE_SURVEY } from "../survey/fixtures";

const storeSeed = (change: Partial<WorkbookSeed> = {}): WorkbookSeed => ({
  sheets: [
    { name: "Survey", rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][])] },
    { name: "Notes" },
  ],
  selection: "Survey!A1:L9",
  ...change,
});

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

async function analyseAndWrite(fake: FakeOffice, replaceExisting = false, confirmedReplace?: string) {
  const gateway = createExcelGateway();
  const survey = await gateway.readSurvey();
  const settings = {
    ...defaultSettings(survey, detectColumnRoles(survey)),
    dimensionOfItem: { speed: "service", staff: "service", price: "price" },
  };
  const plan = buildWritePlan(
    analyzeSurvey(survey, settings),
    settings,
    resultLabels(gateway.displayLanguage()),
    survey,
  );
  const report = await gateway.writeResults(plan, {
    replaceExisting,
    ...(confirmedReplace !== undefined ? { confirmedReplace } : {}),
  });
  return { gateway, survey, report, syncs: fake.state.syncCount };
}

describe("ExcelGateway against the recording fake", () => {
  it("reads the selection and writes only to the add-in's three sheets, in at most 5 syncs", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    const { survey, report, syncs } = await analyseAndWrite(office);
    expect(survey).toMatchObject({ sheetName: "Survey", address: "A1:L9", origin: "selection" });
    expect(survey.rows[1]?.[10]).toBe(5);
    expect(syncs).toBeLessThanOrEqual(5);
    expect(report).toMatchObject({ sheetName: "CX Gap results", replaced: false, syncs: 3 });
    expect(report).toMatchObject({ summarySheetName: "CX Gap summary", actionPlanSheetName: "Action plan" });
    expect(report.chartsDrawn).toEqual(["dimensionBars", "dimensionGaps", "priorityMatrix", "priorityBars"]);
    const cellWrites = office.state.writes.filter((w) => w.kind !== "setting");
    expect(cellWrites.length).toBeGreaterThan(10);
    const own = ["CX Gap results", "CX Gap summary", "Action plan"];
    for (const write of cellWrites) expect(own).toContain(write.sheet);
    expect(office.state.settings.get("cxgap.resultsSheetId")).toBe(office.state.sheet("CX Gap results")?.id);
    expect(office.state.settings.get("cxgap.summarySheetId")).toBe(office.state.sheet("CX Gap summary")?.id);
    expect(office.state.settings.get("cxgap.actionPlanSheetId")).toBe(office.state.sheet("Action plan")?.id);
    // the summary comes first and is the sheet that opens
    expect(office.state.liveSheets().map((s) => s.name)).toEqual([
      "CX Gap summary",
      "Action plan",
      "Survey",
      "Notes",
      "CX Gap results",
    ]);
    expect(office.state.activeSheet?.name).toBe("CX Gap summary");
  });

  it("stores survey text that looks like a formula as text", async () => {
    office = installFakeOffice(globalThis, storeSeed({ selection: "Survey!A1:L9" }));
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const tricky: RawSurvey = { ...survey, headers: survey.headers.map((h) => h.replace("Speed", "=Speed")) };
    const settings = defaultSettings(tricky, detectColumnRoles(tricky));
    const plan = buildWritePlan(analyzeSurvey(tricky, settings), settings, resultLabels("en"), tricky);
    await gateway.writeResults(plan, { replaceExisting: false });
    const sheet = office.state.sheet("CX Gap results")!;
    expect(sheet.cellAt(5, 0)).toBe("=Speed"); // the item named as its header spells it
    expect(sheet.formats.get("5,0")).toBe("@");
    expect([...sheet.formulas.keys()]).toEqual([]);
  });

  it("replaces only its own earlier sheet, found by marker, and never a same-named stranger", async () => {
    office = installFakeOffice(
      globalThis,
      storeSeed({ sheets: [...storeSeed().sheets, { name: "CX Gap results", rows: [["mine"]] }] }),
    );
    const first = await analyseAndWrite(office);
    expect(first.report.sheetName).toBe("CX Gap results 2");
    const second = await analyseAndWrite(office, true, "CX Gap results 2");
    expect(second.report).toMatchObject({ sheetName: "CX Gap results 2", replaced: true });
    expect(office.state.sheet("CX Gap results")?.cellAt(0, 0)).toBe("mine");
    expect(office.state.writes.filter((w) => w.kind === "deleteSheet").map((w) => w.sheet)).toEqual([
      "CX Gap results 2",
      "CX Gap summary",
    ]);
    expect(await createExcelGateway().findOwnResultsSheet()).toEqual({
      name: "CX Gap results 2",
      summaryName: "CX Gap summary",
      actionPlanName: "Action plan",
    });
  });

  it("names the summary among the sheets to replace only while it bears a summary sheet's name", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await analyseAndWrite(office);
    // the manager renamed the summary for the board: a confirmed replace would keep it (see executeWritePlan)
    office.state.sheet("CX Gap summary")!.name = "Board pack";
    expect(await createExcelGateway().findOwnResultsSheet()).toEqual({
      name: "CX Gap results",
      actionPlanName: "Action plan",
    });
    office.state.sheet("Board pack")!.name = "cx gap SUMMARY 2";
    expect((await createExcelGateway().findOwnResultsSheet())?.summaryName).toBe("cx gap SUMMARY 2");
  });

  it("finds the region around a single selected cell and saves settings for Refresh", async () => {
    office = installFakeOffice(globalThis, storeSeed({ selection: "Survey!C4" }));
    const { gateway } = await analyseAndWrite(office);
    const loaded = await gateway.loadSettings();
    // found around one cell: the whole block, so Refresh reads it with any rows added under it
    expect(loaded?.source).toEqual({ sheetName: "Survey", address: "A1:L9", wholeRegion: true });
    const again = await gateway.readSurvey({ source: loaded!.source });
    expect(again.rows).toHaveLength(8);
  });

  it("reads the Excel table around one selected cell without its total row, in 2 syncs", async () => {
    const totals = ["Average", "", 4.4, 3.5, 4.6, 4.1, 4.1, 3.3, 4, 3.3, 4.4, 3.6];
    office = installFakeOffice(
      globalThis,
      storeSeed({
        sheets: [
          {
            name: "Survey",
            rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][]), totals],
          },
        ],
        tables: [{ name: "Answers", sheet: "Survey", address: "A1:L10", totals: true }],
        selection: "Survey!C4",
      }),
    );
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    expect(survey).toMatchObject({ address: "A1:L9", origin: "table", tableName: "Answers" });
    expect(survey.rows).toEqual(STORE_SURVEY.rows);
    expect(gateway.meter.lastReadSyncs).toBe(2);
    const again = await gateway.readSurvey({
      source: { sheetName: "Survey", address: "A1:L10", tableName: "Answers" },
    });
    expect(again.rows).toEqual(STORE_SURVEY.rows);
  });

  it("reads a long, narrow Excel table in one response without overflowing the call stack", async () => {
    // 200,000 respondents × 2 answers fit one 5 MB response: the rows arrive as one array, which must not be
    // spread into push() (V8 refuses that many arguments)
    const respondents = 200_000;
    office = installFakeOffice(globalThis, {
      sheets: [
        {
          name: "Survey",
          rowCount: respondents + 1,
          columnCount: 2,
          cell: (row, column) => (row === 0 ? ["E1", "P1"][column]! : 1 + ((row + column) % 5)),
        },
      ],
      tables: [{ name: "Answers", sheet: "Survey", address: `A1:B${respondents + 1}` }],
      selection: "Survey!A2",
    });
    const survey = await createExcelGateway().readSurvey();
    expect(survey.headers).toEqual(["E1", "P1"]);
    expect(survey.rows).toHaveLength(respondents);
    expect(survey.rows[respondents - 1]).toEqual([1 + (respondents % 5), 1 + ((respondents + 1) % 5)]);
  });

  it("keeps the tables, settings and marker when the host refuses a chart", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    office.reject({ operation: "chart", code: "InvalidArgument" });
    const { report } = await analyseAndWrite(office);
    expect(report.chartsDrawn).toEqual([]);
    expect(report.chartsSkipped).toEqual(
      ["dimensionBars", "dimensionGaps", "priorityMatrix", "priorityBars"].map((chart) => ({
        chart,
        reason: "hostRejected",
        missing: [],
      })),
    );
    expect(office.state.tables.map((t) => t.name)).toEqual([
      "CXGapItems",
      "CXGapDimensions",
      "CXGapKeyExperiences",
      "CXGapQuadrants",
      "CXGapCSAT",
      "CXGapDerivedImportance",
      "CXGapReliability",
      "CXGapFixFirst",
      "CXGapSegments",
    ]);
    expect(office.state.settings.get("cxgap.analysisSettings")).toEqual(expect.any(String));
    expect(await createExcelGateway().findOwnResultsSheet()).toEqual({
      name: "CX Gap results",
      summaryName: "CX Gap summary",
      actionPlanName: "Action plan",
    });
  });

  it("reports the charts drawn before the one the host refuses", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    office.reject({ operation: "chart", after: 1, code: "GeneralException" });
    const { report } = await analyseAndWrite(office);
    expect(report.chartsDrawn).toEqual(["dimensionBars"]);
    expect(report.chartsSkipped).toEqual(
      ["dimensionGaps", "priorityMatrix", "priorityBars"].map((chart) => ({
        chart,
        reason: "hostRejected",
        missing: [],
      })),
    );
    expect(office.state.charts.map((c) => c.type)).toEqual(["BarClustered"]);
  });

  it("leaves out the IPA chart on ExcelApi 1.7 and still writes the tables", async () => {
    office = installFakeOffice(globalThis, storeSeed({ excelApiMinor: 7 }));
    const { report } = await analyseAndWrite(office);
    expect(report.chartsSkipped).toEqual([
      { chart: "priorityMatrix", reason: "unsupportedApi", missing: ["ExcelApi 1.8"] },
    ]);
    expect(report.tables).toHaveLength(7);
  });

  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode", true],
    ["AccessDenied", "accessDenied", false],
    ["ApiNotFound", "unsupportedApi", false],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", false],
    ["GeneralException", "unknown", false],
  ])("turns %s into HostError %s", async (code, kind, retryable) => {
    office = installFakeOffice(globalThis, storeSeed());
    office.failSync({ onSync: 1, code });
    const error = await createExcelGateway()
      .readSurvey()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ kind, retryable, officeCode: code });
  });

  it.each([
    ["Notes!B2:D5", "emptySelection"],
    ["Survey!A1:L1", "notASurvey"],
  ])("refuses selection %s as %s", async (selection, kind) => {
    office = installFakeOffice(globalThis, storeSeed({ selection }));
    await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({ kind });
  });

  it("says which API is missing when one cell is selected on an old Excel", async () => {
    office = installFakeOffice(globalThis, storeSeed({ selection: "Survey!B2", excelApiMinor: 6 }));
    await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({
      kind: "unsupportedApi",
      missing: ["ExcelApi 1.7"],
    });
  });

  it("reads in row blocks that keep every response under the payload limit", async () => {
    office = installFakeOffice(
      globalThis,
      storeSeed({ limits: { maxCellsPerRead: 5_000_000, maxPayloadBytes: 700 } }),
    );
    const progress: number[] = [];
    const gateway = createExcelGateway({ maxCellsPerRead: 5_000_000, maxPayloadBytes: 700 });
    const survey = await gateway.readSurvey({ onProgress: (p) => progress.push(p.rowsRead) });
    expect(survey.rows).toEqual(STORE_SURVEY.rows);
    expect(office.state.syncCount).toBeGreaterThan(2);
    expect(office.state.largestResponseBytes).toBeLessThanOrEqual(700);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(8);
  });

  it("gives up with payloadTooLarge when even small requests are refused", async () => {
    office = installFakeOffice(
      globalThis,
      storeSeed({ limits: { maxCellsPerRead: 5_000_000, maxPayloadBytes: 150 } }),
    );
    await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({ kind: "payloadTooLarge" });
  });
});
