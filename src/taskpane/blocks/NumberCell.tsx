import * as React from "react";
import { TableCell, mergeClasses } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";

/** A number in a review table, right-aligned, "–" when there is none; a negative one stands out when `highlightNegative`. */
export function NumberCell({
  value,
  decimals,
  highlightNegative = false,
}: {
  value: number | undefined;
  /** decimals shown; formatNumber's default (2) when absent */
  decimals?: number;
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
      {formatNumber(value, decimals)}
    </TableCell>
  );
}

/** A column of numbers in a review table: its header and each row's number. */
export interface NumberColumn<Row> {
  header: string;
  value: (row: Row) => number | undefined;
  /** formatNumber's decimals; 2 when absent */
  decimals?: number;
  highlightNegative?: boolean;
}

/** One row's cells of a table's number columns, in their order. */
export function NumberCells<Row>({
  row,
  columns,
}: {
  row: Row;
  columns: readonly NumberColumn<Row>[];
}): React.JSX.Element {
  return (
    <>
      {columns.map((column, index) => (
        <NumberCell
          key={index}
          value={column.value(row)}
          decimals={column.decimals}
          highlightNegative={column.highlightNegative}
        />
      ))}
    </>
  );
}
