/**
 * A survey kept in an Excel table is read through the table whether one cell or the whole range is
 * selected: its header row and the visible rows of its data body, never its total row or the rows its
 * filter hides (Range.getVisibleView, ExcelApi 1.3:
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1);
 * Table.getDataBodyRange: learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)).
 * What was left out is reported, for the pane to say.
 */
import { createExcelGateway } from "../../src/excel/gateway";
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

  it("the pane says what was left out, in English and Chinese", () => {
    expect(enUS.surveyLeftOut(true, 1)).toBe(
      "Left out of the table: its total row and 1 row hidden by its filter.",
    );
    expect(enUS.surveyLeftOut(false, 3)).toBe("Left out of the table: 3 rows hidden by its filter.");
    expect(zhCN.surveyLeftOut(true, 2)).toBe("未计入表格的：汇总行和筛选隐藏的 2 行。");
  });
});
