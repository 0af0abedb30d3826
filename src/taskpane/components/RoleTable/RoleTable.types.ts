import type { ColumnAssignment, ColumnRole } from "../../../survey";

export interface RoleTableProps {
  columns: readonly ColumnAssignment[];
  onRoleChange: (column: number, role: ColumnRole) => void;
}
