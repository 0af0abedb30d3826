// The result blocks' sections of the review step, keyed by block and shown in the survey registry's block order
// (src/survey/blocks, the one place the order is written). To add a block: its section file here (a
// ReviewSection), one entry in SECTION_OF_BLOCK; the type refuses a block without one. Item gaps have no
// section: the pane shows them through the dimension gaps and the key experiences, the sheet shows every item.
import { dimensionScoresReview } from "./DimensionScoresReview";
import { journeyReview } from "./JourneyReview";
import { kanoReview } from "./KanoReview";
import { keyExperiencesReview } from "./KeyExperiencesReview";
import { priorityMatrixReview } from "./PriorityMatrixReview";
import { derivedImportanceReview, headlineReview, reliabilityReview } from "./MeasuresReview";
import { wavesReview } from "./WavesReview";
import type { ReviewSection } from "./reviewSection";
import { inBlockOrder, type ResultBlockKey } from "../../survey";

const SECTION_OF_BLOCK: Record<Exclude<ResultBlockKey, "itemGaps">, ReviewSection> = {
  dimensionScores: dimensionScoresReview,
  journey: journeyReview,
  keyExperiences: keyExperiencesReview,
  priorityMatrix: priorityMatrixReview,
  kano: kanoReview,
  headline: headlineReview,
  derivedImportance: derivedImportanceReview,
  reliability: reliabilityReview,
  waves: wavesReview,
};

export const REVIEW_SECTIONS: readonly ReviewSection[] = inBlockOrder<ReviewSection>(SECTION_OF_BLOCK);

export type { ReviewSection, ReviewSectionProps } from "./reviewSection";
