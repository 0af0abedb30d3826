import type { WriteReport, WrittenSheet } from "../../excel/types";
import type { Messages } from "../i18n/catalogue";

/** "“CX Gap summary”, the summary: 2 tables · 1 chart": what one written sheet holds, in the pane's words. */
export function writtenSheetLine(sheet: WrittenSheet, messages: Messages): string {
  if (sheet.kind === "actionPlan")
    return messages.writtenSheet.actionPlan(
      sheet.name,
      sheet.items ?? 0,
      sheet.rowsKept ?? 0,
      sheet.surprises ?? 0,
    );
  const contents = `${messages.tablesWritten(sheet.tables.length)} · ${messages.chartsDrawn(sheet.charts.length)}`;
  return messages.writtenSheet[sheet.kind](sheet.name, contents);
}

/** The title of a write's report: every sheet when there are several, else the one results sheet. */
export function writtenTitle(report: WriteReport, messages: Messages): string {
  const sheets = report.sheets ?? [];
  if (sheets.length > 1) return messages.sheetsWritten(sheets.length, report.replaced);
  return report.replaced ? messages.replaced(report.sheetName) : messages.written(report.sheetName);
}
