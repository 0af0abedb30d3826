import { parseSettings } from "../survey";
import type { AnalysisSettings } from "../survey";
import { runExcel } from "./officeHost";
import { isSummarySheetName } from "./ownSheetNames";
import type { OwnResultsSheets } from "./types";

/**
 * Where the add-in keeps its state in the workbook: Excel.SettingCollection (workbook.settings, ExcelApi 1.4).
 * It is saved inside the file, private to this add-in, works in Excel on the web, and — unlike
 * Office.context.document.settings with its separate saveAsync — is written in the same batch (and sync) as
 * the results, so a results sheet never exists without the settings that produced it.
 */
export const SETTINGS_KEY = "cxgap.analysisSettings";
/** id of the add-in's own results sheet (Worksheet.id survives renames and moves): the replace marker */
export const RESULTS_SHEET_KEY = "cxgap.resultsSheetId";
/** ids of the add-in's summary and action plan sheets (Worksheet.id survives renames and moves) */
export const SUMMARY_SHEET_KEY = "cxgap.summarySheetId";
export const ACTION_PLAN_SHEET_KEY = "cxgap.actionPlanSheetId";
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

/**
 * The add-in's earlier results sheet, found by the id stored in the settings (never by its name), with the
 * summary and action plan written with it, so that the pane can name every sheet a Refresh would replace
 * before the manager agrees. The summary is named only when a confirmed replace would delete it: it still
 * bears a summary sheet's name (executeWritePlan applies the same test).
 */
export function findResultsSheet(): Promise<OwnResultsSheets | null> {
  return runExcel(async (context) => {
    const settings = context.workbook.settings;
    const marker = settings.getItemOrNullObject(RESULTS_SHEET_KEY);
    const summary = settings.getItemOrNullObject(SUMMARY_SHEET_KEY);
    const actionPlan = settings.getItemOrNullObject(ACTION_PLAN_SHEET_KEY);
    for (const item of [marker, summary, actionPlan]) item.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const named = (setting: Excel.Setting): string | undefined =>
      setting.isNullObject ? undefined : sheets.items.find((s) => s.id === String(setting.value))?.name;
    const name = named(marker);
    if (name === undefined) return null;
    const found: OwnResultsSheets = { name };
    const summaryName = named(summary);
    if (summaryName !== undefined && isSummarySheetName(summaryName)) found.summaryName = summaryName;
    const actionPlanName = named(actionPlan);
    if (actionPlanName !== undefined) found.actionPlanName = actionPlanName;
    return found;
  });
}
