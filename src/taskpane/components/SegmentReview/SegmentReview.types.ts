import type { SegmentResult, SurveyAnalysis } from "../../../survey";
import type { ReviewStepProps } from "../ReviewStep/ReviewStep.types";

/** The review step with its segment filter: the same inputs as the review itself. */
export type ReviewWithSegmentsProps = ReviewStepProps;

export interface SegmentResultsProps {
  analysis: SurveyAnalysis;
  segment: SegmentResult;
  /** item key → the item's name; items without one are shown as "Item 6" */
  itemLabels: Readonly<Record<string, string>>;
}
