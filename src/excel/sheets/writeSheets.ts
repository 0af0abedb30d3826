import { boxAddress, parseAddress } from "../a1";
import { ACTION_PLAN_SHEET_KEY, RESULTS_MARKER_PROPERTY, SUMMARY_SHEET_KEY } from "../settingsStore";
import type { PlannedSheet, WritePlan } from "../types";
import { addTable, uniqueName, writeBlock } from "../writeResults";
import { layoutActionPlan, type ExistingActionPlan, type SheetValue } from "./actionPlanSheet";

export { ACTION_PLAN_SHEET_KEY, SUMMARY_SHEET_KEY };
/** header fill of the action plan (not an Excel table: a refresh rewrites it in place) */
const HEADER_FILL = "#DDEBF7";
/** red for the lowest gap, white at 0, green for the highest */
const SCALE = { low: "#F8696B", zero: "#FFFFFF", high: "#63BE7B" };

export interface ManagerSheetMarkers {
  summary: Excel.Setting;
  actionPlan: Excel.Setting;
}

/** Queues the lookup of the stored sheet ids (first sync of a write). */
export function loadManagerSheetMarkers(workbook: Excel.Workbook): ManagerSheetMarkers {
  const summary = workbook.settings.getItemOrNullObject(SUMMARY_SHEET_KEY);
  const actionPlan = workbook.settings.getItemOrNullObject(ACTION_PLAN_SHEET_KEY);
  summary.load("value");
  actionPlan.load("value");
  return { summary, actionPlan };
}

/** The sheet whose id the marker holds: the only proof that a sheet is the add-in's own. */
export function ownSheet(sheets: Excel.Worksheet[], marker: Excel.Setting): Excel.Worksheet | undefined {
  if (marker.isNullObject) return undefined;
  const id = String(marker.value);
  return sheets.find((sheet) => sheet.id === id);
}

/**
 * Reads the action plan the manager has been editing (one sync, only on a refresh that finds one): the
 * values of its used range (Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4) and where that range starts.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
 */
export async function readActionPlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<ExistingActionPlan | undefined> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,address");
  await context.sync();
  if (used.isNullObject) return undefined;
  const box = parseAddress(used.address);
  return { values: used.values as SheetValue[][], row: box.row, column: box.column };
}

/**
 * Queues the summary (a new sheet each time, first in the workbook and activated) and the action plan (the
 * add-in's earlier one rewritten in place, or a new one) in the write sync. Writes go only to sheets that
 * this write created or that the stored ids prove are the add-in's own.
 */
export function writeManagerSheets(
  plan: WritePlan,
  options: {
    sheets: Excel.WorksheetCollection;
    /** sheet names in use (lower case); names given here are added */
    taken: Set<string>;
    tableNames: Set<string>;
    ownActionPlan?: Excel.Worksheet;
    existingActionPlan?: ExistingActionPlan;
    canHighlight: boolean;
    canMark: boolean;
  },
): {
  summary?: Excel.Worksheet;
  summaryName?: string;
  /** names given to the summary's tables */
  summaryTables?: string[];
  actionPlan?: Excel.Worksheet;
  actionPlanName?: string;
  keptRows: number;
} {
  const result: ReturnType<typeof writeManagerSheets> = { keptRows: 0 };
  const newName = (base: string): string => {
    const name = uniqueName(base, (n) => options.taken.has(n.toLowerCase()), " ");
    options.taken.add(name.toLowerCase());
    return name;
  };
  if (plan.summary) {
    const name = newName(plan.summary.sheetBaseName);
    const sheet = options.sheets.add(name);
    result.summaryTables = writeSheet(sheet, plan.summary, options.tableNames, options.canHighlight);
    if (options.canMark) sheet.customProperties.add(RESULTS_MARKER_PROPERTY, "summary");
    // Worksheet.position and activate(): ExcelApi 1.1 — the manager's sheet comes first and opens
    sheet.position = 0;
    sheet.activate();
    sheet.load("id");
    result.summary = sheet;
    result.summaryName = name;
  }
  if (plan.actionPlan) {
    const layout = layoutActionPlan(plan.actionPlan, options.existingActionPlan);
    let sheet = options.ownActionPlan;
    let name: string;
    if (sheet) {
      name = sheet.name;
    } else {
      name = newName(plan.actionPlan.sheetBaseName);
      sheet = options.sheets.add(name);
      sheet.position = plan.summary ? 1 : 0;
      if (options.canMark) sheet.customProperties.add(RESULTS_MARKER_PROPERTY, "actionPlan");
    }
    for (const block of layout.blocks) writeBlock(sheet, block);
    const table = layout.blocks[layout.blocks.length - 1]!;
    const header = sheet.getRange(boxAddress({ ...parseAddress(table.address), rowCount: 1 }));
    header.format.fill.color = HEADER_FILL;
    layout.columnWidths.forEach((width, column) => {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
    });
    sheet.load("id");
    result.actionPlan = sheet;
    result.actionPlanName = name;
    result.keptRows = layout.keptRows;
  }
  return result;
}

function writeSheet(
  sheet: Excel.Worksheet,
  planned: PlannedSheet,
  tableNames: Set<string>,
  canHighlight: boolean,
): string[] {
  const names: string[] = [];
  for (const block of planned.blocks) writeBlock(sheet, block);
  planned.columnWidths?.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
  });
  for (const plannedTable of planned.tables) {
    names.push(addTable(sheet, plannedTable, tableNames, canHighlight));
  }
  if (!canHighlight) return names;
  // a red–white–green colour scale centred on gap 0 (ConditionalColorScaleCriterion, ExcelApi 1.6)
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcolorscalecriterion
  for (const address of planned.colorScales ?? []) {
    const format = sheet.getRange(address).conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { formula: null as unknown as string, type: "LowestValue", color: SCALE.low },
      midpoint: { formula: "0", type: "Number", color: SCALE.zero },
      maximum: { formula: null as unknown as string, type: "HighestValue", color: SCALE.high },
    };
  }
  return names;
}
