import { drawChart } from "./charts";
import { API, isExcelApiSupported, runExcel } from "./officeHost";
import { RESULTS_MARKER_PROPERTY, RESULTS_SHEET_KEY, SETTINGS_KEY } from "./settingsStore";
import type { ChartSkip, PlannedBlock, PlannedCell, WriteOptions, WritePlan, WriteReport } from "./types";

const TABLE_STYLE = "TableStyleMedium2";
const NEGATIVE_FONT = "#9C0006";
const NEGATIVE_FILL = "#FFC7CE";

/**
 * Executes a write plan in three syncs: (1) look up sheet names, table names and the marker of the add-in's
 * earlier results sheet; (2) create the results sheet and queue every value, format, table, conditional format
 * and chart; (3) store the new sheet's id as the marker, and the analysis settings. Nothing is written outside
 * the new sheet, apart from deleting the add-in's own earlier sheet when asked to.
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
    await context.sync();

    const ownId = marker.isNullObject ? undefined : String(marker.value);
    const own = sheets.items.find((sheet) => sheet.id === ownId);
    const replaced = options.replaceExisting && own !== undefined;
    if (replaced) own.delete();
    const taken = new Set(
      sheets.items.filter((s) => !(replaced && s === own)).map((s) => s.name.toLowerCase()),
    );
    const sheetName = uniqueName(plan.sheetBaseName, (name) => taken.has(name.toLowerCase()), " ");
    const tableNames = new Set(existingTables.items.map((t) => t.name.toLowerCase()));

    const sheet = sheets.add(sheetName);
    for (const block of plan.blocks) writeBlock(sheet, block);

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

    const chartsDrawn: WriteReport["chartsDrawn"] = [];
    const chartsSkipped: ChartSkip[] = [];
    for (const chart of plan.charts) {
      const missing = chart.requires.filter((set) => !isExcelApiSupported(set.replace(/^ExcelApi\s*/, "")));
      if (missing.length > 0) {
        chartsSkipped.push({ chart: chart.kind, reason: "unsupportedApi", missing });
        continue;
      }
      drawChart(sheet, chart);
      chartsDrawn.push(chart.kind);
    }
    if (isExcelApiSupported(API.customProperties)) sheet.customProperties.add(RESULTS_MARKER_PROPERTY, "1");
    sheet.load("id");
    await context.sync();

    workbook.settings.add(RESULTS_SHEET_KEY, sheet.id);
    workbook.settings.add(SETTINGS_KEY, JSON.stringify(plan.settings));
    await context.sync();
    return { sheetName, replaced, tables, chartsDrawn, chartsSkipped, syncs: syncs.count };
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

/** Number formats first ("@" keeps survey text as text even when it begins with =, +, - or @), then values. */
function writeBlock(sheet: Excel.Worksheet, block: PlannedBlock): void {
  const range = sheet.getRange(block.address);
  range.numberFormat = block.cells.map(() => [...block.columnFormats]);
  const hasFormula = block.cells.some((row) => row.some((cell) => isFormula(cell)));
  const matrix = block.cells.map((row) => row.map(cellInput));
  if (hasFormula) range.formulas = matrix;
  else range.values = matrix;
}

function isFormula(cell: PlannedCell): cell is { formula: string } {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

function cellInput(cell: PlannedCell): string | number {
  if (cell === null) return "";
  if (typeof cell === "number") return cell;
  return "text" in cell ? cell.text : cell.formula;
}

function highlightNegatives(range: Excel.Range): void {
  const format = range.conditionalFormats.add("CellValue");
  format.cellValue.format.font.color = NEGATIVE_FONT;
  format.cellValue.format.fill.color = NEGATIVE_FILL;
  format.cellValue.rule = { formula1: "0", operator: "LessThan" };
}
