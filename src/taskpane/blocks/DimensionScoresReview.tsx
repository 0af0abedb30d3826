import * as React from "react";
import { useMessages } from "../i18n/I18nProvider";
import { DimensionsTable } from "./DimensionsTable";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";
import { SectionFrame } from "./SectionFrame";

/** The dimension gaps: expectation, perception and gap per dimension. */
function DimensionScoresReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  if (analysis.dimensions.length === 0) return null;
  return (
    <SectionFrame title={messages.dimensionGapsTitle}>
      <DimensionsTable
        label={messages.dimensionGapsTitle}
        rows={analysis.dimensions}
        numbers={[
          { header: messages.expectationHeader, value: (dimension) => dimension.expectation },
          { header: messages.perceptionHeader, value: (dimension) => dimension.perception },
          { header: messages.gapHeader, value: (dimension) => dimension.gap, highlightNegative: true },
        ]}
      />
    </SectionFrame>
  );
}

export const dimensionScoresReview: ReviewSection = {
  key: "dimensionScores",
  Section: DimensionScoresReview,
};
