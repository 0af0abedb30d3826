import * as React from "react";
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";

/** A column of a DataTable: its header text and, for a fixed layout, its width class. */
export interface DataTableColumn {
  header: React.ReactNode;
  className?: string;
}

export interface DataTableProps {
  /** the table's accessible name */
  label: string;
  size?: "extra-small" | "small";
  className?: string;
  columns: readonly DataTableColumn[];
  /** the body rows (TableRow elements) */
  children: React.ReactNode;
}

/**
 * The pane's tables (column roles, the dimension map, the review sections): a labelled Fluent table with one
 * header row and the rows its caller gives, so that every table reads the same to a screen reader.
 */
export function DataTable({
  label,
  size = "small",
  className,
  columns,
  children,
}: DataTableProps): React.JSX.Element {
  return (
    <Table size={size} aria-label={label} className={className}>
      <TableHeader>
        <TableRow>
          {columns.map((column, index) => (
            <TableHeaderCell key={index} className={column.className}>
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
