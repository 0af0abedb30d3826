import type * as React from "react";
import type { ResultBlockKey, SurveyAnalysis } from "../../survey";

/** What every block's review section is given by the review step. */
export interface ReviewSectionProps {
  analysis: SurveyAnalysis;
  /** an item key as the pane names it: the survey's own wording, or "Item 6" */
  itemName: (item: string) => string;
  /** how many key experiences to list */
  topKeyExperiences: number;
}

/**
 * One result block's section of the review step. The section renders nothing when the analysis lacks its
 * block (an optional block the survey has no columns for).
 */
export interface ReviewSection {
  readonly key: ResultBlockKey;
  readonly Section: (props: ReviewSectionProps) => React.JSX.Element | null;
}
