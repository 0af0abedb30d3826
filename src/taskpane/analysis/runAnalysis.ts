import type { AnalysisSettings, RawSurvey, SurveyAnalysis, SurveyProblem } from "../../survey";
import type { ExcelGateway, WriteOptions, WritePlan, WriteReport } from "../../excel";
import { analysisClient } from "./analysisClient";

/** What one run came to: results written, or the problems that stopped it before anything was written. */
export type AnalysisRun =
  | { outcome: "written"; plan: WritePlan; report: WriteReport }
  | { outcome: "blocked"; problems: SurveyProblem[] };

/**
 * The one path from a survey and its settings to the results sheets, for Write and Refresh alike: analyse
 * and stop on a problem that blocks the results (unless the Review step already did both: it offers Write
 * only without one), have the excel layer plan the sheets in its own labels and write them, then show them.
 * A host that cannot switch sheets leaves "Go to results" to retry.
 */
export async function runAnalysis(
  gateway: ExcelGateway,
  run: { survey: RawSurvey; settings: AnalysisSettings; analysis?: SurveyAnalysis },
  options: WriteOptions,
): Promise<AnalysisRun> {
  let analysis = run.analysis;
  if (analysis === undefined) {
    analysis = await analysisClient.analyze(run.survey, run.settings);
    const problems = analysis.problems.filter((problem) => problem.severity === "error");
    if (problems.length > 0) return { outcome: "blocked", problems };
  }
  const plan = await gateway.planResults(analysis, run.settings, run.survey);
  const report = await gateway.writeResults(plan, options);
  await gateway.activateSheet(report.summarySheetName ?? report.sheetName).catch(() => undefined);
  return { outcome: "written", plan, report };
}
