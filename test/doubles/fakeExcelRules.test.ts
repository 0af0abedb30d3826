/**
 * The fake Excel refuses what Excel refuses and does what Excel does. Each rule names the Microsoft page that
 * states it; the code depending on a rule is tested against the fake in test/excel.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plottedPoints } from "./fakeCharts";
import { FakeContext } from "./fakeExcelApi";
import { FakeWorkbookState, LOWEST_HOST_EXCEL_API_MINOR, type WorkbookSeed } from "./fakeWorkbook";

const survey: WorkbookSeed = {
  sheets: [
    {
      name: "Survey",
      rows: [
        ["Item", "E", "P"],
        ["speed", 4, 3],
        ["staff", 5, 4],
        ["", "", ""],
        ["note", "", ""],
      ],
    },
  ],
};

function fakeContext(seed: WorkbookSeed = survey): FakeContext {
  return new FakeContext(new FakeWorkbookState(seed));
}

async function refusal(batch: (context: FakeContext) => void, seed?: WorkbookSeed): Promise<unknown> {
  const context = fakeContext(seed);
  batch(context);
  return context.sync().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("worksheet names (support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9)", () => {
  it.each([
    ["", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ...["[", "]", ":", "*", "?", "/", "\\"].map((ch) => [`a${ch}b`, "InvalidArgument"]),
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["SURVEY", "ItemAlreadyExists"],
  ])("refuses %j", async (name, code) => {
    expect(await refusal((context) => context.workbook.worksheets.add(name))).toMatchObject({ code });
  });

  it.each(["x".repeat(31), "it's", "Results (2)", "Histories"])("accepts %j", async (name) => {
    expect(await refusal((context) => context.workbook.worksheets.add(name))).toBeUndefined();
  });
});

describe("table and defined names (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114)", () => {
  const addTable = (context: FakeContext, address: string, name?: string): void => {
    const sheet = context.workbook.worksheets.getItem("Survey");
    const table = sheet.tables.add(sheet.getRange(address), true);
    if (name !== undefined) table.name = name;
  };

  it("refuses a table over another (learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1))", async () => {
    expect(
      await refusal((context) => {
        addTable(context, "A1:C3");
        addTable(context, "C3:D4");
      }),
    ).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a name another table or a defined name has, whatever its case", async () => {
    const seed = { ...survey, names: ["Targets"] };
    expect(
      await refusal(
        (context) => (addTable(context, "A1:C2", "Answers"), addTable(context, "E1:F2", "ANSWERS")),
      ),
    ).toMatchObject({
      code: "InvalidArgument",
    });
    expect(await refusal((context) => addTable(context, "A1:C2", "targets"), seed)).toMatchObject({
      code: "InvalidArgument",
    });
  });

  it.each(["A1", "R1C1", "C", "my table", "1st"])("refuses the table name %j", async (name) => {
    expect(await refusal((context) => addTable(context, "A1:C2", name))).toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("frees a name when the sheet holding its table is deleted earlier in the batch", async () => {
    const state = new FakeWorkbookState({
      ...survey,
      sheets: [...survey.sheets, { name: "Old" }],
      tables: [{ name: "Answers", sheet: "Old", address: "A1:B2" }],
    });
    const context = new FakeContext(state);
    context.workbook.worksheets.getItem("Old").delete();
    addTable(context, "A1:C2", "Answers");
    await context.sync();
    expect(state.tables.filter((t) => !t.sheet.deleted).map((t) => t.name)).toEqual(["Answers"]);
  });

  it("names a new table Table1, Table2… skipping names already taken", async () => {
    const state = new FakeWorkbookState({ ...survey, names: ["Table1"] });
    const context = new FakeContext(state);
    addTable(context, "A1:C2");
    await context.sync();
    expect(state.tables[0]?.name).toBe("Table2");
  });
});

describe("reading", () => {
  it("properties and isNullObject are unreadable before load and sync (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model)", async () => {
    const context = fakeContext();
    const range = context.workbook.getSelectedRange();
    const setting = context.workbook.settings.getItemOrNullObject("x");
    // reading before load and sync is the point of this test
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(() => setting.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("address");
    setting.load("value");
    await context.sync();
    expect(range.address).toBe("Survey!A1");
    expect(setting.isNullObject).toBe(true);
  });

  it("getSelectedRange fails with InvalidSelection when several areas are selected (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1))", async () => {
    const error = await refusal((context) => context.workbook.getSelectedRange().load("address"), {
      ...survey,
      selection: "Survey!A1:B2,D1:D3",
    });
    expect(error).toMatchObject({ code: "InvalidSelection" });
  });

  it("getSurroundingRegion stops at a blank row and column (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1))", async () => {
    const context = fakeContext({
      sheets: [
        {
          name: "S",
          rows: [
            ["a", "b", "", "x"],
            [1, 2, "", 9],
            ["", "", "", ""],
            [7, "", "", ""],
          ],
        },
      ],
    });
    const region = context.workbook.worksheets.getItem("S").getRange("B2").getSurroundingRegion();
    const below = context.workbook.worksheets.getItem("S").getRange("A4").getSurroundingRegion();
    const beyond = context.workbook.worksheets.getItem("S").getRange("D2").getSurroundingRegion();
    region.load("address");
    below.load("address");
    beyond.load("address");
    await context.sync();
    expect(region.address).toBe("S!A1:B2");
    expect(below.address).toBe("S!A4");
    expect(beyond.address).toBe("S!D1:D2");
  });

  it("getUsedRangeOrNullObject(valuesOnly) honours valuesOnly (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1))", async () => {
    const state = new FakeWorkbookState(survey);
    state.sheet("Survey")!.formats.set("9,5", "0.00"); // F10 formatted, holds nothing
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("Survey");
    const all = sheet.getRange("A1:Z50");
    const values = all.getUsedRangeOrNullObject(true);
    const formatted = all.getUsedRangeOrNullObject(false);
    const blank = sheet.getRange("A4:C4").getUsedRangeOrNullObject(true);
    for (const r of [values, formatted, blank]) r.load("address");
    await context.sync();
    expect(values.address).toBe("Survey!A1:C5");
    expect(formatted.address).toBe("Survey!A1:F10");
    expect(blank.isNullObject).toBe(true);
  });

  it("Range.values gives a data type's basic value, valuesAsJson the whole object (learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts)", async () => {
    const stock = { type: "Entity", text: "Microsoft", basicType: "Error", basicValue: "#VALUE!" };
    const formatted = { type: "FormattedNumber", basicType: "Double", basicValue: 4, numberFormat: "0.0" };
    const context = fakeContext({ sheets: [{ name: "S", rows: [[formatted, stock]] }] });
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
    // valuesAsJson is a property of the range, not a navigation to another object
    // eslint-disable-next-line office-addins/no-navigational-load
    range.load("values,valuesAsJson");
    await context.sync();
    expect(range.values).toEqual([[4, "#VALUE!"]]);
    expect(range.valuesAsJson).toEqual([[formatted, stock]]);
  });
});

describe("the double itself", () => {
  it("takes a sheet seeded with 200,001 rows (the long-task run's survey; a spread of one argument per row overflowed V8's call stack)", async () => {
    const rows = Array.from({ length: 200_001 }, (_, r) => (r === 0 ? ["ID", "E1", "P1"] : [r, 4, 3]));
    const context = fakeContext({ sheets: [{ name: "S", rows }] });
    const last = context.workbook.worksheets.getItem("S").getRange("A200001:C200001");
    last.load("values");
    await context.sync();
    expect(last.values).toEqual([[200_000, 4, 3]]);
  });
});

describe("tables and what is visible", () => {
  /** the table T (A1:C6: header, four data rows, a total row); sheet row 3 hidden by its filter, column B by hand */
  const tableSeed = (hiddenColumns: string[] = []): WorkbookSeed => ({
    sheets: [
      {
        name: "S",
        rows: [
          ["Item", "E", "P"],
          ["a", 4, 3],
          ["b", 5, 4],
          ["c", 3, 3],
          ["d", 2, 5],
          ["Total", 14, 15],
        ],
        hiddenRows: [3],
        hiddenColumns,
      },
    ],
    tables: [{ name: "T", sheet: "S", address: "A1:C6", totals: true }],
  });

  it("Table.getDataBodyRange is the rows between the header and total rows; getHeaderRowRange its header (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1))", async () => {
    const context = fakeContext(tableSeed());
    const table = context.workbook.tables.getItem("T");
    const body = table.getDataBodyRange();
    const header = table.getHeaderRowRange();
    const whole = table.getRange();
    body.load("address");
    header.load("address");
    whole.load("address");
    await context.sync();
    expect([header.address, body.address, whole.address]).toEqual(["S!A1:C1", "S!A2:C5", "S!A1:C6"]);
  });

  it("Range.getVisibleView leaves out hidden rows and hidden columns (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1), learn.microsoft.com/javascript/api/excel/excel.rangeview#excel-excel-rangeview-columncount-member; a table's view is its filtered rows: github.com/OfficeDev/office-js-docs/issues/579)", async () => {
    const context = fakeContext(tableSeed(["B"]));
    const view = context.workbook.tables.getItem("T").getDataBodyRange().getVisibleView();
    view.load("values,rowCount,columnCount");
    await context.sync();
    expect(view.values).toEqual([
      ["a", 3],
      ["c", 3],
      ["d", 5],
    ]);
    expect([view.rowCount, view.columnCount]).toEqual([3, 2]);
  });

  it("Range.columnHidden is true when every column is hidden, false when none is, null when some are (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member)", async () => {
    const context = fakeContext(tableSeed(["B"]));
    const sheet = context.workbook.worksheets.getItem("S");
    const [all, none, some] = ["B1:B6", "C1:C6", "A1:C6"].map((address) => sheet.getRange(address));
    // reading before load is refused, as in Excel

    expect(() => all!.columnHidden).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    for (const range of [all!, none!, some!]) range.load("columnHidden");
    await context.sync();
    expect([all!.columnHidden, none!.columnHidden, some!.columnHidden]).toEqual([true, false, null]);
  });
});

describe("writing", () => {
  it("keeps a leading apostrophe as the prefix, not the value (github.com/OfficeDev/office-js/issues/6687)", async () => {
    const state = new FakeWorkbookState(survey);
    const context = new FakeContext(state);
    const range = context.workbook.worksheets.getItem("Survey").getRange("E1:F1");
    range.numberFormat = [["@", "General"]];
    range.values = [["'Survey'!A1", "''twice"]];
    await context.sync();
    expect(state.sheet("Survey")!.cellAt(0, 4)).toBe("Survey'!A1");
    expect(state.sheet("Survey")!.cellAt(0, 5)).toBe("'twice");
  });

  it("stores formulas without evaluating them: cells and spills read empty (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview)", async () => {
    const state = new FakeWorkbookState(survey);
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("Survey");
    sheet.getRange("H1").formulas = [["=CX.GAP(B2:B3,C2:C3)"]];
    const read = sheet.getRange("H1:H3");
    read.load("values");
    await context.sync();
    expect(read.values).toEqual([[""], [""], [""]]);
    expect(state.sheet("Survey")!.formulas.get("0,7")).toBe("=CX.GAP(B2:B3,C2:C3)");
  });

  it("refuses a request above the payload limit as a whole (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)", async () => {
    const state = new FakeWorkbookState({
      ...survey,
      limits: { maxCellsPerRead: 5_000_000, maxPayloadBytes: 1_000 },
    });
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("Survey");
    sheet.getRange("H1").values = [["kept?"]];
    sheet.getRange("A20:A21").values = [["x".repeat(600)], ["y".repeat(600)]];
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(state.sheet("Survey")!.cellAt(0, 7)).toBe("");
    expect(state.largestRequestBytes).toBeGreaterThan(1_000);
  });
});

describe("charts", () => {
  const chartOver = async (rows: (string | number)[][], type: string) => {
    const state = new FakeWorkbookState({ sheets: [{ name: "S", rows }] });
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.charts.add(type, sheet.getRange(`A1:C${rows.length}`), "Columns");
    await context.sync();
    return state.charts[0]!;
  };

  it("takes series names and categories from the cells at creation (support.microsoft.com/office/create-a-chart-from-start-to-finish-0baf399e-dd61-4e18-8a73-b3fd5d5680c2)", async () => {
    const chart = await chartOver(
      [
        ["Dimension", "E", "P"],
        ["speed", 4, 3],
        ["staff", 5, 4],
      ],
      "BarClustered",
    );
    expect(chart.series).toEqual([
      { name: "E", values: "B2:B3", xValues: "A2:A3", pointCount: 2, pointLabels: {} },
      { name: "P", values: "C2:C3", xValues: "A2:A3", pointCount: 2, pointLabels: {} },
    ]);
  });

  it("over cells a formula has not filled yet, makes every column a nameless series without categories", async () => {
    const chart = await chartOver(
      [
        ["", "", ""],
        ["", "", ""],
      ],
      "BarClustered",
    );
    expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      [undefined, "A1:A2", undefined],
      [undefined, "B1:B2", undefined],
      [undefined, "C1:C2", undefined],
    ]);
  });

  it("refuses a point beyond the series (learn.microsoft.com/javascript/api/excel/excel.chartpointscollection)", async () => {
    const state = new FakeWorkbookState({
      sheets: [
        {
          name: "S",
          rows: [
            ["x", "y"],
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("XYScatter", sheet.getRange("A1:B3"), "Columns");
    chart.series.getItemAt(0).points.getItemAt(1).dataLabel.text = "last";
    await context.sync();
    chart.series.getItemAt(0).points.getItemAt(2).dataLabel.text = "beyond";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("chart settings the results sheets use", () => {
  const scatter = (seed: Partial<WorkbookSeed> = {}) => {
    const state = new FakeWorkbookState({
      sheets: [
        {
          name: "S",
          rows: [
            ["x", "y"],
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          hiddenRows: [3],
        },
      ],
      ...seed,
    });
    const context = new FakeContext(state);
    const sheet = context.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("XYScatter", sheet.getRange("A1:B4"), "Columns");
    return { state, context, sheet, chart };
  };

  it('ChartAxis.minimum and maximum take a number or "" (automatic) from ExcelApi 1.1, nothing else (learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member)', async () => {
    const { context, chart, state } = scatter({ excelApiMinor: 1 });
    chart.axes.valueAxis.minimum = -1;
    chart.axes.categoryAxis.maximum = 6;
    await context.sync();
    expect(state.charts[0]!.axes).toEqual({ value: { minimum: -1 }, category: { maximum: 6 } });
    chart.axes.valueAxis.maximum = Number.NaN;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("ChartDataLabel.position is ExcelApi 1.7 and one of ChartDataLabelPosition (learn.microsoft.com/javascript/api/excel/excel.chartdatalabel#excel-excel-chartdatalabel-position-member)", async () => {
    const { context, chart, state } = scatter({ excelApiMinor: 7 });
    chart.series.getItemAt(0).points.getItemAt(0).dataLabel.position = "Left";
    await context.sync();
    expect(state.charts[0]!.series[0]!.labelPositions).toEqual({ 0: "Left" });
    // VBA's name for it (xlLabelPositionAbove) is not an Office.js position
    chart.series.getItemAt(0).points.getItemAt(1).dataLabel.position = "Above";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const older = scatter({ excelApiMinor: 6 });
    older.chart.series.getItemAt(0).points.getItemAt(0).dataLabel.position = "Left";
    await expect(older.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("a new chart plots visible cells only; plotVisibleOnly = false (ExcelApi 1.8) plots hidden rows too (learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member)", async () => {
    const { context, chart, state } = scatter();
    await context.sync();
    const record = state.charts[0]!;
    expect(plottedPoints(state, record, record.series[0]!)).toEqual([0, 2]);
    chart.plotVisibleOnly = false;
    await context.sync();
    expect(plottedPoints(state, record, record.series[0]!)).toEqual([0, 1, 2]);
  });

  it("Range.rowHidden hides rows (ExcelApi 1.2); RangeFormat.autofitRows shows them again (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member)", async () => {
    const { context, sheet } = scatter();
    sheet.getRange("A2:B2").rowHidden = true;
    const view = sheet.getRange("A1:B4").getVisibleView();
    view.load("values");
    await context.sync();
    expect(view.values).toEqual([
      ["x", "y"],
      [5, 6],
    ]);
    sheet.getRange("A2:B3").format.autofitRows();
    const after = sheet.getRange("A1:B4").getVisibleView();
    after.load("values");
    await context.sync();
    expect(after.values).toEqual([
      ["x", "y"],
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });
});

describe("the default host", () => {
  it("is the oldest Excel the manifest admits, not the newest (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets)", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    // SharedRuntime 1.1 first shipped in Office 2021 (ExcelApi up to 1.14); a declared ExcelApi minimum raises it
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    const declared = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(manifest);
    const lowest = Math.max(14, declared ? Number(declared[1]) : 1);
    expect(LOWEST_HOST_EXCEL_API_MINOR).toBe(lowest);
    const state = new FakeWorkbookState(survey);
    expect(state.supports(`1.${lowest}`)).toBe(true);
    expect(state.supports(`1.${lowest + 1}`)).toBe(false);
  });
});
