import * as React from "react";
import { DataTable, type DataTableProps } from "../components/DataTable/DataTable";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";

export interface ReviewTableProps extends Omit<DataTableProps, "size" | "className"> {
  /**
   * columns in shares of the pane's width (their classes), so that the table fits from the narrowest pane
   * (320 px) upwards; off for a table whose columns size to their content
   */
  fixedLayout?: boolean;
}

/** A review section's table: extra-small rows, and by default the fixed layout of the review's tables. */
export function ReviewTable({ fixedLayout = true, ...table }: ReviewTableProps): React.JSX.Element {
  const styles = useReviewStepStyles();
  return <DataTable size="extra-small" className={fixedLayout ? styles.fixedLayout : undefined} {...table} />;
}
