import * as React from "react";
import { TableCell, TableRow } from "@fluentui/react-components";
import { DataTable } from "../components/DataTable/DataTable";
import { SectionFrame } from "./SectionFrame";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCell } from "./NumberCell";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** The dimension gaps: expectation, perception and gap per dimension. */
function DimensionScoresReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  if (analysis.dimensions.length === 0) return null;
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  return (
    <SectionFrame title={messages.dimensionGapsTitle}>
      <DataTable
        label={messages.dimensionGapsTitle}
        columns={[
          { header: messages.dimensionHeader },
          { header: messages.expectationHeader },
          { header: messages.perceptionHeader },
          { header: messages.gapHeader },
        ]}
      >
        {analysis.dimensions.map((dimension) => (
          <TableRow key={dimension.key}>
            <TableCell>{dimensionName(dimension.key)}</TableCell>
            <NumberCell value={dimension.expectation} />
            <NumberCell value={dimension.perception} />
            <NumberCell value={dimension.gap} highlightNegative />
          </TableRow>
        ))}
      </DataTable>
    </SectionFrame>
  );
}

export const dimensionScoresReview: ReviewSection = {
  key: "dimensionScores",
  Section: DimensionScoresReview,
};
