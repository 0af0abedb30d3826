// The result blocks as the workbook shows them, in the order the results sheet stacks them. To add a block:
// its file here (a `declaration` and a ResultBlockPlan `block`), one line in RESULT_BLOCKS; the formula-block
// names and chart kinds follow from the declarations. See docs/architecture.md, "Adding a result block".
import type { ResultBlockPlan } from "./context";
import * as dimensionScores from "./dimensionScores";
import * as itemGaps from "./itemGaps";
import * as journey from "./journey";
import * as kano from "./kano";
import * as keyExperiences from "./keyExperiences";
import * as priorityMatrix from "./priorityMatrix";
import * as headline from "./headline";
import * as derivedImportance from "./derivedImportance";
import * as reliability from "./reliability";
import * as waves from "./waves";

const RESULT_BLOCKS = [
  itemGaps,
  dimensionScores,
  journey,
  keyExperiences,
  priorityMatrix,
  kano,
  headline,
  derivedImportance,
  reliability,
  waves,
] as const;

type Declaration = (typeof RESULT_BLOCKS)[number]["declaration"];

/** A result block that the formulas option writes as live =CX.… formulas where the survey allows. */
export type FormulaBlock = Extract<Declaration, { live: true }>["key"];

/** The charts the result blocks draw on the results sheet. */
export type BlockChartKind = Declaration["charts"][number];

/** Every block's plan, in the results sheet's order. */
export const BLOCK_PLANS: readonly ResultBlockPlan[] = RESULT_BLOCKS.map((module) => module.block);

export type { BlockPlanContext, ResultBlockPlan, SheetContext, SummarySection } from "./context";
export { ResultsSheetLayout } from "./layout";
