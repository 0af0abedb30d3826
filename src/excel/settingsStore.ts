import { parseSettings } from "../survey";
import type { AnalysisSettings } from "../survey";
import { runExcel } from "./officeHost";

/**
 * Where the add-in keeps its state in the workbook: Excel.SettingCollection (workbook.settings, ExcelApi 1.4).
 * It is saved inside the file, private to this add-in, works in Excel on the web, and — unlike
 * Office.context.document.settings with its separate saveAsync — is written in the same batch (and sync) as
 * the results, so a results sheet never exists without the settings that produced it.
 */
export const SETTINGS_KEY = "cxgap.analysisSettings";
/** id of the add-in's own results sheet (Worksheet.id survives renames and moves): the replace marker */
export const RESULTS_SHEET_KEY = "cxgap.resultsSheetId";
/** worksheet custom property also set on the results sheet where ExcelApi 1.12 allows, for people and tools */
export const RESULTS_MARKER_PROPERTY = "CXGapResults";

export function saveAnalysisSettings(settings: AnalysisSettings): Promise<void> {
  return runExcel(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  });
}

export function loadAnalysisSettings(): Promise<AnalysisSettings | null> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load("value");
    await context.sync();
    return item.isNullObject ? null : parseSettings(String(item.value));
  });
}

/** The add-in's earlier results sheet, found by the id stored in the settings (never by its name). */
export function findResultsSheet(): Promise<{ name: string } | null> {
  return runExcel(async (context) => {
    const marker = context.workbook.settings.getItemOrNullObject(RESULTS_SHEET_KEY);
    marker.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    if (marker.isNullObject) return null;
    const sheet = sheets.items.find((s) => s.id === String(marker.value));
    return sheet ? { name: sheet.name } : null;
  });
}
