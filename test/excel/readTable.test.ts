/**
 * A survey kept in an Excel table is read through the table whether one cell or the whole range is
 * selected: its header row and the visible rows of its data body, never its total row or the rows its
 * filter hides (Range.getVisibleView, ExcelApi 1.3:
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1);
 * Table.getDataBodyRange: learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)).
 * What was left out is reported, for the pane to say.
 */
import { createExcelGateway } from "../../src/excel/gateway";
import { selectedBodyRows } from "../../src/excel/readSurvey";
import { defaultSettings, detectColumnRoles } from "../../src/survey";
import { installFakeOffice, type FakeOffice, type WorkbookSeed } from "../doubles/installFakeOffice";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import { STORE_SURVEY } from "../survey/fixtures";

const TOTALS = ["Average", "", 4.4, 3.5, 4.6, 4.1, 4.1, 3.3, 4, 3.3, 4.4, 3.6];

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

/** STORE_SURVEY as the table Answers (A1:L10) with a total row; respondent 104 (sheet row 5) filtered out */
const tableSeed = (selection: string): WorkbookSeed => ({
  sheets: [
    {
      name: "Survey",
      rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][]), TOTALS],
      hiddenRows: [5],
    },
  ],
  tables: [{ name: "Answers", sheet: "Survey", address: "A1:L10", totals: true }],
  selection,
});

const visibleRows = STORE_SURVEY.rows.filter((row) => row[0] !== 104);

describe("a survey in an Excel table", () => {
  it.each(["Survey!A1:L10", "Survey!A1:M12", "Survey!C4"])(
    "selected as %s, is read without its total row and filtered-out rows",
    async (selection) => {
      office = installFakeOffice(globalThis, tableSeed(selection));
      const survey = await createExcelGateway().readSurvey();
      expect(survey).toMatchObject({ origin: "table", tableName: "Answers", headers: STORE_SURVEY.headers });
      expect(survey.rows).toEqual(visibleRows);
      expect(survey.leftOut).toEqual({ totalRow: true, hiddenRows: 1 });
    },
  );

  it("selected in part of its columns, keeps those columns", async () => {
    office = installFakeOffice(globalThis, tableSeed("Survey!C1:D10"));
    const survey = await createExcelGateway().readSurvey();
    expect(survey.headers).toEqual(["Exp_Speed", "Perc_Speed"]);
    expect(survey.rows).toEqual(visibleRows.map((row) => row.slice(2, 4)));
    expect(survey.address).toBe("C1:D9");
  });

  it("read in row blocks (a small payload limit), still leaves out the hidden rows", async () => {
    const limits = { maxCellsPerRead: 5_000_000, maxPayloadBytes: 600 };
    office = installFakeOffice(globalThis, { ...tableSeed("Survey!A1:L10"), limits });
    const survey = await createExcelGateway(limits).readSurvey();
    expect(survey.rows).toEqual(visibleRows);
    expect(survey.leftOut).toEqual({ totalRow: true, hiddenRows: 1 });
  });

  it("says nothing was left out when nothing was", async () => {
    office = installFakeOffice(globalThis, {
      sheets: [
        { name: "Survey", rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][])] },
      ],
      tables: [{ name: "Answers", sheet: "Survey", address: "A1:L9" }],
      selection: "Survey!A1:L9",
    });
    const survey = await createExcelGateway().readSurvey();
    expect(survey.rows).toEqual(STORE_SURVEY.rows);
    expect(survey.leftOut).toBeUndefined();
  });

  it("says what was left out, in English and Chinese", () => {
    expect(enUS.surveyLeftOut(true, 1)).toBe(
      "Left out of the table: its total row and 1 row hidden by its filter.",
    );
    expect(enUS.surveyLeftOut(false, 3)).toBe("Left out of the table: 3 rows hidden by its filter.");
    expect(zhCN.surveyLeftOut(true, 2)).toBe("未计入表格的：汇总行和筛选隐藏的 2 行。");
  });
});

/** respondents of sheet rows first…last (2 = respondent 101), as the fixture holds them */
const sheetRows = (first: number, last: number) => STORE_SURVEY.rows.slice(first - 2, last - 1);
const respondent104 = (row: (typeof STORE_SURVEY.rows)[number]) => row[0] !== 104;

describe("a selection of some of a table's rows", () => {
  it.each([
    // selection, rows read, the data rows named, left out
    [
      "Survey!A3:L7",
      sheetRows(3, 7).filter(respondent104),
      "A3:L7",
      "A1:L7",
      { totalRow: false, hiddenRows: 1 },
    ],
    ["Survey!A1:L4", sheetRows(2, 4), "A2:L4", "A1:L4", undefined],
    ["Survey!A8:L10", sheetRows(8, 9), "A8:L9", "A1:L9", { totalRow: true, hiddenRows: 0 }],
    ["Survey!A6:L6", sheetRows(6, 6), "A6:L6", "A1:L6", undefined],
  ])(
    "selected as %s, reads those rows under the table's headers",
    async (selection, rows, tableRows, address, leftOut) => {
      office = installFakeOffice(globalThis, tableSeed(selection));
      const survey = await createExcelGateway().readSurvey();
      expect(survey).toMatchObject({ origin: "table", tableName: "Answers", headers: STORE_SURVEY.headers });
      expect(survey.rows).toEqual(rows);
      expect(survey.tableRows).toBe(tableRows);
      expect(survey.address).toBe(address);
      expect(survey.leftOut).toEqual(leftOut);
    },
  );

  it("a block of cells inside the table reads those cells, under their columns' headers", async () => {
    office = installFakeOffice(globalThis, tableSeed("Survey!C6:D9"));
    const survey = await createExcelGateway().readSurvey();
    expect(survey.headers).toEqual(["Exp_Speed", "Perc_Speed"]);
    expect(survey.rows).toEqual(sheetRows(6, 9).map((row) => row.slice(2, 4)));
    expect(survey.tableRows).toBe("C6:D9");
  });

  it.each(["Survey!A1:L1", "Survey!A10:L10", "Survey!A2:L9", "Survey!A1:L12"])(
    "a selection of every data row, or of none (%s: the header or total row alone), reads the whole table",
    async (selection) => {
      office = installFakeOffice(globalThis, tableSeed(selection));
      const survey = await createExcelGateway().readSurvey();
      expect(survey.rows).toEqual(visibleRows);
      expect(survey.tableRows).toBeUndefined();
    },
  );

  it("is read again the same way on Refresh (the rows saved with the settings), with what was typed since", async () => {
    office = installFakeOffice(globalThis, tableSeed("Survey!A3:L7"));
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const { source } = defaultSettings(survey, detectColumnRoles(survey));
    expect(source).toEqual({
      sheetName: "Survey",
      address: "A1:L7",
      tableName: "Answers",
      tableRows: "A3:L7",
    });
    office.state.select("Survey!B2"); // the selection has moved on since
    office.state.sheet("Survey")!.written.set("2,2", 1); // C3: respondent 102's Exp_Speed, 4 → 1
    const again = await gateway.readSurvey({ source });
    expect(again.rows).toEqual(
      sheetRows(3, 7)
        .filter(respondent104)
        .map((row, index) => (index === 0 ? [row[0], row[1], 1, ...row.slice(3)] : row)),
    );
    expect(again.tableRows).toBe("A3:L7");
  });

  it("the data rows a selection covers: the part of the data body it meets, or none for all or nothing", () => {
    const body = { row: 1, column: 0, rowCount: 8, columnCount: 12 };
    expect(selectedBodyRows(body, { row: 4, rowCount: 3 })).toEqual({ row: 4, rowCount: 3 });
    expect(selectedBodyRows(body, { row: 0, rowCount: 3 })).toEqual({ row: 1, rowCount: 2 });
    expect(selectedBodyRows(body, { row: 0, rowCount: 1 })).toBeUndefined();
    expect(selectedBodyRows(body, { row: 0, rowCount: 20 })).toBeUndefined();
    expect(selectedBodyRows(body, undefined)).toBeUndefined();
  });
});

describe("a table with a hidden column", () => {
  const withHiddenColumn = (selection: string): WorkbookSeed => {
    const seed = tableSeed(selection);
    return { ...seed, sheets: [{ ...seed.sheets[0]!, hiddenColumns: ["E"] }] };
  };

  it.each(["Survey!C4", "Survey!A1:L10", "Survey!D3:F6"])(
    "is refused with a message when the columns read include it (%s): Excel's visible view would shift the answers under the wrong headers",
    async (selection) => {
      office = installFakeOffice(globalThis, withHiddenColumn(selection));
      await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({ kind: "hiddenTableColumns" });
    },
  );

  it("is read when the selected columns leave it out", async () => {
    office = installFakeOffice(globalThis, withHiddenColumn("Survey!C1:D10"));
    const survey = await createExcelGateway().readSurvey();
    expect(survey.headers).toEqual(["Exp_Speed", "Perc_Speed"]);
    expect(survey.rows).toEqual(visibleRows.map((row) => row.slice(2, 4)));
  });

  it("the pane says what to do, in English and Chinese", () => {
    expect(enUS.hostErrors.hiddenTableColumns).toMatch(/Unhide them/);
    expect(zhCN.hostErrors.hiddenTableColumns).toMatch(/取消隐藏/);
  });
});
