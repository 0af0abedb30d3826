import type { WriteReport } from "../../excel/types";
import type { Messages } from "../i18n/catalogue";
import type { WizardState } from "./wizardState";
import { writtenSheetLine, writtenTitle } from "./writtenReport";

/**
 * "Results written on 3 sheets. “CX Gap summary”, the summary: 1 table · 1 chart; …": the outcome and what each
 * sheet holds, in one go ("Results written to “CX Gap results”. 2 tables · 2 charts" for a single sheet).
 */
function writtenSummary(report: WriteReport, title: string, messages: Messages): string {
  const sheets = report.sheets ?? [];
  if (sheets.length > 1)
    return `${title} ${sheets.map((sheet) => writtenSheetLine(sheet, messages)).join("; ")}`;
  return `${title} ${messages.tablesWritten(report.tables.length)} · ${messages.chartsDrawn(report.chartsDrawn.length)}`;
}

/**
 * What the pane's live region says now: the work under way (reading with its progress, analysing, writing)
 * or what just finished (results written or refreshed). Empty when nothing is happening, so that a screen
 * reader hears each change once.
 */
export function selectAnnouncement(state: WizardState, messages: Messages): string {
  if (state.read.status === "running") {
    const progress = state.read.progress;
    return progress
      ? `${messages.reading} ${messages.readProgress(progress.rowsRead, progress.totalRows)}`
      : messages.reading;
  }
  if (state.refresh.status === "running") return messages.refreshing;
  if (state.analyzing) return messages.analysisProgress;
  if (state.write.status === "running") return messages.writing;
  if (state.write.status === "done" && state.write.report) {
    const report = state.write.report;
    return writtenSummary(report, writtenTitle(report, messages), messages);
  }
  if (state.refresh.status === "done" && state.refresh.report) {
    const report = state.refresh.report;
    return writtenSummary(
      report,
      messages.refreshDone(report.summarySheetName ?? report.sheetName),
      messages,
    );
  }
  return "";
}
