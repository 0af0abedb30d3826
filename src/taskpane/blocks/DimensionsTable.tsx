import * as React from "react";
import { TableCell, TableRow } from "@fluentui/react-components";
import { DataTable } from "../components/DataTable/DataTable";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCells, type NumberColumn } from "./NumberCell";

/**
 * A dimension per row, named in the pane's language, then its numbers (the dimension gaps of all respondents,
 * or of one segment beside everyone's). Few short columns: they size to their content.
 */
export function DimensionsTable<Row extends { key: string }>({
  label,
  rows,
  numbers,
}: {
  label: string;
  rows: readonly Row[];
  numbers: readonly NumberColumn<Row>[];
}): React.JSX.Element {
  const messages = useMessages();
  return (
    <DataTable
      label={label}
      columns={[{ header: messages.dimensionHeader }, ...numbers.map(({ header }) => ({ header }))]}
    >
      {rows.map((row) => (
        <TableRow key={row.key}>
          <TableCell>{messages.dimensionName(row.key)}</TableCell>
          <NumberCells row={row} columns={numbers} />
        </TableRow>
      ))}
    </DataTable>
  );
}
