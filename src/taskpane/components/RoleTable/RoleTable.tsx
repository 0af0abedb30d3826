import * as React from "react";
import { Dropdown, Option, TableCell, TableRow } from "@fluentui/react-components";
import { DataTable } from "../DataTable/DataTable";
import { COLUMN_ROLES, type ColumnRole } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import { useRoleTableStyles } from "./RoleTable.styles";
import type { RoleTableProps } from "./RoleTable.types";

/** The detected role of every survey column, each correctable with a dropdown. */
export function RoleTable({ label, columns, onRoleChange }: RoleTableProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useRoleTableStyles();
  return (
    <DataTable
      label={label}
      columns={[
        { header: messages.columnHeader },
        { header: messages.roleHeader, className: styles.roleColumn },
        { header: messages.itemHeader, className: styles.itemColumn },
      ]}
    >
      {columns.map((column) => (
        <TableRow key={column.column}>
          <TableCell className={styles.header}>{column.header}</TableCell>
          <TableCell className={styles.roleCell}>
            <Dropdown
              className={styles.dropdown}
              size="small"
              aria-label={messages.roleOf(column.header)}
              value={messages.roles[column.role]}
              selectedOptions={[column.role]}
              onOptionSelect={(_event, data) => {
                if (data.optionValue) onRoleChange(column.column, data.optionValue as ColumnRole);
              }}
            >
              {COLUMN_ROLES.map((role) => (
                <Option key={role} value={role}>
                  {messages.roles[role]}
                </Option>
              ))}
            </Dropdown>
          </TableCell>
          <TableCell className={styles.item}>{column.item ?? ""}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
