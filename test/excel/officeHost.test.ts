/**
 * The host helpers of the Excel layer against office-addin-mock's stand-in for Excel:
 * requirement-set checks, the display language, and Excel.run with its syncs counted and its failures
 * turned into HostErrors the pane can explain.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  isExcelApiSupported,
  officeBodyBackground,
  officeDisplayLanguage,
  runExcel,
  whenOfficeReady,
} from "../../src/excel/officeHost";

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as Globals;

/** Office.context is plain data, not a proxy object that needs load/sync: a plain object stands in for it. */
function installOffice(displayLanguage: string | undefined, highestExcelApi: number): void {
  globals.Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= highestExcelApi,
      },
    },
  };
}

/** An Excel whose selected range reports `address` once loaded; `failWith` is thrown by the batch's host. */
function installExcel(address: string, failWith?: { code: string; message: string }): void {
  globals.Excel = new OfficeMockObject({
    context: {
      workbook: {
        range: { address },
        getSelectedRange: function () {
          return (this as { range: unknown }).range;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      if (failWith) throw Object.assign(new Error(failWith.message), { code: failWith.code });
      return callback((this as { context: unknown }).context);
    },
  });
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe("isExcelApiSupported", () => {
  it("asks Office for the ExcelApi requirement set", () => {
    installOffice("en-US", 7);
    expect(isExcelApiSupported("1.7")).toBe(true);
    expect(isExcelApiSupported("1.8")).toBe(false);
  });

  it("answers false outside Office instead of throwing", () => {
    expect(isExcelApiSupported("1.1")).toBe(false);
  });
});

describe("officeDisplayLanguage", () => {
  it("is Office's display language", () => {
    installOffice("zh-CN", 12);
    expect(officeDisplayLanguage()).toBe("zh-CN");
  });

  it("is en-US when Office does not say, or is absent", () => {
    installOffice(undefined, 12);
    expect(officeDisplayLanguage()).toBe("en-US");
    delete globals.Office;
    expect(officeDisplayLanguage()).toBe("en-US");
  });
});

describe("start-up helpers of the pane", () => {
  it("waits for Office.onReady, and not at all without Office.js", async () => {
    let ready = false;
    globals.Office = {
      onReady: () => Promise.resolve({ host: "Excel" }).then((info) => ((ready = true), info)),
    };
    await whenOfficeReady();
    expect(ready).toBe(true);
    delete globals.Office;
    await expect(whenOfficeReady()).resolves.toBeUndefined();
  });

  it("reads Office's body background for the theme, undefined where the host does not say", () => {
    globals.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(officeBodyBackground()).toBe("#262626");
    globals.Office = { context: {} };
    expect(officeBodyBackground()).toBeUndefined();
    delete globals.Office;
    expect(officeBodyBackground()).toBeUndefined();
  });
});

describe("runExcel", () => {
  it("runs the batch and counts its context.sync calls", async () => {
    installExcel("Survey!A1:BQ41");
    const result = await runExcel(async (context, syncs) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const address = range.address;
      await context.sync();
      return { address, syncs: syncs.count };
    });
    expect(result).toEqual({ address: "Survey!A1:BQ41", syncs: 2 });
  });

  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode", true],
    ["AccessDenied", "accessDenied", false],
    ["ApiNotFound", "unsupportedApi", false],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", false],
    ["GeneralException", "unknown", false],
  ])("turns Office error %s into a HostError of kind %s", async (code, kind, retryable) => {
    installExcel("A1", { code, message: `Office said ${code}` });
    await expect(runExcel(async () => "never")).rejects.toMatchObject({
      name: "HostError",
      kind,
      retryable,
      officeCode: code,
    });
  });

  it("says the Excel API is missing when there is no Excel", async () => {
    await expect(runExcel(async () => "never")).rejects.toMatchObject({
      kind: "unsupportedApi",
      missing: ["ExcelApi 1.1"],
    });
  });
});
