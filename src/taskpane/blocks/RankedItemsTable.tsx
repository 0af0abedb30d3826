import * as React from "react";
import { TableCell, TableRow } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCells, type NumberColumn } from "./NumberCell";
import { ReviewTable } from "./ReviewTable";

/** An item of a ranked list: its key and its place in the list (1 first). */
export interface RankedItem {
  item: string;
  rank: number;
}

/**
 * A ranked list of items in the review (key experiences, drivers, a segment's top fixes): rank, the item's
 * name, then its numbers, in the review's fixed layout so that long item names wrap.
 */
export function RankedItemsTable<Row extends RankedItem>({
  label,
  rows,
  itemName,
  numbers,
}: {
  label: string;
  rows: readonly Row[];
  itemName: (item: string) => string;
  numbers: readonly NumberColumn<Row>[];
}): React.JSX.Element {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  return (
    <ReviewTable
      label={label}
      columns={[
        { header: messages.rankHeader, className: styles.narrow },
        { header: messages.itemHeader },
        ...numbers.map(({ header }) => ({ header, className: styles.numberColumn })),
      ]}
    >
      {rows.map((row) => (
        <TableRow key={row.item}>
          <TableCell>{row.rank}</TableCell>
          <TableCell className={styles.item}>{itemName(row.item)}</TableCell>
          <NumberCells row={row} columns={numbers} />
        </TableRow>
      ))}
    </ReviewTable>
  );
}
