import * as React from "react";
import { TableCell, mergeClasses } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/enUS";

/** A number in a review table, right-aligned; a negative one stands out when `highlightNegative`. */
export function NumberCell({
  value,
  highlightNegative = false,
}: {
  value: number | undefined;
  highlightNegative?: boolean;
}): React.JSX.Element {
  const styles = useReviewStepStyles();
  return (
    <TableCell
      className={mergeClasses(
        styles.number,
        highlightNegative && value !== undefined && value < 0 && styles.negative,
      )}
    >
      {formatNumber(value)}
    </TableCell>
  );
}
