// The result blocks as the workbook shows them, keyed by block: the order they stack on the results sheet is
// the survey registry's (src/survey/blocks/index.ts), the one place it is written. To add a block: its file
// here (a `declaration` and a ResultBlockPlan `block`), one entry in RESULT_BLOCKS under its key (the type
// asks for every survey block); the formula-block names and chart kinds follow from the declarations. See
// docs/architecture.md, "Adding an analysis".
import { RESULT_BLOCK_KEYS, type ResultBlockKey } from "../../survey";
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

interface BlockModule {
  readonly declaration: {
    readonly key: ResultBlockKey;
    readonly live: boolean;
    readonly charts: readonly string[];
  };
  readonly block: ResultBlockPlan;
}

const RESULT_BLOCKS = {
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
} as const satisfies { readonly [Key in ResultBlockKey]: BlockModule & { declaration: { key: Key } } };

type Declaration = (typeof RESULT_BLOCKS)[ResultBlockKey]["declaration"];

/** A result block that the formulas option writes as live =CX.… formulas where the survey allows. */
export type FormulaBlock = Extract<Declaration, { live: true }>["key"];

/** The charts the result blocks draw on the results sheet. */
export type BlockChartKind = Declaration["charts"][number];

/** The plan of the block named `key`. */
export function blockPlanOf(key: ResultBlockKey): ResultBlockPlan {
  return RESULT_BLOCKS[key].block;
}

/** Every block's plan, in the results sheet's order (the survey registry's). */
export const BLOCK_PLANS: readonly ResultBlockPlan[] = RESULT_BLOCK_KEYS.map(blockPlanOf);

export type { BlockPlanContext, ResultBlockPlan, SheetContext, SummarySection } from "./context";
export { ResultsSheetLayout } from "./layout";
