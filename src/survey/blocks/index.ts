// The result blocks of the analysis, in the order they run and are shown: this list is the one place that
// order is written. The excel plans and the pane's review sections are looked up by key and follow it. To add
// a block: its file here (a SurveyBlock returning its fields), one line in SURVEY_BLOCKS; SurveyAnalysis gains
// its fields from this list. See docs/architecture.md, "Adding an analysis".
import type { SurveyBlock } from "./context";
import { dimensionScoresBlock } from "./dimensionScores";
import { itemGapsBlock } from "./itemGaps";
import { journeyBlock } from "./journey";
import { kanoBlock } from "./kano";
import { keyExperiencesBlock } from "./keyExperiences";
import { priorityMatrixBlock } from "./priorityMatrix";
import { headlineBlock } from "./headline";
import { derivedImportanceBlock } from "./derivedImportance";
import { reliabilityBlock } from "./reliability";
import { wavesBlock } from "./waves";

export const SURVEY_BLOCKS = [
  itemGapsBlock,
  dimensionScoresBlock,
  journeyBlock,
  keyExperiencesBlock,
  priorityMatrixBlock,
  kanoBlock,
  headlineBlock,
  derivedImportanceBlock,
  reliabilityBlock,
  wavesBlock,
] as const;

/** The name of a result block, shared by the survey, excel and taskpane layers. */
export type ResultBlockKey = (typeof SURVEY_BLOCKS)[number]["key"];

/** Every result block's key in the registry's order: the order the results sheet stacks them and the pane shows them. */
export const RESULT_BLOCK_KEYS: readonly ResultBlockKey[] = SURVEY_BLOCKS.map((block) => block.key);

/**
 * The entries of a registry keyed by block (the excel plans, the pane's review sections) in the registry's
 * order; a block the registry lacks an entry for is left out (item gaps have no review section).
 *
 * @example
 * inBlockOrder({ waves: "w", itemGaps: "i" }) // => ["i", "w"]
 */
export function inBlockOrder<Entry>(byKey: Partial<Record<ResultBlockKey, Entry>>): Entry[] {
  return RESULT_BLOCK_KEYS.flatMap((key) => {
    const entry = byKey[key];
    return entry === undefined ? [] : [entry];
  });
}

type FieldsOf<Block> = Block extends SurveyBlock<string, infer Fields> ? Fields : never;
type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  all: infer All,
) => void
  ? All
  : never;

/** Every block's fields, together: the block part of SurveyAnalysis. */
export type BlockResults = Intersection<FieldsOf<(typeof SURVEY_BLOCKS)[number]>>;

export { createContext, type AnalysisContext, type SurveyBlock } from "./context";
export type { ItemGapsFields } from "./itemGaps";
export type { DimensionScoresFields } from "./dimensionScores";
export type { KeyExperiencesFields } from "./keyExperiences";
export type { PriorityMatrixFields } from "./priorityMatrix";
export type { KanoFields } from "./kano";
export type { HeadlineFields } from "./headline";
export type { DerivedImportanceFields } from "./derivedImportance";
export type { ReliabilityFields } from "./reliability";
export type { WavesFields } from "./waves";
export type { JourneyFields } from "./journey";
