import type { AnalysisSettings, ResultBlockKey, SurveyAnalysis } from "../../survey";
import type { LiveFormulaSources } from "../liveFormulas";
import type { ResultLabels } from "../resultLabels";
import type { ActionPlanItem, FormulaBlock, FormulaFallbackReason } from "../types";
import type { ResultsSheetLayout } from "./layout";

/** What each block's plan is given: the analysis, the settings, the labels and the sheet it lays itself on. */
export interface BlockPlanContext {
  readonly analysis: SurveyAnalysis;
  readonly settings: AnalysisSettings;
  readonly labels: ResultLabels;
  readonly layout: ResultsSheetLayout;
  /** the survey's ranges with the formulas option; undefined with values */
  readonly live: LiveFormulaSources | undefined;
  /** whether `block` is written as a live formula; records the reason in the plan when it cannot be */
  isLive(block: FormulaBlock): boolean;
  /** records that `block` is written as values although formulas were asked for */
  fallBack(block: FormulaBlock, reason: FormulaFallbackReason): void;
  /** a dimension key as the sheet names it (the reader's language for the standard ones) */
  dimensionName(key: string): string;
  /**
   * The item table's Item and Dimension columns (absolute A1, its body), set by the item gaps block, which
   * comes first: the live formulas of later blocks name items and dimensions by them.
   */
  itemColumns?: { names: string; dimensions: string };
}

/** What a block's summary lines and action-plan rows are made from. */
export type SheetContext = Pick<BlockPlanContext, "analysis" | "settings" | "labels" | "dimensionName">;

/** A few lines a block gives the summary sheet: a heading and one sentence a line. */
export interface SummarySection {
  heading: string;
  lines: string[];
  /**
   * on the summary's first screen, above the priority chart (the sentence per dimension or journey stage,
   * which issue 8 asks for on one screen at 1366 × 768); other sections go under the chart
   */
  firstScreen?: boolean;
}

/**
 * One result block as the workbook shows it. The registry (src/excel/blocks/index.ts) runs the blocks in its
 * order: `plan` lays the block on the results sheet (nothing when the analysis lacks it: an optional block);
 * `summary` gives lines for the summary sheet, placed under the fix-first table in registry order;
 * `actionPlan` gives rows for the action plan, after the ranked items, in registry order.
 */
export interface ResultBlockPlan {
  readonly key: ResultBlockKey;
  plan(context: BlockPlanContext): void;
  summary?(context: SheetContext): SummarySection | undefined;
  actionPlan?(context: SheetContext): ActionPlanItem[];
}
