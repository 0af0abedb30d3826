import type { WriteReport } from "../../excel/types";
import type { Messages } from "../i18n/catalogue";
import type { WizardState } from "./wizardState";

/** "Results written to “CX Gap results”. 2 tables · 2 charts": the outcome and what it holds, in one go. */
function writtenSummary(report: WriteReport, title: string, messages: Messages): string {
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
    const title = report.replaced ? messages.replaced(report.sheetName) : messages.written(report.sheetName);
    return writtenSummary(report, title, messages);
  }
  if (state.refresh.status === "done" && state.refresh.report) {
    const report = state.refresh.report;
    return writtenSummary(report, messages.refreshDone(report.sheetName), messages);
  }
  return "";
}
