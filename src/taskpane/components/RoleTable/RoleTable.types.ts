import type { ColumnAssignment, ColumnRole } from "../../../survey";

export interface RoleTableProps {
  /** accessible name of the table */
  label: string;
  columns: readonly ColumnAssignment[];
  onRoleChange: (column: number, role: ColumnRole) => void;
}
