import type { AnalysisSettings, RawSurvey, SurveyAnalysis } from "../survey";
import { activateSheet } from "./activateSheet";
import { officeDisplayLanguage } from "./officeHost";
import { readSurveyRange, WEB_READ_LIMITS, type ReadLimits } from "./readSurvey";
import { findResultsSheet, loadAnalysisSettings, saveAnalysisSettings } from "./settingsStore";
import type { ExcelGateway, ReadOptions, WriteOptions, WritePlan, WriteReport } from "./types";

/** Syncs used by the gateway's latest read and write, for diagnostics and the benchmark. */
export interface GatewayMeter {
  lastReadSyncs: number;
  lastWriteSyncs: number;
}

/** The ExcelGateway backed by the running Office host (or the fake installed by installFakeOffice). */
export function createExcelGateway(
  limits: ReadLimits = WEB_READ_LIMITS,
): ExcelGateway & { meter: GatewayMeter } {
  const meter: GatewayMeter = { lastReadSyncs: 0, lastWriteSyncs: 0 };
  return {
    meter,
    async readSurvey(options?: ReadOptions): Promise<RawSurvey> {
      const { survey, syncs } = await readSurveyRange(options, limits);
      meter.lastReadSyncs = syncs;
      return survey;
    },
    async planResults(
      analysis: SurveyAnalysis,
      settings: AnalysisSettings,
      survey: Pick<RawSurvey, "headers"> & Partial<Pick<RawSurvey, "rows">>,
    ): Promise<WritePlan> {
      // the layout code loads with the analysis's chunk, from the Review step on
      const { planResults } = await import(/* webpackChunkName: "results" */ "./buildWritePlan");
      return planResults(analysis, settings, survey, officeDisplayLanguage());
    },
    async writeResults(plan: WritePlan, options: WriteOptions): Promise<WriteReport> {
      // the write path (sheets, charts, the action plan's reader) loads when first used: the pane opens with
      // only what step 1 needs (npm run bench measures the initial size)
      const { executeWritePlan } = await import(/* webpackChunkName: "write" */ "./writeResults");
      const report = await executeWritePlan(plan, options);
      meter.lastWriteSyncs = report.syncs;
      return report;
    },
    findOwnResultsSheet: findResultsSheet,
    saveSettings: saveAnalysisSettings,
    loadSettings: loadAnalysisSettings,
    displayLanguage: officeDisplayLanguage,
    activateSheet,
  };
}
