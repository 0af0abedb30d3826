/* global __dirname */
/**
 * Every Office.js API the code calls, with the requirement set Microsoft's reference gives it, checked against what
 * manifest.xml declares (a host without those sets never loads the add-in) or against an isSetSupported check in
 * the code. The list of calls is not kept by hand: test/project/officeApiUses.ts finds them with the TypeScript
 * type checker, so a new call without a row here fails.
 *
 * Sources: the API reference, https://learn.microsoft.com/en-us/javascript/api/excel (one page per interface, e.g.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-gettables-member(1) for
 * Range.getTables, ExcelApi 1.9), https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime and
 * https://learn.microsoft.com/en-us/javascript/api/office; the requirement-set pages
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets and
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/custom-functions-requirement-sets.
 * Where the reference names no set for a member (load, items, isNullObject on the *OrNullObject results, Excel.run,
 * CustomFunctions.associate), the row gives the set of the object it belongs to; "Common" is the Office common API
 * that every host with Office.js has (Office.onReady, Office.context, requirements.isSetSupported).
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { DOMParser } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";
import { API } from "../../src/excel/officeHost";
import { officeApiUses, type OfficeApiUse } from "./officeApiUses";

const ROOT = path.resolve(__dirname, "../..");

/** Where the code checks a requirement set before a call that needs more than the manifest declares. */
interface Gate {
  /** the file holding the check, and the text of the check */
  file: string;
  check: string;
  /** the ExcelApi version the check asks for */
  checks: string;
}

const CHART_POINT_LABELS: Gate = {
  // the IPA chart's plan requires ExcelApi 1.8; writeResults skips a chart whose `requires` the host lacks
  file: "src/excel/charts/priorityMatrixChart.ts",
  check: 'requires: ["ExcelApi 1.8"]',
  checks: "1.8",
};
const PLOT_HIDDEN_CELLS: Gate = {
  // the matrix chart plots its hidden helper rows only where the host has ExcelApi 1.8
  file: "src/excel/charts/drawChart.ts",
  check: "plan.plotHiddenCells && isExcelApiSupported(API.plotVisibleOnly)",
  checks: API.plotVisibleOnly,
};
const RANGE_TABLES: Gate = {
  file: "src/excel/readSurvey.ts",
  check: "isExcelApiSupported(API.rangeTables)",
  checks: API.rangeTables,
};
const CUSTOM_PROPERTIES: Gate = {
  file: "src/excel/writeResults.ts",
  check: "isExcelApiSupported(API.customProperties)",
  checks: API.customProperties,
};

/** member → [requirement set, the check that guards it where the manifest's minimum is lower] */
const REQUIREMENTS: Array<[string, string, Gate?]> = [
  ["CustomFunctions.Error", "CustomFunctionsRuntime 1.2"],
  ["CustomFunctions.ErrorCode", "CustomFunctionsRuntime 1.2"],
  ["CustomFunctions.ErrorCode.divisionByZero", "CustomFunctionsRuntime 1.3"],
  ["CustomFunctions.ErrorCode.invalidNumber", "CustomFunctionsRuntime 1.3"],
  ["CustomFunctions.ErrorCode.invalidValue", "CustomFunctionsRuntime 1.3"],
  ["CustomFunctions.ErrorCode.notAvailable", "CustomFunctionsRuntime 1.3"],
  ["CustomFunctions.associate", "CustomFunctionsRuntime 1.1"],
  ["Excel.CellValueConditionalFormat.format", "ExcelApi 1.6"],
  ["Excel.CellValueConditionalFormat.rule", "ExcelApi 1.6"],
  ["Excel.Chart.axes", "ExcelApi 1.1"],
  ["Excel.Chart.plotVisibleOnly", "ExcelApi 1.8", PLOT_HIDDEN_CELLS],
  ["Excel.Chart.series", "ExcelApi 1.1"],
  ["Excel.Chart.setPosition", "ExcelApi 1.1"],
  ["Excel.Chart.title", "ExcelApi 1.1"],
  ["Excel.ChartAxes.categoryAxis", "ExcelApi 1.1"],
  ["Excel.ChartAxes.valueAxis", "ExcelApi 1.1"],
  ["Excel.ChartAxis.maximum", "ExcelApi 1.1"],
  ["Excel.ChartAxis.minimum", "ExcelApi 1.1"],
  ["Excel.ChartAxis.reversePlotOrder", "ExcelApi 1.7"],
  ["Excel.ChartAxis.title", "ExcelApi 1.1"],
  ["Excel.ChartAxisTitle.text", "ExcelApi 1.1"],
  ["Excel.ChartCollection.add", "ExcelApi 1.1"],
  ["Excel.ChartCollection.items", "ExcelApi 1.1"],
  ["Excel.ChartCollection.load", "ExcelApi 1.1"],
  ["Excel.ChartDataLabel.position", "ExcelApi 1.7"],
  ["Excel.ChartDataLabel.text", "ExcelApi 1.8", CHART_POINT_LABELS],
  ["Excel.ChartPoint.dataLabel", "ExcelApi 1.7"],
  ["Excel.ChartPoint.hasDataLabel", "ExcelApi 1.7"],
  ["Excel.ChartPointsCollection.getItemAt", "ExcelApi 1.1"],
  ["Excel.ChartSeries.chartType", "ExcelApi 1.7"],
  ["Excel.ChartSeries.hasDataLabels", "ExcelApi 1.7"],
  ["Excel.ChartSeries.markerStyle", "ExcelApi 1.7"],
  ["Excel.ChartSeries.name", "ExcelApi 1.1"],
  ["Excel.ChartSeries.points", "ExcelApi 1.1"],
  ["Excel.ChartSeries.setValues", "ExcelApi 1.7"],
  ["Excel.ChartSeries.setXAxisValues", "ExcelApi 1.7"],
  ["Excel.ChartSeriesCollection.add", "ExcelApi 1.7"],
  ["Excel.ChartSeriesCollection.getItemAt", "ExcelApi 1.1"],
  ["Excel.ChartTitle.text", "ExcelApi 1.1"],
  ["Excel.ColorScaleConditionalFormat.criteria", "ExcelApi 1.6"],
  ["Excel.ConditionalFormat.cellValue", "ExcelApi 1.6"],
  ["Excel.ConditionalFormat.colorScale", "ExcelApi 1.6"],
  ["Excel.ConditionalFormatCollection.add", "ExcelApi 1.6"],
  ["Excel.ConditionalRangeFill.color", "ExcelApi 1.6"],
  ["Excel.ConditionalRangeFont.color", "ExcelApi 1.6"],
  ["Excel.ConditionalRangeFormat.fill", "ExcelApi 1.6"],
  ["Excel.ConditionalRangeFormat.font", "ExcelApi 1.6"],
  ["Excel.Range.address", "ExcelApi 1.1"],
  ["Excel.Range.columnCount", "ExcelApi 1.1"],
  ["Excel.Range.columnHidden", "ExcelApi 1.2"],
  ["Excel.Range.conditionalFormats", "ExcelApi 1.6"],
  ["Excel.Range.format", "ExcelApi 1.1"],
  ["Excel.Range.formulas", "ExcelApi 1.1"],
  ["Excel.Range.getCell", "ExcelApi 1.1"],
  ["Excel.Range.getSurroundingRegion", "ExcelApi 1.7"],
  ["Excel.Range.getTables", "ExcelApi 1.9", RANGE_TABLES],
  ["Excel.Range.getUsedRangeOrNullObject", "ExcelApi 1.4"],
  ["Excel.Range.getVisibleView", "ExcelApi 1.3"],
  ["Excel.Range.load", "ExcelApi 1.1"],
  ["Excel.Range.numberFormat", "ExcelApi 1.1"],
  ["Excel.Range.rowCount", "ExcelApi 1.1"],
  ["Excel.Range.rowHidden", "ExcelApi 1.2"],
  ["Excel.Range.values", "ExcelApi 1.1"],
  ["Excel.Range.worksheet", "ExcelApi 1.1"],
  ["Excel.RangeFill.color", "ExcelApi 1.1"],
  ["Excel.RangeFont.bold", "ExcelApi 1.1"],
  ["Excel.RangeFont.size", "ExcelApi 1.1"],
  ["Excel.RangeFormat.autofitRows", "ExcelApi 1.2"],
  ["Excel.RangeFormat.columnWidth", "ExcelApi 1.2"],
  ["Excel.RangeFormat.fill", "ExcelApi 1.1"],
  ["Excel.RangeFormat.font", "ExcelApi 1.1"],
  ["Excel.RangeFormat.wrapText", "ExcelApi 1.1"],
  ["Excel.RangeView.load", "ExcelApi 1.3"],
  ["Excel.RangeView.values", "ExcelApi 1.3"],
  ["Excel.RequestContext.workbook", "ExcelApi 1.1"],
  ["Excel.Setting.load", "ExcelApi 1.1"],
  ["Excel.Setting.value", "ExcelApi 1.4"],
  ["Excel.SettingCollection.add", "ExcelApi 1.4"],
  ["Excel.SettingCollection.getItemOrNullObject", "ExcelApi 1.4"],
  ["Excel.Table.getDataBodyRange", "ExcelApi 1.1"],
  ["Excel.Table.getHeaderRowRange", "ExcelApi 1.1"],
  ["Excel.Table.getRange", "ExcelApi 1.1"],
  ["Excel.Table.load", "ExcelApi 1.1"],
  ["Excel.Table.name", "ExcelApi 1.1"],
  ["Excel.Table.showHeaders", "ExcelApi 1.1"],
  ["Excel.Table.style", "ExcelApi 1.1"],
  ["Excel.TableCollection.add", "ExcelApi 1.1"],
  ["Excel.TableCollection.getItem", "ExcelApi 1.1"],
  ["Excel.TableCollection.getItemOrNullObject", "ExcelApi 1.4"],
  ["Excel.TableCollection.items", "ExcelApi 1.1"],
  ["Excel.TableCollection.load", "ExcelApi 1.1"],
  ["Excel.TableScopedCollection.items", "ExcelApi 1.1"],
  ["Excel.TableScopedCollection.load", "ExcelApi 1.1"],
  ["Excel.Workbook.getSelectedRange", "ExcelApi 1.1"],
  ["Excel.Workbook.settings", "ExcelApi 1.4"],
  ["Excel.Workbook.tables", "ExcelApi 1.1"],
  ["Excel.Workbook.worksheets", "ExcelApi 1.1"],
  ["Excel.Worksheet.activate", "ExcelApi 1.1"],
  ["Excel.Worksheet.charts", "ExcelApi 1.1"],
  ["Excel.Worksheet.customProperties", "ExcelApi 1.12", CUSTOM_PROPERTIES],
  ["Excel.Worksheet.delete", "ExcelApi 1.1"],
  ["Excel.Worksheet.getRange", "ExcelApi 1.1"],
  ["Excel.Worksheet.getRangeByIndexes", "ExcelApi 1.7"],
  ["Excel.Worksheet.getUsedRangeOrNullObject", "ExcelApi 1.4"],
  ["Excel.Worksheet.id", "ExcelApi 1.1"],
  ["Excel.Worksheet.load", "ExcelApi 1.1"],
  ["Excel.Worksheet.name", "ExcelApi 1.1"],
  ["Excel.Worksheet.position", "ExcelApi 1.1"],
  ["Excel.Worksheet.tables", "ExcelApi 1.1"],
  ["Excel.WorksheetCollection.add", "ExcelApi 1.1"],
  ["Excel.WorksheetCollection.getItem", "ExcelApi 1.1"],
  ["Excel.WorksheetCollection.items", "ExcelApi 1.1"],
  ["Excel.WorksheetCollection.load", "ExcelApi 1.1"],
  ["Excel.WorksheetCustomProperty.load", "ExcelApi 1.12", CUSTOM_PROPERTIES],
  ["Excel.WorksheetCustomPropertyCollection.add", "ExcelApi 1.12", CUSTOM_PROPERTIES],
  ["Excel.WorksheetCustomPropertyCollection.getItemOrNullObject", "ExcelApi 1.12", CUSTOM_PROPERTIES],
  ["Excel.run", "ExcelApi 1.1"],
  ["Office.Context.displayLanguage", "Common"],
  ["Office.Context.officeTheme", "Common"],
  ["Office.Context.requirements", "Common"],
  ["Office.OfficeTheme.bodyBackgroundColor", "Common"],
  ["Office.RequirementSetSupport.isSetSupported", "Common"],
  ["Office.context", "Common"],
  ["Office.onReady", "Common"],
  ["OfficeExtension.ClientObject.isNullObject", "ExcelApi 1.4"],
  ["OfficeExtension.ClientRequestContext.sync", "ExcelApi 1.1"],
];

function version(set: string): number[] {
  return (/(\d+(?:\.\d+)*)$/.exec(set)?.[1] ?? "0").split(".").map(Number);
}

function atLeast(have: string, need: string): boolean {
  const [a, b] = [version(have), version(need)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

function declaredSets(): Map<string, string> {
  const manifest = new DOMParser().parseFromString(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    "text/xml",
  );
  const sets = new Map<string, string>();
  const elements = manifest.getElementsByTagName("Set");
  for (let i = 0; i < elements.length; i++) {
    const element = elements.item(i)!;
    sets.set(element.getAttribute("Name") ?? "", element.getAttribute("MinVersion") ?? "");
  }
  return sets;
}

describe("the Office APIs the code calls and their requirement sets", () => {
  let uses: OfficeApiUse[];
  const table = new Map(REQUIREMENTS.map(([member, set, gate]) => [member, { set, gate }]));
  const declared = declaredSets();

  beforeAll(() => {
    uses = officeApiUses();
  }, 120_000);

  it("finds the calls (the scan itself works)", () => {
    expect(uses.map((use) => use.member)).toEqual(
      expect.arrayContaining(["Excel.run", "Excel.Range.getTables", "CustomFunctions.associate"]),
    );
  });

  it("has a row for every API the code calls, and none for an API it no longer calls", () => {
    const used = uses.map((use) => use.member);
    expect(used.filter((member) => !table.has(member))).toEqual([]);
    expect([...table.keys()].filter((member) => !used.includes(member))).toEqual([]);
  });

  it("gives each API the set its reference page states", () => {
    const differing = uses
      .filter((use) => use.referenceSet !== "" && table.get(use.member)?.set !== use.referenceSet)
      .map((use) => `${use.member}: reference ${use.referenceSet}, table ${table.get(use.member)?.set}`);
    expect(differing).toEqual([]);
  });

  it("declares in the manifest every set the unguarded calls need", () => {
    const beyond = REQUIREMENTS.filter(([, set, gate]) => {
      if (gate || set === "Common") return false;
      const [name] = set.split(" ");
      const minimum = declared.get(name ?? "") ?? (name === "ExcelApi" ? "1.1" : undefined);
      return minimum === undefined || !atLeast(minimum, set);
    }).map(([member, set]) => `${member} needs ${set}`);
    expect(beyond).toEqual([]);
    expect(declared.get("SharedRuntime")).toBe("1.1");
  });

  it("guards every call beyond the declared ExcelApi minimum by a check of a set that covers it", () => {
    const minimum = declared.get("ExcelApi") ?? "1.1";
    for (const [member, set, gate] of REQUIREMENTS) {
      if (!gate) continue;
      expect({ member, beyondMinimum: !atLeast(minimum, set) }).toEqual({ member, beyondMinimum: true });
      expect({ member, covered: atLeast(gate.checks, set) }).toEqual({ member, covered: true });
      expect(fs.readFileSync(path.join(ROOT, gate.file), "utf8")).toContain(gate.check);
    }
  });
});
