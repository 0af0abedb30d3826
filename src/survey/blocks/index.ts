// The result blocks of the analysis, in the order they run and are shown. To add a block: its file here
// (a SurveyBlock returning its fields), one line in SURVEY_BLOCKS; SurveyAnalysis gains its fields from this
// list. See docs/architecture.md, "Adding a result block".
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
