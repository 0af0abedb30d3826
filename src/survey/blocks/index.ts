// The result blocks of the analysis, in the order they run and are shown. To add a block: its file here
// (a SurveyBlock returning its fields), one line in SURVEY_BLOCKS; SurveyAnalysis gains its fields from this
// list. See docs/architecture.md, "Adding a result block".
import type { SurveyBlock } from "./context";
import { dimensionScoresBlock } from "./dimensionScores";
import { itemGapsBlock } from "./itemGaps";
import { journeyBlock } from "./journey";
import { keyExperiencesBlock } from "./keyExperiences";
import { quadrantsBlock } from "./quadrants";
import { wavesBlock } from "./waves";

export const SURVEY_BLOCKS = [
  itemGapsBlock,
  dimensionScoresBlock,
  journeyBlock,
  keyExperiencesBlock,
  quadrantsBlock,
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
export type { QuadrantsFields } from "./quadrants";
export type { WavesFields } from "./waves";
export type { JourneyFields } from "./journey";
