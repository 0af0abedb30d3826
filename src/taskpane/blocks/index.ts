// The result blocks' sections of the review step, in the order the pane shows them. To add a block: its
// section file here (a ReviewSection), one line in REVIEW_SECTIONS. Item gaps have no section: the pane
// shows them through the dimension gaps and the key experiences, the sheet shows every item.
import { dimensionScoresReview } from "./DimensionScoresReview";
import { journeyReview } from "./JourneyReview";
import { kanoReview } from "./KanoReview";
import { keyExperiencesReview } from "./KeyExperiencesReview";
import { priorityMatrixReview } from "./PriorityMatrixReview";
import { derivedImportanceReview, headlineReview, reliabilityReview } from "./MeasuresReview";
import { wavesReview } from "./WavesReview";
import type { ReviewSection } from "./reviewSection";

export const REVIEW_SECTIONS: readonly ReviewSection[] = [
  dimensionScoresReview,
  journeyReview,
  keyExperiencesReview,
  priorityMatrixReview,
  kanoReview,
  headlineReview,
  derivedImportanceReview,
  reliabilityReview,
  wavesReview,
];

export type { ReviewSection, ReviewSectionProps } from "./reviewSection";
