import * as React from "react";
import { Badge, Subtitle2, TableCell, TableRow } from "@fluentui/react-components";
import type { Quadrant } from "../../survey";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import { ReviewTable } from "./ReviewTable";
import { SectionFrame } from "./SectionFrame";
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
function PriorityMatrixReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (!analysis.priorityMatrix) return null;
  return (
    <SectionFrame
      title={messages.priorityMatrixTitle}
      // the gap matrix's other axis is the gap, split at 0, not a performance score
      note={
        analysis.priorityMatrix.matrix === "gap"
          ? messages.gapMatrixSplit(analysis.priorityMatrix.crosshair.importance)
          : messages.crosshairAt(
              analysis.priorityMatrix.crosshair.importance,
              analysis.priorityMatrix.crosshair.performance,
            )
      }
    >
      {/* fixed column widths (see the styles): quadrant badges on one line; the importance and performance
          numbers are on the results sheet, the pane says what to do with each item */}
      <ReviewTable
        label={messages.priorityMatrixTitle}
        columns={[
          { header: messages.itemHeader, className: styles.itemColumn },
          { header: messages.quadrantHeader, className: styles.quadrantColumn },
        ]}
      >
        {analysis.priorityMatrix.items.map((item) => (
          <TableRow key={item.item}>
            <TableCell className={styles.item}>{itemName(item.item)}</TableCell>
            <TableCell>
              <Badge
                appearance="tint"
                color={QUADRANT_COLOR[item.quadrant]}
                className={styles.quadrant}
                title={messages.quadrantNames[item.quadrant]}
              >
                {messages.quadrantNames[item.quadrant]}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </ReviewTable>
      <Subtitle2 as="h4" className={styles.heading}>
        {messages.quadrantMeaningsTitle}
      </Subtitle2>
      <dl className={styles.meanings}>
        {QUADRANTS.map((quadrant) => (
          <React.Fragment key={quadrant}>
            <dt className={styles.meaningTerm}>
              <Badge appearance="tint" color={QUADRANT_COLOR[quadrant]}>
                {messages.quadrantNames[quadrant]}
              </Badge>
            </dt>
            <dd className={styles.meaningText}>{messages.quadrantMeanings[quadrant]}</dd>
          </React.Fragment>
        ))}
      </dl>
    </SectionFrame>
  );
}

export const priorityMatrixReview: ReviewSection = { key: "priorityMatrix", Section: PriorityMatrixReview };
