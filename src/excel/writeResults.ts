import { boxAddress, parseAddress } from "./a1";
import { drawChart } from "./charts/drawChart";
import { toHostError } from "./hostError";
import { decideReplace } from "./ownResultsSheet";
import { resultLabels } from "./resultLabels";
import { API, isExcelApiSupported, runExcel } from "./officeHost";
import { RESULTS_MARKER_PROPERTY, RESULTS_SHEET_KEY, SETTINGS_KEY } from "./settingsStore";
import {
  ACTION_PLAN_SHEET_KEY,
  loadManagerSheetMarkers,
  ownSheet,
  readActionPlan,
  SUMMARY_SHEET_KEY,
  writeManagerSheets,
} from "./sheets/writeSheets";
import type {
  ChartSkip,
  PlannedBlock,
  PlannedCell,
  PlannedSpill,
  WriteOptions,
  WritePlan,
  WriteReport,
} from "./types";

const TABLE_STYLE = "TableStyleMedium2";
const NEGATIVE_FONT = "#9C0006";
const NEGATIVE_FILL = "#FFC7CE";
/** header fill of a spilled block, the light blue of TABLE_STYLE's header */
const HEADER_FILL = "#DDEBF7";
/** font size of the sheet's title (the body is Excel's 11) */
const TITLE_SIZE = 14;

/**
 * Executes a write plan in three syncs (four on a refresh that finds the manager's action plan, and one more
 * when replacing an earlier results sheet), ordered so that a chart the host refuses never costs the results:
 * (1) look up sheet names, table names and the markers of the add-in's earlier sheets; (1b) read the action
 * plan the manager has been editing, and, when replacing, check that the earlier results sheet is provably the
 * add-in's own (see decideReplace); (2) create the summary, the action plan (or rewrite it in place, keeping
 * every typed cell) and the details sheet with every value, format, table, live formula and conditional
 * format, and save the analysis settings; (3) store the new sheets' ids as the markers, then draw the charts.
 * Excel runs a batch in order and
 * stops at a failing call, so a refused chart leaves the sheet, the settings and the marker in place; the
 * write then reports the charts as hostRejected (re-storing the marker in a fourth sync, on that path only).
 * Nothing is written outside the new sheet, apart from deleting the add-in's own earlier sheet when asked to.
 */
export function executeWritePlan(plan: WritePlan, options: WriteOptions): Promise<WriteReport> {
  return runExcel(async (context, syncs) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load("items/name,items/id");
    const existingTables = workbook.tables;
    existingTables.load("items/name");
    const marker = workbook.settings.getItemOrNullObject(RESULTS_SHEET_KEY);
    marker.load("value");
    const managerMarkers = loadManagerSheetMarkers(workbook);
    await context.sync();

    // the manager's action plan is read before anything is written (one more sync, on a refresh only)
    const ownActionPlan = plan.actionPlan ? ownSheet(sheets.items, managerMarkers.actionPlan) : undefined;
    const existingActionPlan = ownActionPlan ? await readActionPlan(context, ownActionPlan) : undefined;
    const ownSummary = ownSheet(sheets.items, managerMarkers.summary);

    const ownId = marker.isNullObject ? undefined : String(marker.value);
    const own = sheets.items.find((sheet) => sheet.id === ownId);
    // the summary's tables are read in the sync that decides the replace (none is made when not replacing),
    // so that the new summary's tables take their names as the results sheet's do
    const summaryTables = options.replaceExisting && ownSummary !== undefined ? ownSummary.tables : undefined;
    summaryTables?.load("items/name");
    const decision = await decideReplace(context, own, options);
    const replaced = decision.sheet !== undefined;
    if (replaced) own!.delete();
    // the summary goes with the results sheet it summarises: only when that replace was confirmed and proven,
    // and only a sheet the stored id finds that still bears a summary sheet's name
    const summaryReplaced =
      replaced &&
      plan.summary !== undefined &&
      ownSummary !== undefined &&
      isSummarySheetName(ownSummary.name);
    if (summaryReplaced) ownSummary.delete();
    const freedTableNames = new Set(decision.freedTableNames);
    if (summaryReplaced)
      for (const table of summaryTables?.items ?? []) freedTableNames.add(table.name.toLowerCase());
    const taken = new Set(
      sheets.items
        .filter((s) => !(replaced && s === own) && !(summaryReplaced && s === ownSummary))
        .map((s) => s.name.toLowerCase()),
    );
    const sheetName = uniqueName(plan.sheetBaseName, (name) => taken.has(name.toLowerCase()), " ");
    // the replaced sheet's tables are deleted with it, earlier in the same batch, so their names (which the
    // user's formulas may use, =CXGapItems[Gap]) go to the new tables instead of flipping to CXGapItems2
    const tableNames = new Set(
      existingTables.items.map((t) => t.name.toLowerCase()).filter((n) => !freedTableNames.has(n)),
    );

    taken.add(sheetName.toLowerCase());
    const sheet = sheets.add(sheetName);
    for (const block of plan.blocks) writeBlock(sheet, block);
    plan.columnWidths?.forEach((width, column) => {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
    });
    // Range.rowHidden (ExcelApi 1.2): the chart helper rows are out of sight; the charts still plot them
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
    for (const address of plan.hiddenRows ?? []) sheet.getRange(address).rowHidden = true;

    const tables: WriteReport["tables"] = [];
    const canHighlight = isExcelApiSupported(API.conditionalFormats);
    for (const planned of plan.tables) {
      const name = uniqueName(planned.name, (n) => tableNames.has(n.toLowerCase()), "");
      tableNames.add(name.toLowerCase());
      const table = sheet.tables.add(sheet.getRange(planned.address), true);
      table.name = name;
      table.style = TABLE_STYLE;
      if (planned.negativeHighlight && canHighlight)
        highlightNegatives(sheet.getRange(planned.negativeHighlight));
      tables.push({ name, address: planned.address });
    }
    for (const spill of plan.spills ?? []) {
      writeSpill(sheet, spill);
      if (spill.negativeHighlight && canHighlight)
        highlightNegatives(sheet.getRange(spill.negativeHighlight));
    }
    const canMark = isExcelApiSupported(API.customProperties);
    if (canMark) sheet.customProperties.add(RESULTS_MARKER_PROPERTY, "1");
    const manager = writeManagerSheets(plan, {
      sheets,
      taken,
      tableNames,
      ...(ownActionPlan ? { ownActionPlan } : {}),
      ...(existingActionPlan ? { existingActionPlan } : {}),
      canHighlight,
      canMark,
    });
    workbook.settings.add(SETTINGS_KEY, JSON.stringify(plan.settings));
    sheet.load("id");
    await context.sync();

    const markSheet = (): void => {
      workbook.settings.add(RESULTS_SHEET_KEY, sheet.id);
      if (manager.summary) workbook.settings.add(SUMMARY_SHEET_KEY, manager.summary.id);
      if (manager.actionPlan) workbook.settings.add(ACTION_PLAN_SHEET_KEY, manager.actionPlan.id);
    };
    markSheet();
    let chartsDrawn: WriteReport["chartsDrawn"] = [];
    const chartsSkipped: ChartSkip[] = [];
    const labelling: Array<[WriteReport["chartsDrawn"][number], () => void]> = [];
    for (const chart of plan.charts) {
      const missing = chart.requires.filter((set) => !isExcelApiSupported(set.replace(/^ExcelApi\s*/, "")));
      if (missing.length > 0) {
        chartsSkipped.push({ chart: chart.kind, reason: "unsupportedApi", missing });
        continue;
      }
      const queueLabels = drawChart(sheet, chart);
      if (queueLabels) labelling.push([chart.kind, queueLabels]);
      chartsDrawn.push(chart.kind);
    }
    // the summary's chart after the details charts: the details charts come first in the one order a refusal cuts
    for (const chart of plan.summary?.charts ?? []) {
      const missing = chart.requires.filter((set) => !isExcelApiSupported(set.replace(/^ExcelApi\s*/, "")));
      if (missing.length > 0 || !manager.summary) {
        chartsSkipped.push({ chart: chart.kind, reason: "unsupportedApi", missing });
        continue;
      }
      const queueLabels = drawChart(manager.summary, chart);
      if (queueLabels) labelling.push([chart.kind, queueLabels]);
      chartsDrawn.push(chart.kind);
    }
    // point labels last: Excel stops the batch at a refused call, which then costs no chart or series
    for (const [, queueLabels] of labelling) queueLabels();
    let labelsLeftOut: WriteReport["chartsDrawn"] = [];
    try {
      await context.sync();
    } catch (error) {
      const refusal = toHostError(error);
      if (refusal.retryable || refusal.kind === "protectedSheet" || refusal.kind === "accessDenied")
        throw refusal;
      // the charts before the refused one were drawn; count them, and make sure the marker is stored
      markSheet();
      const drawn = sheet.charts;
      drawn.load("items/name");
      const drawnOnSummary = manager.summary?.charts;
      drawnOnSummary?.load("items/name");
      await context.sync();
      // Excel stops a batch at the refused call, so the charts drawn are the first ones attempted
      const count = drawn.items.length + (drawnOnSummary?.items.length ?? 0);
      const attempted = chartsDrawn;
      chartsDrawn = attempted.slice(0, count);
      for (const chart of attempted.slice(count))
        chartsSkipped.push({ chart, reason: "hostRejected", missing: [] });
      // every chart exists: a point label was refused
      if (chartsDrawn.length === attempted.length) labelsLeftOut = labelling.map(([kind]) => kind);
    }
    const report: WriteReport = {
      sheetName,
      replaced,
      ...(decision.declined ? { replaceDeclined: decision.declined } : {}),
      tables,
      chartsDrawn,
      chartsSkipped,
      syncs: syncs.count,
    };
    if (plan.formulaFallbacks) report.formulaFallbacks = plan.formulaFallbacks;
    if (labelsLeftOut.length > 0) report.labelsLeftOut = labelsLeftOut;
    if (plan.valueColumns) report.valueColumns = plan.valueColumns;
    if (manager.summaryName !== undefined) report.summarySheetName = manager.summaryName;
    if (manager.actionPlanName !== undefined) {
      report.actionPlanSheetName = manager.actionPlanName;
      report.actionPlanRowsKept = manager.keptRows;
    }
    return report;
  });
}

/** "CX Gap results", then "CX Gap results 2", "… 3" until free (Excel compares names case-insensitively). */
export function uniqueName(base: string, isTaken: (name: string) => boolean, separator: string): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base}${separator}${n}`;
    if (!isTaken(name)) return name;
  }
}

/**
 * Number formats first ("@" keeps survey text as text even when it begins with =, +, - or @), then values;
 * only the planned formulas themselves are written as formulas, cell by cell, so no text ever passes through
 * Range.formulas.
 */
export function writeBlock(sheet: Excel.Worksheet, block: PlannedBlock): void {
  const range = sheet.getRange(block.address);
  range.numberFormat = block.cells.map(() => [...block.columnFormats]);
  range.values = block.cells.map((row) => row.map(cellInput));
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isFormula(cell)) range.getCell(r, c).formulas = [[cell.formula]];
    }),
  );
  if (block.style) range.format.font.bold = true;
  if (block.style === "title") range.format.font.size = TITLE_SIZE;
  if (block.wrapHeader) {
    // RangeFormat.wrapText (ExcelApi 1.1) and autofitRows (ExcelApi 1.2): long headers over narrow columns
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat
    const header = sheet.getRange(boxAddress({ ...parseAddress(block.address), rowCount: 1 }));
    header.format.wrapText = true;
    header.format.font.bold = true;
    header.format.autofitRows();
  }
}

/**
 * A live formula spilling a result block: number formats on the rows it will fill, a styled header row (it
 * is not an Excel table: a spill cannot sit inside one), then the formula in its anchor cell.
 */
function writeSpill(sheet: Excel.Worksheet, spill: PlannedSpill): void {
  const box = parseAddress(spill.address);
  const header = sheet.getRange(boxAddress({ ...box, rowCount: 1 }));
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  if (box.rowCount > 1) {
    const body = sheet.getRange(boxAddress({ ...box, row: box.row + 1, rowCount: box.rowCount - 1 }));
    body.numberFormat = Array.from({ length: box.rowCount - 1 }, () => [...spill.columnFormats]);
  }
  sheet.getRange(spill.anchor).formulas = [[spill.formula]];
}

function isFormula(cell: PlannedCell): cell is { formula: string } {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** the value written first; a formula cell stays empty until its formula is set */
function cellInput(cell: PlannedCell): string | number {
  if (cell === null || isFormula(cell)) return "";
  if (typeof cell === "number") return cell;
  return asWritten(cell.text);
}

/**
 * Text as Range.values must receive it to show as written. Excel takes a leading apostrophe as the cell's
 * text prefix and drops it from the value, whatever the number format (github.com/OfficeDev/office-js/issues/6687),
 * so "'Survey'!A1" would show as "Survey'!A1": a second apostrophe becomes the prefix and the text stays whole.
 */
export function asWritten(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

export function highlightNegatives(range: Excel.Range): void {
  const format = range.conditionalFormats.add("CellValue");
  format.cellValue.format.font.color = NEGATIVE_FONT;
  format.cellValue.format.fill.color = NEGATIVE_FILL;
  format.cellValue.rule = { formula1: "0", operator: "LessThan" };
}

/** A name the add-in gives its summary sheet, in either language ("CX Gap summary", "CX Gap 摘要 2"…). */
function isSummarySheetName(name: string): boolean {
  const lower = name.toLowerCase();
  return ["en", "zh-CN"].some((language) => {
    const base = resultLabels(language).summary.sheetName.toLowerCase();
    return lower === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\d+$`).test(lower);
  });
}
