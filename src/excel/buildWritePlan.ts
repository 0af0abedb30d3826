import { ownValue, type AnalysisSettings, type RawSurvey, type SurveyAnalysis } from "../survey";
import { quotedSheet } from "./a1";
import { BLOCK_PLANS, ResultsSheetLayout, type BlockPlanContext, type ResultBlockPlan } from "./blocks";
import { columnWidths } from "./columnWidths";
import { fallback, fallbackReason, liveFormulaSources } from "./liveFormulas";
import type { ResultLabels } from "./resultLabels";
import { planActionPlan } from "./sheets/actionPlanSheet";
import { FORMAT } from "./sheets/sheetCells";
import { buildSummarySheet } from "./sheets/summarySheet";
import type { FormulaFallback, WritePlan } from "./types";

/**
 * Lays out the results sheet (pure): a title dated `writtenAt` with the respondent count and the survey range
 * (last on its row, so that a long address runs on into the empty cells), then each result block of the
 * registry (src/excel/blocks: item gaps, dimension scores, key experiences, the priority matrix) in its
 * order, stacked in columns A–L with their charts to the right. Columns are widened to their tables'
 * contents. Text from the survey is planned as text (number format "@"). With a priority ranking, the summary
 * and action plan sheets too, with the lines and rows the blocks give them.
 *
 * With settings.output "formulas" the results recompute when the survey changes: the gap column holds
 * =CX.GAP per item, and the dimension scores, key experiences and quadrants are each one =CX.SERVQUAL,
 * =CX.KEYEXP or =CX.IPA spilling from its anchor (a plain range with a styled header, since a spill cannot sit
 * in an Excel table). Their labels and dimension names come from the item table's Item and Dimension columns.
 * A block whose formula would not give the values' numbers (see liveFormulaSources) is written as values, and
 * plan.formulaFallbacks says why. Pass the survey with its rows so that this can be checked.
 *
 * `blocks` is the registry's list; tests pass their own to check what a new kind of block can do.
 */
export function buildWritePlan(
  analysis: SurveyAnalysis,
  settings: AnalysisSettings,
  labels: ResultLabels,
  survey: Pick<RawSurvey, "headers"> & Partial<Pick<RawSurvey, "rows">>,
  writtenAt: Date = new Date(),
  blocks: readonly ResultBlockPlan[] = BLOCK_PLANS,
): WritePlan {
  const layout = new ResultsSheetLayout();
  const formulaFallbacks: FormulaFallback[] = [];
  const sourceText = `${quotedSheet(settings.source.sheetName)}!${settings.source.address}`;
  const timestamp = localTimestamp(writtenAt);
  layout.add({
    address: "A1",
    cells: [[{ text: `${labels.title} · ${timestamp}` }]],
    columnFormats: [FORMAT.text],
    style: "title",
  });
  layout.add({
    address: "A2:D2",
    cells: [
      [{ text: labels.respondents }, analysis.respondents, { text: labels.source }, { text: sourceText }],
    ],
    columnFormats: [FORMAT.text, FORMAT.count, FORMAT.text, FORMAT.text],
  });
  layout.row = 3;

  const live = settings.output === "formulas" ? liveFormulaSources(settings, survey) : undefined;
  const context: BlockPlanContext = {
    analysis,
    settings,
    labels,
    layout,
    live,
    isLive(block) {
      if (!live) return false;
      const reason = fallbackReason(block, live, analysis);
      if (reason !== undefined) formulaFallbacks.push(fallback(block, reason));
      return reason === undefined;
    },
    fallBack(block, reason) {
      formulaFallbacks.push(fallback(block, reason));
    },
    dimensionName: (key) => ownValue(labels.dimensionNames, key) ?? key,
  };
  for (const block of blocks) block.plan(context);

  const plan: WritePlan = {
    sheetBaseName: labels.sheetName,
    blocks: layout.blocks,
    tables: layout.tables,
    charts: layout.charts,
    settings,
    columnWidths: columnWidths(layout.grid),
  };
  if (layout.hiddenRows.length > 0) plan.hiddenRows = layout.hiddenRows;
  if (analysis.priorities.length > 0) {
    const sections = blocks.flatMap((block) => block.summary?.(context) ?? []);
    const extraActions = blocks.flatMap((block) => block.actionPlan?.(context) ?? []);
    plan.summary = buildSummarySheet(analysis, labels, sourceText, timestamp, sections);
    plan.actionPlan = planActionPlan(analysis, labels, timestamp, extraActions);
  }
  if (live) {
    plan.spills = layout.spills;
    plan.formulaFallbacks = formulaFallbacks;
    plan.valueColumns = layout.valueColumns;
  }
  return plan;
}

/** "2025-06-01 14:03" in the local time of the computer running the add-in (ISO order reads in both languages) */
function localTimestamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
