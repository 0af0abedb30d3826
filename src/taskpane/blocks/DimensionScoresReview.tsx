import * as React from "react";
import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCell } from "./NumberCell";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** The dimension gaps: expectation, perception and gap per dimension. */
function DimensionScoresReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (analysis.dimensions.length === 0) return null;
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {messages.dimensionGapsTitle}
      </Subtitle2>
      <Table size="small" aria-label={messages.dimensionGapsTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{messages.dimensionHeader}</TableHeaderCell>
            <TableHeaderCell>{messages.expectationHeader}</TableHeaderCell>
            <TableHeaderCell>{messages.perceptionHeader}</TableHeaderCell>
            <TableHeaderCell>{messages.gapHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.dimensions.map((dimension) => (
            <TableRow key={dimension.key}>
              <TableCell>{dimensionName(dimension.key)}</TableCell>
              <NumberCell value={dimension.expectation} />
              <NumberCell value={dimension.perception} />
              <NumberCell value={dimension.gap} highlightNegative />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export const dimensionScoresReview: ReviewSection = {
  key: "dimensionScores",
  Section: DimensionScoresReview,
};
