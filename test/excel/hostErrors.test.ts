/**
 * Host refusals get a kind the pane can explain (Excel.ErrorCodes:
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-error-handling).
 */
import { createExcelGateway } from "../../src/excel/gateway";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import { STORE_SURVEY } from "../survey/fixtures";

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

const seed = (selection: string) => ({
  sheets: [{ name: "Survey", rows: [STORE_SURVEY.headers, ...(STORE_SURVEY.rows as (string | number)[][])] }],
  selection,
});

describe("host errors", () => {
  it("several selected ranges are their own case, not 'Excel reported a problem' (getSelectedRange throws: learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1))", async () => {
    office = installFakeOffice(globalThis, seed("Survey!A1:C9,E1:F9"));
    await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({
      kind: "multipleSelection",
      officeCode: "InvalidSelection",
      retryable: false,
    });
  });

  it("AccessDenied is not always a protected sheet: the pane says what else it may be", async () => {
    office = installFakeOffice(globalThis, seed("Survey!A1:L9"));
    office.failSync({ onSync: 1, code: "AccessDenied" });
    await expect(createExcelGateway().readSurvey()).rejects.toMatchObject({ kind: "accessDenied" });
    for (const text of [enUS.hostErrors.accessDenied, zhCN.hostErrors.accessDenied]) {
      expect(text).toMatch(/protect|保护/);
      expect(text).toMatch(/read-only|只读/);
    }
    expect(enUS.hostErrors.multipleSelection).toMatch(/as one range/);
  });
});
