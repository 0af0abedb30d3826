/**
 * Writing results the way real Excel takes them, against the strict fake (test/doubles, each rule tested in
 * test/doubles/fakeExcelRules.test.ts): text shown as written, table names kept across a re-write, charts
 * right while formula cells are still empty, point labels that cannot cost a chart, and no sheet deleted
 * unless it is provably the add-in's own and the user confirmed it.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { boxAddress, parseAddress } from "../../src/excel/a1";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import type { PlannedChart, WriteOptions } from "../../src/excel/types";
import { plottedPoints } from "../doubles/fakeCharts";
import { installFakeOffice, type FakeOffice, type WorkbookSeed } from "../doubles/installFakeOffice";
import { SIDE_BY_SIDE_SURVEY, STORE_SURVEY } from "../survey/fixtures";

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

describe("the priority matrix over hidden helper rows", () => {
  it("keeps its helper rows hidden and still plots every point (Chart.plotVisibleOnly: learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member)", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    const sheet = office.state.sheet(RESULTS)!;
    const matrix = office.state.charts.find(
      (chart) => chart.sheet === RESULTS && chart.plotVisibleOnly === false,
    );
    expect(matrix).toBeDefined();
    expect(sheet.hiddenRows.size).toBeGreaterThan(0);
    // some series (the crosshair lines) stand in the hidden rows, and the chart draws every point of every series
    const inHiddenRows = matrix!.series.filter((series) =>
      sheet.hiddenRows.has(parseAddress(series.values!).row),
    );
    expect(inHiddenRows.length).toBeGreaterThan(0);
    for (const series of matrix!.series)
      expect(plottedPoints(office.state, matrix!, series)).toHaveLength(series.pointCount);
  });
});

describe("a re-write keeps the names of the tables it replaces", () => {
  const liveTables = (fake: FakeOffice): string[] =>
    fake.state.tables.filter((t) => !t.sheet.deleted).map((t) => t.name);

  it("so that =CXGapItems[Gap] still points at the item gaps after Replace or Refresh", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    const first = liveTables(office);
    expect(first).toEqual([
      "CXGapItems",
      "CXGapDimensions",
      "CXGapKeyExperiences",
      "CXGapQuadrants",
      "CXGapFixFirst",
      "CXGapSegments",
    ]);
    const again = await write({ replaceExisting: true, confirmedReplace: RESULTS });
    expect(again.replaced).toBe(true);
    expect(liveTables(office)).toEqual(first);
    // the report lists the results (details) sheet's tables; the summary's kept theirs too (above)
    expect(again.tables.map((t) => t.name)).toEqual(first.slice(0, 4));
    const third = await write({ replaceExisting: true, confirmedReplace: RESULTS });
    expect(third).toMatchObject({ sheetName: RESULTS, replaced: true });
    expect(liveTables(office)).toEqual(first);
  });

  it("and still gives a new sheet beside a kept one names of its own", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    const beside = await write({ replaceExisting: false });
    expect(beside.tables.map((t) => t.name)).toEqual([
      "CXGapItems2",
      "CXGapDimensions2",
      "CXGapKeyExperiences2",
      "CXGapQuadrants2",
    ]);
  });
});

describe("Replace deletes only a sheet that is provably the add-in's own, and only when confirmed", () => {
  // A stored worksheet id can point at another sheet in a later session
  // (github.com/OfficeDev/office-js-docs/issues/297, github.com/OfficeDev/office-js/issues/1390)
  const userSheetWithStoredId = (fake: FakeOffice, name: string): void => {
    fake.state.settings.set("cxgap.resultsSheetId", fake.state.sheet(name)!.id);
  };

  it("keeps a user's sheet that the stored id now names, even when its name was confirmed", async () => {
    office = installFakeOffice(
      globalThis,
      storeSeed({ sheets: [...storeSeed().sheets, { name: "Budget", rows: [["mine", 1]] }] }),
    );
    userSheetWithStoredId(office, "Budget");
    const report = await write({ replaceExisting: true, confirmedReplace: "Budget" });
    expect(report).toMatchObject({ replaced: false, replaceDeclined: "notOurs", sheetName: RESULTS });
    expect(office.state.sheet("Budget")?.cellAt(0, 0)).toBe("mine");
    expect(office.state.writes.filter((w) => w.kind === "deleteSheet")).toEqual([]);
  });

  it("keeps a sheet that has the add-in's tables but not its marker (a copy the user made and kept)", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    delete office.state.sheet(RESULTS)!.customProperties.CXGapResults;
    const report = await write({ replaceExisting: true, confirmedReplace: RESULTS });
    expect(report).toMatchObject({ replaced: false, replaceDeclined: "notOurs" });
    expect(office.state.sheet(RESULTS)?.deleted).toBe(false);
  });

  it("asks first: without the user's confirmation of that sheet, nothing is deleted", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write();
    const unconfirmed = await write({ replaceExisting: true });
    expect(unconfirmed).toMatchObject({ replaced: false, replaceDeclined: "notConfirmed" });
    // the user confirmed "CX Gap results" but the stored id now leads to a sheet of another name
    const renamed = await write({ replaceExisting: true, confirmedReplace: RESULTS });
    expect(renamed).toMatchObject({ replaced: false, replaceDeclined: "notConfirmed" });
    expect(office.state.writes.filter((w) => w.kind === "deleteSheet")).toEqual([]);
  });

  it("replaces its own confirmed sheet on a host without custom properties by its shape", async () => {
    office = installFakeOffice(globalThis, storeSeed({ excelApiMinor: 11 }));
    await write();
    const report = await write({ replaceExisting: true, confirmedReplace: RESULTS });
    expect(report).toMatchObject({ replaced: true, sheetName: RESULTS });
  });
});

describe("charts are right while the formula cells are still empty", () => {
  /** the series a planned chart means: by column, the header row names them, the first column is x / categories */
  function intendedSeries(chart: PlannedChart) {
    const box = parseAddress(chart.source);
    const body = (column: number) =>
      boxAddress({
        row: box.row + 1,
        column: box.column + column,
        rowCount: box.rowCount - 1,
        columnCount: 1,
      });
    const fromSource = Array.from({ length: box.columnCount - 1 }, (_, i) => ({
      name: chart.seriesNames?.[i],
      values: body(i + 1),
      xValues: body(0),
    }));
    // a one-column source (a chart of one series whose categories stand elsewhere) is its first series
    if (chart.firstSeries && fromSource.length === 0)
      fromSource.push({ name: chart.seriesNames?.[0], values: "", xValues: "" });
    if (chart.firstSeries) Object.assign(fromSource[0]!, chart.firstSeries);
    return [
      ...fromSource,
      ...chart.extraSeries.map((s) => ({ name: s.name, values: s.values, xValues: s.xValues })),
    ];
  }

  async function writeLive() {
    office = installFakeOffice(globalThis, {
      sheets: [
        {
          name: "Survey",
          rows: [SIDE_BY_SIDE_SURVEY.headers, ...(SIDE_BY_SIDE_SURVEY.rows as (string | number)[][])],
        },
      ],
      selection: `Survey!${SIDE_BY_SIDE_SURVEY.address}`,
    });
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const settings: AnalysisSettings = {
      ...defaultSettings(survey, detectColumnRoles(survey)),
      dimensionOfItem: { speed: "service", staff: "service", price: "price" },
      output: "formulas",
      // the classic matrix is the one CX.IPA spills (the default gap matrix stays values: no formula gives it)
      priorityMatrix: "classic",
    };
    const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels("en-US"), survey);
    const report = await gateway.writeResults(plan, { replaceExisting: false });
    return { plan, report, state: office.state };
  }

  it("gives every series its name, values and x values or categories, not what Excel infers from empty cells", async () => {
    // custom functions calculate asynchronously (#BUSY! first, nothing under manual calculation:
    // learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview), and a chart takes its series from
    // the cells as they are when it is created; the fake never calculates, so the spills are empty here
    const { plan, report, state } = await writeLive();
    expect(report.formulaFallbacks).toEqual([]);
    expect(report.chartsDrawn).toEqual([
      "dimensionBars",
      "dimensionGaps",
      "importancePerformance",
      "priorityBars",
    ]);
    expect(plan.spills?.map((s) => s.block)).toEqual(["dimensionScores", "keyExperiences", "quadrants"]);
    // the details sheet's charts, then the summary's, in the order they were drawn
    const planned = [...plan.charts, ...(plan.summary?.charts ?? [])];
    expect(state.charts).toHaveLength(planned.length);
    state.charts.forEach((drawn, index) => {
      const seriesOf = drawn.series.map((s) => ({ name: s.name, values: s.values, xValues: s.xValues }));
      expect(seriesOf).toEqual(intendedSeries(planned[index]!));
    });
  });

  it("labels the matrix points by setting their text only, as Microsoft's sample does (learn.microsoft.com/office/vba/api/excel.datalabel(object))", async () => {
    const { state } = await writeLive();
    const matrix = state.charts.find((c) => c.type === "XYScatter")!;
    // named as the headers spell them ("Speed" of "Exp_Speed")
    expect(matrix.series[0]?.pointLabels).toEqual({ 0: "Speed", 1: "Staff", 2: "Price" });
    expect(matrix.series.map((s) => s.showValueWrites ?? 0)).toEqual([0, 0, 0, 0]);
  });

  it("keeps the whole matrix chart when Excel refuses a point's label", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    office.reject({ operation: "pointLabel", code: "GeneralException" });
    const report = await write();
    expect(report.chartsDrawn).toEqual([
      "dimensionBars",
      "dimensionGaps",
      "importancePerformance",
      "priorityBars",
    ]);
    expect(report.labelsLeftOut).toEqual(["importancePerformance"]);
    const matrix = office.state.charts.find((c) => c.type === "XYScatter")!;
    // the items, the two crosshair lines and the quadrant names
    expect(matrix.series).toHaveLength(4);
    expect(matrix.series[2]).toMatchObject({ chartType: "XYScatterLinesNoMarkers" });
  });
});

describe("a dimension named Overall", () => {
  it("does not give the dimension table two Overall rows (names compared as Excel does, without case)", async () => {
    office = installFakeOffice(globalThis, storeSeed());
    await write({ replaceExisting: false }, (settings) => ({
      ...settings,
      dimensionOfItem: { speed: "overall", staff: "overall", price: "Price" },
    }));
    const sheet = office.state.sheet(RESULTS)!;
    const table = office.state.tables.find((t) => t.name === "CXGapDimensions")!;
    const box = parseAddress(table.address);
    const firstColumn = Array.from({ length: box.rowCount }, (_, r) => sheet.cellAt(box.row + r, 0));
    expect(firstColumn).toEqual(["Dimension", "overall", "Price", "Overall, all dimensions"]);
  });

  it("keeps the dimension table as values in the formulas option, since =CX.SERVQUAL refuses that name", async () => {
    // a survey whose columns would otherwise let every block be live
    office = installFakeOffice(globalThis, {
      sheets: [
        {
          name: "Survey",
          rows: [SIDE_BY_SIDE_SURVEY.headers, ...(SIDE_BY_SIDE_SURVEY.rows as (string | number)[][])],
        },
      ],
      selection: `Survey!${SIDE_BY_SIDE_SURVEY.address}`,
    });
    const report = await write({ replaceExisting: false }, (settings) => ({
      ...settings,
      dimensionOfItem: { speed: "总体", staff: "总体", price: "Price" },
      output: "formulas",
    }));
    expect(report.formulaFallbacks).toContainEqual({
      block: "dimensionScores",
      reason: "dimensionNamedOverall",
    });
    const formulas = office.state.writes
      .filter((w) => w.kind === "formulas")
      .map((w) => JSON.stringify(w.data));
    expect(formulas.some((f) => f.includes("CX.SERVQUAL"))).toBe(false);
  });
});
