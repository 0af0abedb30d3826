import * as React from "react";
import {
  Badge,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Quadrant } from "../../survey";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

const QUADRANTS: readonly Quadrant[] = [
  "concentrateHere",
  "keepUpTheGoodWork",
  "lowPriority",
  "possibleOverkill",
];

const QUADRANT_COLOR: Record<Quadrant, "danger" | "success" | "informative" | "warning"> = {
  concentrateHere: "danger",
  keepUpTheGoodWork: "success",
  lowPriority: "informative",
  possibleOverkill: "warning",
};

/** The priority matrix: each item's quadrant as a badge, and what each quadrant means. */
function QuadrantsReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (!analysis.quadrants) return null;
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {messages.quadrantsTitle}
      </Subtitle2>
      <Caption1 className={styles.note}>
        {messages.crosshairAt(
          analysis.quadrants.crosshair.importance,
          analysis.quadrants.crosshair.performance,
        )}
      </Caption1>
      {/* fixed column widths (see the styles): quadrant badges on one line; the importance and performance
          numbers are on the results sheet, the pane says what to do with each item */}
      <Table size="extra-small" aria-label={messages.quadrantsTitle} className={styles.fixedLayout}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.itemColumn}>{messages.itemHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.quadrantColumn}>{messages.quadrantHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.quadrants.items.map((item) => (
            <TableRow key={item.item}>
              <TableCell className={styles.item}>{itemName(item.item)}</TableCell>
              <TableCell>
                <Badge
                  appearance="tint"
                  color={QUADRANT_COLOR[item.quadrant]}
                  className={styles.quadrant}
                  title={messages.quadrants[item.quadrant]}
                >
                  {messages.quadrants[item.quadrant]}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Subtitle2 as="h4" className={styles.heading}>
        {messages.quadrantMeaningsTitle}
      </Subtitle2>
      <dl className={styles.meanings}>
        {QUADRANTS.map((quadrant) => (
          <React.Fragment key={quadrant}>
            <dt className={styles.meaningTerm}>
              <Badge appearance="tint" color={QUADRANT_COLOR[quadrant]}>
                {messages.quadrants[quadrant]}
              </Badge>
            </dt>
            <dd className={styles.meaningText}>{messages.quadrantMeanings[quadrant]}</dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
}

export const quadrantsReview: ReviewSection = { key: "quadrants", Section: QuadrantsReview };
